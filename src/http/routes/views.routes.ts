/**
 * Read views: the caller's inbox, pending reply obligations, box collection cadence, and the
 * secondment audit. All read the inline views (src/projections/*); "today" comes from the injected clock.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readDbOf, ReadHeaders } from '../read-your-writes.ts';
import { Type, type TSchema } from '@sinclair/typebox';
import type { Principal, Role } from '../../../workflows/contract.ts';
import { businessToday } from '../../clock.ts';
import { DomainError, notFound } from '../../errors.ts';
import { loadSettings } from '../../engine/facts.ts';
import { verifyChainIn } from '../../store/verify.ts';
import { readSnapshot } from '../../store/snapshot.ts';
import { listInbox, type InboxEntry } from '../../views/inbox.query.ts';
import { listPendingReplies } from '../../views/pending-replies.query.ts';
import { readCollectionCadence } from '../../views/collections.query.ts';
import { readSecondmentDecisions, readSecondmentSummary } from '../../views/secondment-audit.query.ts';
import { AUTH, errors, IdParam, IsoDateSchema, named, NextStepsSchema, Redacted, Erased } from '../schemas.ts';
import { streamIdOf } from '../../engine/registry.ts';
import { presentedRows } from '../../views/next-steps.query.ts';
import { vocabularyOf } from '../../vocabulary.ts';
import { requireRole } from '../auth.ts';
import { answer, everyPage, exportable, onePage } from '../../export/respond.ts';
import { collectionsTable, INBOX_TABLE, PENDING_REPLIES_TABLE, secondmentAuditTable } from '../../export/tables.ts';
import { BrokenLinkSchema } from './events.routes.ts';
import { CheckpointSchema } from './audit.routes.ts';
import { readerOf } from '../reader.ts';
import { disclosedPage, discloseView, visibleTo, type Reader } from '../../privacy/disclose.ts';
import { SECONDMENT_AUDIT_FIELDS } from '../../privacy/personal-fields.ts';
import { readSubjects } from '../../views/instances.query.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Limit = Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50, description: 'Page size (at most 200)' }));
const Cursor = Type.Optional(Type.String({ minLength: 1, maxLength: 400, description: 'The `cursor` of the previous page' }));
const PageCursorOut = Nullable(Type.String({ description: 'Pass back as `cursor` for the next page; null on the last page' }));

const InboxItemSchema = named('InboxItem', Type.Object({
  workflow: Type.String(),
  id: Type.String(),
  number: Nullable(Type.String({ description: 'The case number in the organisation’s words (2026-意见-012)' })),
  state: Type.String(),
  roles: Type.Array(Type.String(), { description: 'The caller’s roles this item waits on' }),
  commands: Type.Array(Type.String(), { description: 'Commands the caller may send now' }),
  reasons: Type.Array(Type.String(), {
    description: '`action` (a command waits for the caller) and alerts: `overdue`, `interim_review_due`, `annual_review_due`',
  }),
  dueOn: Nullable(IsoDateSchema),
  overdue: Type.Boolean({ description: 'dueOn is before today' }),
  since: Type.String({ description: 'When the instance last changed (ISO timestamp)' }),
  summary: Type.String(),
  why: Type.Array(
    Type.Object({
      reason: Type.String({ description: '`action` or an alert (`overdue`, `interim_review_due`, `annual_review_due`)' }),
      role: Type.String({ description: 'The caller’s role it is there for' }),
      scope: Type.Union([Type.Literal('assigned'), Type.Literal('branch'), Type.Literal('role')], {
        description: 'assigned: to the caller by name; branch: the caller’s branch; role: everyone holding the role',
      }),
    }),
    { description: 'Why the item is in the caller’s inbox' },
  ),
  next: NextStepsSchema,
}));

const PendingReplySchema = named('PendingReply', Type.Object({
  id: Type.String(),
  number: Nullable(Type.String({ description: 'The case number in the organisation’s words (2026-意见-012)' })),
  state: Type.String(),
  receivedOn: IsoDateSchema,
  dueOn: IsoDateSchema,
  daysLeft: Type.Integer({ description: 'Days from today to dueOn; negative when overdue' }),
  overdue: Type.Boolean(),
  handlerId: Nullable(Type.String()),
  handlerName: Nullable(Type.String({ description: 'The assigned handler’s name' })),
  channel: Type.String(),
  category: Type.String(),
  next: NextStepsSchema,
}));

const CadenceSchema = Type.Object({
  box: Type.String(),
  month: Type.String({ description: 'YYYY-MM' }),
  collections: Type.Integer(),
  suggestions: Type.Integer(),
  belowMinimum: Type.Boolean(),
});

const DecisionSchema = Type.Object({
  version: Type.Integer(),
  step: Type.String(),
  decision: Type.String(),
  eventType: Type.String(),
  actorId: Type.String(),
  actorName: Type.String(),
  role: Type.String({ description: 'The role the actor used at the time' }),
  occurredOn: IsoDateSchema,
  recordedAt: Type.String(),
  reason: Type.Optional(Nullable(Type.String())),
  comment: Nullable(Type.String()),
});

const AuditSchema = Type.Object({
  id: Type.String(),
  state: Type.String(),
  status: Type.String(),
  member: Type.Object({ id: Type.String(), name: Type.Optional(Type.Union([Type.String(), Type.Null()], { description: 'null once erased (see erased)' })) }),
  hostUnit: Type.String(),
  post: Type.String(),
  startsOn: Nullable(IsoDateSchema),
  termEndsOn: Nullable(IsoDateSchema),
  decisions: Type.Array(DecisionSchema),
  chain: Type.Object({ ok: Type.Boolean(), firstBroken: Nullable(BrokenLinkSchema) }),
  integrity: Type.Object(
    {
      checkpoint: Nullable(CheckpointSchema),
      proofs: Type.Array(
        Type.Union([
          Type.Object({
            status: Type.Literal('included'),
            version: Type.Integer(),
            leafIndex: Type.Integer(),
            treeSize: Type.Integer(),
            eventHash: Type.String(),
            proof: Type.Array(Type.String()),
          }),
          Type.Object({ status: Type.Literal('pending'), version: Type.Integer() }),
          Type.Object({ status: Type.Literal('missing'), version: Type.Integer(), leafIndex: Type.Integer() }, { description: 'In the tree, no longer in the log' }),
        ]),
        { description: 'One per decision: its RFC 9162 inclusion proof in the latest checkpoint, pending (after it), or missing (a leaf of the tree the log no longer holds)' },
      ),
    },
    { description: 'Check them against the signed checkpoint (GET /audit/public-key): docs/tamper-evidence.md' },
  ),
  redacted: Redacted,
  erased: Erased,
});

const ALL_REPLIES: readonly Role[] = ['chair', 'suggestion_manager', 'office', 'admin'];
const CADENCE: readonly Role[] = ['suggestion_manager', 'office', 'chair', 'committee', 'admin'];
const AUDIT: readonly Role[] = ['chair', 'committee', 'office', 'united_front', 'admin'];

export const viewsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, clock, engine, tamperEvidence, registry } = app.docket;

  /**
   * The inbox view holds, per role, what the state lets that role do; what this caller may do is
   * asked of the engine for each instance of the page (an earlier vote, four eyes, an assignment,
   * a branch: `allowedFor`, the decider's own checks). An item left with nothing to do and no
   * alert is dropped, so a page may hold fewer items than `limit`; its cursor still goes on.
   */
  async function exactCommands(items: InboxEntry[], principal: Principal): Promise<InboxEntry[]> {
    const acting = items.filter((item) => item.reasons.includes('action'));
    const loaded = await engine.loadLatest(database.db, acting);
    const instances = new Map(acting.map((item, i) => [item, loaded[i]]));
    const exact = items.map((item) => {
      if (!instances.has(item)) return item;
      const instance = instances.get(item);
      const commands = instance ? engine.allowedFor(instance, principal) : [];
      const reasons = commands.length > 0 ? item.reasons : item.reasons.filter((r) => r !== 'action');
      return { ...item, commands, reasons };
    });
    return exact.filter((item) => item.reasons.length > 0);
  }

  /** A view's rows of instances the reader may see (the read policy, from the instances' data); the others are left out. */
  const visible =
    <Row extends { id: string; workflow?: string }>(reader: Reader, workflowOf: (row: Row) => string = (row) => row.workflow ?? '') =>
    async (rows: Row[]): Promise<(Row | null)[]> => {
      const subjects = await readSubjects(database.db, rows.map((row) => `${workflowOf(row)}/${row.id}`));
      return rows.map((row) => (visibleTo(reader, workflowOf(row), subjects.get(`${workflowOf(row)}/${row.id}`)) ? row : null));
    };

  app.get(
    '/views/inbox',
    {
      config: { reads: 'replica', operationId: 'getInbox' },
      schema: {
        tags: ['views'],
        summary: 'What the caller can do now, across workflows, oldest first, with due dates',
        description:
          'One item per instance, merging every role of the caller; scoped: a branch chair sees only their branch, ' +
          'a handler only the suggestions assigned to them. The chair also sees alerts (overdue suggestions, due reviews).',
        security: AUTH,
        headers: ReadHeaders,
        querystring: Type.Object({ limit: Limit, cursor: Cursor }, { additionalProperties: false }),
        response: {
          200: exportable(named('InboxPage', Type.Object({ items: Type.Array(InboxItemSchema), cursor: PageCursorOut })), 'The caller’s inbox'),
          ...errors(400, 401, 503),
        },
      },
    },
    async (request, reply) => {
      const reader = readerOf(request);
      const { principal } = reader;
      const caller = { id: principal.id, roles: principal.roles, branchId: principal.branchId };
      const settings = await loadSettings(readDbOf(request));
      const today = businessToday(clock, settings.timeZone);
      const read = async (cursor: string | null, limit: number) => {
        const found = await listInbox(readDbOf(request), caller, { limit, cursor, today });
        return { items: await presentedRows(readDbOf(request), registry, vocabularyOf(settings.vocabulary), await exactCommands(found.items, principal)), cursor: found.cursor };
      };
      const page = (cursor: string | null | undefined, limit: number) => disclosedPage(reader, null, read, cursor ?? null, limit, visible(reader));
      return answer(request, reply, {
        table: INBOX_TABLE,
        json: () => page(request.query.cursor, request.query.limit ?? 50),
        rows: () => everyPage(page),
      });
    },
  );

  app.get(
    '/views/suggestions/pending-replies',
    {
      config: { reads: 'replica', operationId: 'listPendingReplies', roles: [...ALL_REPLIES, 'handler'] },
      schema: {
        tags: ['views'],
        summary: 'Pending reply obligations: suggestions registered or in progress, by due date',
        description:
          'Roles chair, suggestion_manager, office and admin see all; a handler sees only the suggestions assigned to them. ' +
          '`overdue` and `daysLeft` are computed against today.',
        security: AUTH,
        headers: ReadHeaders,
        querystring: Type.Object(
          {
            overdue: Type.Optional(Type.Boolean({ description: 'true: only overdue; false: only not yet overdue' })),
            handler: Type.Optional(IdParam),
            limit: Limit,
            cursor: Cursor,
          },
          { additionalProperties: false },
        ),
        response: {
          200: exportable(named('PendingReplyPage', Type.Object({ items: Type.Array(PendingReplySchema), cursor: PageCursorOut })), 'Pending reply obligations'),
          ...errors(400, 401, 403, 503),
        },
      },
    },
    async (request, reply) => {
      const reader = readerOf(request);
      const { principal } = reader;
      let handlerId = request.query.handler;
      if (!principal.roles.some((r) => ALL_REPLIES.includes(r))) {
        requireRole(request);
        if (handlerId !== undefined && handlerId !== principal.id) {
          throw new DomainError('forbidden_role', 'a handler sees only the suggestions assigned to them', 403);
        }
        handlerId = principal.id;
      }
      const { overdue } = request.query;
      const settings = await loadSettings(readDbOf(request));
      const today = businessToday(clock, settings.timeZone);
      const read = async (cursor: string | null, limit: number) => {
        const found = await listPendingReplies(readDbOf(request), { today, overdue, handlerId, limit, cursor });
        return { items: await presentedRows(readDbOf(request), registry, vocabularyOf(settings.vocabulary), found.items.map((i) => ({ ...i, workflow: 'suggestion' }))), cursor: found.cursor };
      };
      const page = (cursor: string | null | undefined, limit: number) =>
        disclosedPage(reader, 'suggestion', read, cursor ?? null, limit, visible(reader, () => 'suggestion'));
      return answer(request, reply, {
        table: PENDING_REPLIES_TABLE,
        json: () => page(request.query.cursor, request.query.limit ?? 50),
        rows: () => everyPage(page),
      });
    },
  );

  app.get(
    '/views/suggestions/collections',
    {
      config: { reads: 'replica', operationId: 'getCollectionCadence', roles: CADENCE },
      schema: {
        tags: ['views'],
        summary: 'Box collection cadence: per box and month of a year, flagged below the policy minimum',
        description: 'Every box with a collection recorded up to that year, all twelve months. Roles: suggestion_manager, office, chair, committee, admin.',
        security: AUTH,
        headers: ReadHeaders,
        querystring: Type.Object({ year: Type.Integer({ minimum: 1900, maximum: 9999 }) }, { additionalProperties: false }),
        response: {
          200: exportable(
            Type.Object({ year: Type.Integer(), minCollectionsPerMonth: Type.Integer(), months: Type.Array(CadenceSchema) }),
            'The collection cadence of the year',
          ),
          ...errors(400, 401, 403, 503),
        },
      },
    },
    async (request, reply) => {
      requireRole(request);
      const { year } = request.query;
      const read = async () => {
        const settings = await loadSettings(readDbOf(request));
        const minimum = settings.policy.minCollectionsPerMonth;
        const month = businessToday(clock, settings.timeZone).slice(0, 7);
        return { year, minCollectionsPerMonth: minimum, months: await readCollectionCadence(readDbOf(request), year, minimum, month) };
      };
      return answer(request, reply, { table: collectionsTable(year), json: read, rows: () => onePage(async () => (await read()).months) });
    },
  );

  app.get(
    '/views/secondments/:id/audit',
    {
      config: { reads: 'replica', operationId: 'getSecondmentAudit', roles: AUDIT },
      schema: {
        tags: ['views'],
        summary: 'A secondment’s audit: every decision, who took it in which role, when and why; and whether the event chain verifies',
        description: 'Roles: chair, committee, office, united_front, admin.',
        security: AUTH,
        headers: ReadHeaders,
        params: Type.Object({ id: IdParam }),
        response: {
          200: exportable(AuditSchema, 'The secondment’s audit (an export holds its decisions)'),
          ...errors(400, 401, 403, 404, 503),
        },
      },
    },
    async (request, reply) => {
      requireRole(request);
      const reader = readerOf(request);
      const summaryOf = async () => {
        const summary = await readSecondmentSummary(readDbOf(request), request.params.id);
        const subject = summary && (await readSubjects(readDbOf(request), [summary.streamId])).get(summary.streamId);
        if (!summary || !subject || !visibleTo(reader, 'secondment', subject)) throw notFound(`secondment ${JSON.stringify(request.params.id)}`);
        return { summary, subject };
      };
      const read = async () => {
        const { summary, subject } = await summaryOf();
        // The decisions and the chain check read one snapshot: a decision committing meanwhile is in both or neither.
        const { decisions, chain } = await readSnapshot(readDbOf(request), async (trx) => ({
          decisions: await readSecondmentDecisions(trx, summary.streamId),
          chain: await verifyChainIn(trx, { streamId: summary.streamId }),
        }));
        const audit = {
          id: summary.id,
          state: summary.state,
          status: summary.status,
          member: { id: summary.memberId, name: summary.memberName },
          hostUnit: summary.hostUnit,
          post: summary.post,
          startsOn: summary.startsOn,
          termEndsOn: summary.termEndsOn,
          decisions,
          chain: { ok: chain.ok, firstBroken: chain.firstBroken },
          integrity: await tamperEvidence.proofsAgainstLatest(summary.streamId, decisions.map((d) => d.version)),
        };
        const shown = discloseView(reader, 'secondment', subject, audit, SECONDMENT_AUDIT_FIELDS);
        if (!shown) throw notFound(`secondment ${JSON.stringify(request.params.id)}`);
        return shown;
      };
      const decisions = async () => (await read()).decisions;
      return answer(request, reply, { table: secondmentAuditTable(request.params.id), json: read, rows: () => onePage(decisions) });
    },
  );
};
