/**
 * Read views: the caller's inbox, pending reply obligations, box collection cadence, and the
 * secondment audit. All read the inline views (src/projections/*); "today" comes from the injected clock.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from '@sinclair/typebox';
import type { Role } from '../../../workflows/contract.ts';
import { today as todayOf } from '../../clock.ts';
import { DomainError, notFound } from '../../errors.ts';
import { loadSettings } from '../../engine/facts.ts';
import { verifyChainIn } from '../../store/verify.ts';
import { readSnapshot } from '../../store/snapshot.ts';
import { listInbox } from '../../views/inbox.query.ts';
import { listPendingReplies } from '../../views/pending-replies.query.ts';
import { readCollectionCadence } from '../../views/collections.query.ts';
import { readSecondmentDecisions, readSecondmentSummary } from '../../views/secondment-audit.query.ts';
import { AUTH, errors, IdParam, IsoDateSchema } from '../schemas.ts';
import { principalOf, requireRole } from '../auth.ts';
import { answer, everyPage, exportable, onePage } from '../../export/respond.ts';
import { collectionsTable, INBOX_TABLE, PENDING_REPLIES_TABLE, secondmentAuditTable } from '../../export/tables.ts';
import { BrokenLinkSchema } from './events.routes.ts';
import { CheckpointSchema } from './audit.routes.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Limit = Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50, description: 'Page size (at most 200)' }));
const Cursor = Type.Optional(Type.String({ minLength: 1, maxLength: 400, description: 'The `cursor` of the previous page' }));
const PageCursorOut = Nullable(Type.String({ description: 'Pass back as `cursor` for the next page; null on the last page' }));

const InboxItemSchema = Type.Object({
  workflow: Type.String(),
  id: Type.String(),
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
});

const PendingReplySchema = Type.Object({
  id: Type.String(),
  state: Type.String(),
  receivedOn: IsoDateSchema,
  dueOn: IsoDateSchema,
  daysLeft: Type.Integer({ description: 'Days from today to dueOn; negative when overdue' }),
  overdue: Type.Boolean(),
  handlerId: Nullable(Type.String()),
  channel: Type.String(),
  category: Type.String(),
});

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
  reason: Nullable(Type.String()),
  comment: Nullable(Type.String()),
});

const AuditSchema = Type.Object({
  id: Type.String(),
  state: Type.String(),
  status: Type.String(),
  member: Type.Object({ id: Type.String(), name: Type.String() }),
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
});

const ALL_REPLIES: readonly Role[] = ['chair', 'suggestion_manager', 'office', 'admin'];
const CADENCE: readonly Role[] = ['suggestion_manager', 'office', 'chair', 'committee', 'admin'];
const AUDIT: readonly Role[] = ['chair', 'committee', 'office', 'united_front', 'admin'];

export const viewsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, clock, tamperEvidence } = app.docket;

  app.get(
    '/views/inbox',
    {
      schema: {
        tags: ['views'],
        summary: 'What the caller can do now, across workflows, oldest first, with due dates',
        description:
          'One item per instance, merging every role of the caller; scoped: a branch chair sees only their branch, ' +
          'a handler only the suggestions assigned to them. The chair also sees alerts (overdue suggestions, due reviews).',
        security: AUTH,
        querystring: Type.Object({ limit: Limit, cursor: Cursor }, { additionalProperties: false }),
        response: {
          200: exportable(Type.Object({ items: Type.Array(InboxItemSchema), cursor: PageCursorOut }), 'The caller’s inbox'),
          ...errors(400, 401, 503),
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const caller = { id: principal.id, roles: principal.roles, branchId: principal.branchId };
      const today = todayOf(clock);
      const page = (cursor: string | null | undefined, limit: number) => listInbox(database.db, caller, { limit, cursor, today });
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
      schema: {
        tags: ['views'],
        summary: 'Pending reply obligations: suggestions registered or in progress, by due date',
        description:
          'Roles chair, suggestion_manager, office and admin see all; a handler sees only the suggestions assigned to them. ' +
          '`overdue` and `daysLeft` are computed against today.',
        security: AUTH,
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
          200: exportable(Type.Object({ items: Type.Array(PendingReplySchema), cursor: PageCursorOut }), 'Pending reply obligations'),
          ...errors(400, 401, 403, 503),
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      let handlerId = request.query.handler;
      if (!principal.roles.some((r) => ALL_REPLIES.includes(r))) {
        requireRole(request, [...ALL_REPLIES, 'handler']);
        if (handlerId !== undefined && handlerId !== principal.id) {
          throw new DomainError('forbidden_role', 'a handler sees only the suggestions assigned to them', 403);
        }
        handlerId = principal.id;
      }
      const { overdue } = request.query;
      const today = todayOf(clock);
      const page = (cursor: string | null | undefined, limit: number) => listPendingReplies(database.db, { today, overdue, handlerId, limit, cursor });
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
      schema: {
        tags: ['views'],
        summary: 'Box collection cadence: per box and month of a year, flagged below the policy minimum',
        description: 'Every box with a collection recorded up to that year, all twelve months. Roles: suggestion_manager, office, chair, committee, admin.',
        security: AUTH,
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
      requireRole(request, CADENCE);
      const { year } = request.query;
      const read = async () => {
        const minimum = (await loadSettings(database.db)).policy.minCollectionsPerMonth;
        return { year, minCollectionsPerMonth: minimum, months: await readCollectionCadence(database.db, year, minimum, todayOf(clock).slice(0, 7)) };
      };
      return answer(request, reply, { table: collectionsTable(year), json: read, rows: () => onePage(async () => (await read()).months) });
    },
  );

  app.get(
    '/views/secondments/:id/audit',
    {
      schema: {
        tags: ['views'],
        summary: 'A secondment’s audit: every decision, who took it in which role, when and why; and whether the event chain verifies',
        description: 'Roles: chair, committee, office, united_front, admin.',
        security: AUTH,
        params: Type.Object({ id: IdParam }),
        response: {
          200: exportable(AuditSchema, 'The secondment’s audit (an export holds its decisions)'),
          ...errors(400, 401, 403, 404, 503),
        },
      },
    },
    async (request, reply) => {
      requireRole(request, AUDIT);
      const summaryOf = async () => {
        const summary = await readSecondmentSummary(database.db, request.params.id);
        if (!summary) throw notFound(`secondment ${JSON.stringify(request.params.id)}`);
        return summary;
      };
      const read = async () => {
        const summary = await summaryOf();
        // The decisions and the chain check read one snapshot: a decision committing meanwhile is in both or neither.
        const { decisions, chain } = await readSnapshot(database.db, async (trx) => ({
          decisions: await readSecondmentDecisions(trx, summary.streamId),
          chain: await verifyChainIn(trx, { streamId: summary.streamId }),
        }));
        return {
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
      };
      const decisions = async () => readSecondmentDecisions(database.db, (await summaryOf()).streamId);
      return answer(request, reply, { table: secondmentAuditTable(request.params.id), json: read, rows: () => onePage(decisions) });
    },
  );
};
