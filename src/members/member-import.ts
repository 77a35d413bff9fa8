/**
 * Member import: every row is checked (what import-rows.ts could read, the RegisterMember schema,
 * ids), then the RegisterMember commands run through the engine in ONE transaction, each row behind
 * a savepoint so that a row the workflow refuses (unknown branch, born after joining, an id already
 * taken) is reported with every other row's result. The transaction commits only when every row
 * passed and this is not a dry run: one bad row rejects the whole import, and a dry run — the same
 * path, rolled back — writes nothing.
 * A row without `on` is recorded on its `joinedOn`: the business date the membership began.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Engine } from '../engine/engine.ts';
import type { IdGenerator } from '../ids.ts';
import { validateCommand, type ValidCommand } from '../engine/validate.ts';
import { DomainError, VersionConflict, type ProblemCode } from '../errors.ts';
import { RuleViolation, type Principal, type WorkflowDefinition } from '../../workflows/contract.ts';
import type { ImportRow, RowProblem } from './import-rows.ts';

export interface ImportedMember {
  id: string;
  name: string;
}

/** A member a dry run would register; `id` is null when the import would generate it. */
export interface ProposedMember {
  id: string | null;
  name: string;
}

export interface RowOutcome {
  row: number;
  line?: number;
  /** The member's id: as given, or null when the import generates one. */
  id: string | null;
  fields: Record<string, unknown>;
  problems: RowProblem[];
}

export interface ImportOutcome {
  rows: RowOutcome[];
  /** Every problem of every row, in row order. */
  problems: RowProblem[];
  /** The members the import would register. */
  members: ProposedMember[];
}

export interface ImportContext {
  db: Kysely<Database>;
  engine: Engine;
  ids: IdGenerator;
  definition: WorkflowDefinition;
  principal: Principal;
  now: Date;
  requestId?: string;
}

interface Prepared {
  outcome: RowOutcome;
  instanceId: string;
  name: string;
  command: ValidCommand;
}

const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,100}$/;
/** The field a workflow rule is about, to name it in the error. */
const RULE_FIELDS: Record<string, string> = { unknown_branch: 'branchId', invalid_dates: 'birthDate' };
const MAX_LISTED_PROBLEMS = 20;
const SAVEPOINT = sql.raw('docket_member_import_row');

function problemOf(row: ImportRow, code: ProblemCode, field: string | null, message: string): RowProblem {
  return { row: row.row, ...(row.line !== undefined ? { line: row.line } : {}), column: field === null ? null : (row.columns[field] ?? field), field, code, message };
}

function schemaProblem(row: ImportRow, error: DomainError): RowProblem {
  const first = (error.extra.errors as { path: string; message: string }[] | undefined)?.[0];
  if (!first) return problemOf(row, 'invalid_row', null, error.message);
  const field = first.path.replace(/^\//, '').split('/')[0] || null;
  return problemOf(row, 'invalid_row', field, first.message);
}

/** Each row checked on its own: what could not be read, the id, the command schema. */
function prepare(ctx: ImportContext, rows: readonly ImportRow[]): { outcomes: RowOutcome[]; prepared: Prepared[] } {
  const firstRowOfId = new Map<string, number>();
  const outcomes: RowOutcome[] = [];
  const prepared: Prepared[] = [];
  for (const row of rows) {
    const { id, ...fields } = row.fields;
    const outcome: RowOutcome = {
      row: row.row,
      ...(row.line !== undefined ? { line: row.line } : {}),
      id: typeof id === 'string' ? id : null,
      fields,
      problems: [...row.problems],
    };
    outcomes.push(outcome);
    if (id !== undefined && (typeof id !== 'string' || !ID_PATTERN.test(id))) {
      outcome.problems.push(problemOf(row, 'invalid_row', 'id', 'must be 1–100 letters, digits or _ . : -'));
    } else if (typeof id === 'string') {
      const earlier = firstRowOfId.get(id);
      if (earlier !== undefined) outcome.problems.push(problemOf(row, 'duplicate_id', 'id', `${id} is also the id of row ${earlier}`));
      else firstRowOfId.set(id, row.row);
    }
    if (outcome.problems.length > 0) continue;
    let command: ValidCommand;
    try {
      command = validateCommand(ctx.definition, { type: 'RegisterMember', ...fields });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      outcome.problems.push(schemaProblem(row, error));
      continue;
    }
    prepared.push({
      outcome,
      instanceId: typeof id === 'string' ? id : ctx.ids.next(),
      name: String(command.name),
      command: { ...command, on: command.on ?? String(command.joinedOn) },
    });
  }
  return { outcomes, prepared };
}

/** A refusal by the engine as the row's problem; anything else (the database is down) is not the row's fault. */
function engineProblem(error: unknown, p: Prepared, row: ImportRow): RowProblem | null {
  if (error instanceof RuleViolation) return problemOf(row, error.code, RULE_FIELDS[error.code] ?? null, error.message);
  if (error instanceof VersionConflict) return problemOf(row, 'member_exists', 'id', `a member with id ${p.instanceId} already exists`);
  if (error instanceof DomainError && error.status < 500) return problemOf(row, error.code, null, error.message);
  return null;
}

class RolledBack extends Error {}

/** Decides every prepared row in one transaction; commits only when `commit` and every row passed. */
async function decideAll(ctx: ImportContext, rows: readonly ImportRow[], prepared: readonly Prepared[], commit: boolean): Promise<void> {
  const rowOf = new Map(rows.map((r) => [r.row, r]));
  try {
    await ctx.db.transaction().execute(async (trx) => {
      let failed = false;
      for (const p of prepared) {
        await sql`SAVEPOINT ${SAVEPOINT}`.execute(trx);
        try {
          await ctx.engine.decideAndAppend(
            trx,
            { workflow: 'member', instanceId: p.instanceId, command: p.command, principal: ctx.principal, requestId: ctx.requestId },
            true,
            ctx.now,
          );
          await sql`RELEASE SAVEPOINT ${SAVEPOINT}`.execute(trx);
        } catch (error) {
          const row = rowOf.get(p.outcome.row);
          const problem = row ? engineProblem(error, p, row) : null;
          if (!problem) throw error;
          await sql`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`.execute(trx);
          p.outcome.problems.push(problem);
          failed = true;
        }
      }
      if (failed || !commit) throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
}

const passed = (prepared: readonly Prepared[]) => prepared.filter((p) => p.outcome.problems.length === 0);

/** Every row's result, and the members the import would register, without writing anything. */
export async function dryRunImport(ctx: ImportContext, rows: readonly ImportRow[]): Promise<ImportOutcome> {
  const { outcomes, prepared } = prepare(ctx, rows);
  await decideAll(ctx, rows, prepared, false);
  return {
    rows: outcomes,
    problems: outcomes.flatMap((o) => o.problems),
    // The ids an import generates are made when it runs.
    members: passed(prepared).map((p) => ({ id: p.outcome.id, name: p.name })),
  };
}

/**
 * Imports every row or none: 422 (409 when the first problem is an id already taken) naming the first
 * problem and listing every row's problems, as a dry run would.
 */
export async function importMembers(ctx: ImportContext, rows: readonly ImportRow[]): Promise<ImportedMember[]> {
  const { outcomes, prepared } = prepare(ctx, rows);
  // Rows that passed are decided even when others did not, so the refusal lists what a dry run would.
  await decideAll(ctx, rows, prepared, outcomes.every((o) => o.problems.length === 0));
  const problems = outcomes.flatMap((o) => o.problems);
  const [first] = problems;
  if (first) throw importRefused(first, problems);
  return prepared.map((p) => ({ id: p.instanceId, name: p.name }));
}

function importRefused(first: RowProblem, problems: readonly RowProblem[]): DomainError {
  const where = `row ${first.row}${first.line !== undefined ? ` (line ${first.line})` : ''}`;
  const column = first.column ?? first.field;
  const invalidRows = new Set(problems.map((p) => p.row)).size;
  return new DomainError(first.code, `${where}: ${column ? `${column}: ` : ''}${first.message}; nothing was imported`, first.code === 'member_exists' ? 409 : 422, {
    ...first,
    invalidRows,
    errors: problems.slice(0, MAX_LISTED_PROBLEMS),
  });
}
