/**
 * Member import: every row is validated first (schema, ids), then all RegisterMember commands run
 * through the engine in ONE transaction, so one bad row rejects the whole import and nothing is appended.
 * A row without `on` is recorded on its `joinedOn`: the business date the membership began.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Engine } from '../engine/engine.ts';
import type { IdGenerator } from '../ids.ts';
import { streamIdOf } from '../engine/registry.ts';
import { validateCommand, type ValidCommand } from '../engine/validate.ts';
import { DomainError, VersionConflict } from '../errors.ts';
import { RuleViolation, type Principal, type WorkflowDefinition } from '../../workflows/contract.ts';
import { rowError, type ImportRow } from './import-rows.ts';

export interface PreparedRow {
  row: ImportRow;
  id: string;
  name: string;
  command: ValidCommand;
}

export interface ImportedMember {
  id: string;
  name: string;
}

interface RowProblem {
  row: number;
  line?: number;
  code: string;
  field: string | null;
  message: string;
}

const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,100}$/;
/** The field a workflow rule is about, to name it in the error. */
const RULE_FIELDS: Record<string, string> = { unknown_branch: 'branchId', invalid_dates: 'birthDate' };
const MAX_LISTED_PROBLEMS = 20;

function schemaProblem(error: DomainError): { field: string | null; message: string } {
  const first = (error.extra.errors as { path: string; message: string }[] | undefined)?.[0];
  if (!first) return { field: null, message: error.message };
  const field = first.path.replace(/^\//, '').split('/')[0] || null;
  return { field, message: first.message };
}

function throwProblems(problems: RowProblem[]): never {
  const [first] = problems;
  if (!first) throw new Error('throwProblems needs at least one problem');
  throw rowError(first.code, first, first.field, first.message, {
    invalidRows: problems.length,
    errors: problems.slice(0, MAX_LISTED_PROBLEMS),
  });
}

/** Validates every row against RegisterMember and gives each an id; throws 422 naming the first invalid row. */
export function prepareRows(def: WorkflowDefinition, rows: readonly ImportRow[], ids: IdGenerator): PreparedRow[] {
  const problems: RowProblem[] = [];
  const prepared: PreparedRow[] = [];
  const firstRowOfId = new Map<string, number>();
  const problem = (row: ImportRow, code: string, field: string | null, message: string) =>
    problems.push({ row: row.row, ...(row.line !== undefined ? { line: row.line } : {}), code, field, message });

  for (const row of rows) {
    const { id, type, ...fields } = row.fields;
    if (type !== undefined) {
      problem(row, 'invalid_row', 'type', 'unknown field: every row is a RegisterMember');
      continue;
    }
    if (id !== undefined && (typeof id !== 'string' || !ID_PATTERN.test(id))) {
      problem(row, 'invalid_row', 'id', 'must be 1–100 letters, digits or _ . : -');
      continue;
    }
    if (id !== undefined) {
      const earlier = firstRowOfId.get(id);
      if (earlier !== undefined) {
        problem(row, 'duplicate_id', 'id', `${id} is also the id of row ${earlier}`);
        continue;
      }
      firstRowOfId.set(id, row.row);
    }
    let command: ValidCommand;
    try {
      command = validateCommand(def, { type: 'RegisterMember', ...fields });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const { field, message } = schemaProblem(error);
      problem(row, 'invalid_row', field, message);
      continue;
    }
    const joinedOn = String(command.joinedOn);
    prepared.push({ row, id: id ?? ids.next(), name: String(command.name), command: { ...command, on: command.on ?? joinedOn } });
  }
  if (problems.length > 0) throwProblems(problems);
  return prepared;
}

/** 409 naming the first row whose id is already a stream. */
export async function assertNewIds(db: Kysely<Database>, prepared: readonly PreparedRow[]): Promise<void> {
  const byStream = new Map(prepared.map((p) => [streamIdOf('member', p.id), p]));
  const streamIds = [...byStream.keys()];
  for (let i = 0; i < streamIds.length; i += 1000) {
    const chunk = streamIds.slice(i, i + 1000);
    const existing = await db.selectFrom('streams').select('stream_id').where('stream_id', 'in', chunk).execute();
    const taken = existing
      .map((e) => byStream.get(e.stream_id))
      .filter((p): p is PreparedRow => p !== undefined)
      .sort((a, b) => a.row.row - b.row.row)[0];
    if (taken) throw memberExists(taken);
  }
}

function memberExists(p: PreparedRow): DomainError {
  const error = rowError('member_exists', p.row, 'id', `a member with id ${p.id} already exists`);
  return new DomainError(error.code, error.message, 409, error.extra);
}

function asRowError(error: unknown, p: PreparedRow): unknown {
  if (error instanceof RuleViolation) return rowError(error.code, p.row, RULE_FIELDS[error.code] ?? null, error.message, error.extra);
  if (error instanceof VersionConflict) return memberExists(p);
  return error;
}

export interface ImportContext {
  db: Kysely<Database>;
  engine: Engine;
  principal: Principal;
  now: Date;
  requestId?: string;
}

/** Runs every RegisterMember in one transaction; the first failure rolls the whole import back. */
export async function importMembers(ctx: ImportContext, prepared: readonly PreparedRow[]): Promise<ImportedMember[]> {
  return ctx.db.transaction().execute(async (trx) => {
    const imported: ImportedMember[] = [];
    for (const p of prepared) {
      try {
        await ctx.engine.decideAndAppend(
          trx,
          { workflow: 'member', instanceId: p.id, command: p.command, principal: ctx.principal, requestId: ctx.requestId },
          true,
          ctx.now,
        );
      } catch (error) {
        throw asRowError(error, p);
      }
      imported.push({ id: p.id, name: p.name });
    }
    return imported;
  });
}
