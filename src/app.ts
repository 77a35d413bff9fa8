/**
 * The composition root: `buildApp(deps)` wires the database, clock, ids and logger into the
 * engine, the scheduler and the HTTP routes. `npm start` (src/main.ts) and the tests both use it.
 */
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { DestinationStream } from 'pino';
import type { DatabaseHandle } from './db/connection.ts';
import { systemClock, type Clock } from './clock.ts';
import { randomIds, type IdGenerator } from './ids.ts';
import { Engine } from './engine/engine.ts';
import { GroupCommit, type GroupCommitOptions } from './store/group-commit.ts';
import { Registry } from './engine/registry.ts';
import { Scheduler } from './engine/scheduler.ts';
import { inlineProjector } from './projections/inline.ts';
import { Principals } from './principals.ts';
import { Sessions } from './auth/sessions.ts';
import { Authenticator } from './auth/authenticator.ts';
import { authPlugin, CSRF_HEADER } from './http/auth.ts';
import { SESSION_COOKIE } from './http/cookies.ts';
import { DEFAULT_RATE_LIMITS, registerRateLimits, type RateLimitSettings } from './http/rate-limits.ts';
import { DEFAULT_FRONT_DOOR, registerSecurityHeaders, serverOptions, type FrontDoorOptions } from './http/front-door.ts';
import { errorHandler, frameworkErrorHandler, problem, sendProblem } from './http/problem.ts';
import { ProblemSchema } from './http/schemas.ts';
import { registerOperationDocs } from './http/operations.ts';
import { finishDocument } from './http/openapi-document.ts';
import { validatorCompiler } from './http/validation.ts';
import { registerParsers } from './http/parsers.ts';
import { Metrics } from './http/metrics.ts';
import { registerDatabaseGauges } from './http/database-gauges.ts';
import { readYourWrites } from './http/read-your-writes.ts';
import { ReadRouting, type ReplicaOptions } from './db/read-routing.ts';
import { ExportStats } from './export/writers.ts';
import { LOG_REDACT_PATHS, lazyChildLogger } from './logging.ts';
import { healthRoutes } from './http/routes/health.routes.ts';
import { principalRoutes } from './http/routes/principals.routes.ts';
import { erasureRoutes } from './http/routes/erasures.routes.ts';
import { accountRoutes } from './http/routes/accounts.routes.ts';
import { workflowRoutes } from './http/routes/workflows.routes.ts';
import { instanceRoutes } from './http/routes/instances.routes.ts';
import { viewsRoutes } from './http/routes/views.routes.ts';
import { directoryRoutes } from './http/routes/directory.routes.ts';
import { eventsRoutes } from './http/routes/events.routes.ts';
import { membersRoutes } from './http/routes/members.routes.ts';
import { settingsRoutes } from './http/routes/settings.routes.ts';
import { collectionsRoutes } from './http/routes/collections.routes.ts';
import { reportsRoutes } from './http/routes/reports.routes.ts';
import { annualReportRoutes } from './http/routes/annual-report.routes.ts';
import { activitiesRoutes } from './http/routes/activities.routes.ts';
import { notificationsRoutes } from './http/routes/notifications.routes.ts';
import { consoleRoutes } from './console/console.routes.ts';
import { auditRoutes } from './http/routes/audit.routes.ts';
import { TamperEvidence } from './audit/tamper-evidence.ts';
import type { SigningKey } from './audit/signing.ts';
import { PersonalData } from './privacy/personal-data.ts';
import { newMasterKey } from './privacy/field-crypto.ts';
import type { WitnessOptions } from './audit/witness.ts';
import { AccessLog } from './privacy/access-log.ts';
import { accessLogPlugin } from './http/reader.ts';

export interface AppDeps {
  database: DatabaseHandle;
  clock?: Clock;
  ids?: IdGenerator;
  /** pino level; 'silent' by default in tests. */
  logLevel?: string;
  /** Where logs go (stdout by default); tests capture them here. */
  logStream?: DestinationStream;
  /** Body limit, timeouts, trusted proxy (src/http/front-door.ts). */
  frontDoor?: Partial<FrontDoorOptions>;
  /** Failed-authentication and command rate limits (src/http/rate-limits.ts). */
  rateLimits?: Partial<RateLimitSettings>;
  accounts?: Partial<AccountOptions>;
  version?: string;
  /** Group commit limits (src/store/group-commit.ts). */
  groupCommit?: GroupCommitOptions;
  /** Events (plus one per instance) the engine's snapshot cache holds at most. */
  snapshotCacheEvents?: number;
  /** When reads leave the streaming replica, if the database has one (src/db/read-routing.ts). */
  replica?: Partial<ReplicaOptions>;
  /** Signed checkpoints of the log's Merkle tree (docs/tamper-evidence.md); without a key none are issued here. */
  checkpoints?: { signingKey?: SigningKey | null; witness?: WitnessOptions };
  /**
   * The master key wrapping the subjects' data keys (DOCKET_MASTER_KEY, src/privacy/master-key.ts).
   * Absent (tests): one made once per process, so what it sealed cannot be opened by another process.
   */
  masterKey?: Buffer;
}

export interface AccountOptions {
  /** A session ends after this long without a request. */
  sessionIdleMs: number;
  /** A session ends this long after sign-in, however active. */
  sessionAbsoluteMs: number;
  /** How long a checked token is trusted for commands without a lookup (0: always look up). */
  tokenCacheMs: number;
}

export const DEFAULT_ACCOUNTS: AccountOptions = { sessionIdleMs: 30 * 60_000, sessionAbsoluteMs: 12 * 3_600_000, tokenCacheMs: 60_000 };

/** How long a refused credential is refused again without a lookup. */
const REFUSAL_CACHE_MS = 10_000;

export interface Docket {
  engine: Engine;
  groupCommit: GroupCommit;
  scheduler: Scheduler;
  principals: Principals;
  authenticator: Authenticator;
  registry: Registry;
  database: DatabaseHandle;
  clock: Clock;
  metrics: Metrics;
  ids: IdGenerator;
  /** What exports (CSV, .xlsx) have read. */
  exportStats: ExportStats;
  /** Which database reads go to: the primary, or the streaming replica while it keeps up. */
  reads: ReadRouting;
  /** The Merkle tree over the log, its signed checkpoints and proofs. */
  tamperEvidence: TamperEvidence;
  /** Who read whose personal data (src/privacy/access-log.ts). */
  accessLog: AccessLog;
  /** Seals personal fields on append, opens them as the log is read (src/privacy/personal-data.ts). */
  personalData: PersonalData;
}

declare module 'fastify' {
  interface FastifyInstance {
    docket: Docket;
  }
}

const API_VERSION = '1.0.0';

let processKey: Buffer | null = null;
/** The master key of apps built without one (tests): made once, shared by every app of this process. */
function processMasterKey(): Buffer {
  processKey ??= newMasterKey();
  return processKey;
}

/**
 * LOG_REDACT_PATHS plus the personal fields and secrets wherever a logged object may hold them:
 * at the top level and two levels down (pino's `*` matches one level only).
 */
const PERSONAL_KEYS = ['birthDate', 'contact', 'submitter', 'applicant', 'email', 'token', 'authorization', 'password', 'currentPassword', 'newPassword', 'cookie', 'set-cookie'];
const REDACT_PATHS = [
  ...new Set([
    ...LOG_REDACT_PATHS,
    ...PERSONAL_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
    'headers["idempotency-key"]',
    '*.headers["idempotency-key"]',
  ]),
];

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const clock = deps.clock ?? systemClock;
  const ids = deps.ids ?? randomIds;
  const loggerOptions: FastifyServerOptions['logger'] = {
    level: deps.logLevel ?? 'info',
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    ...(deps.logStream ? { stream: deps.logStream } : {}),
  };
  const frontDoor = { ...DEFAULT_FRONT_DOOR, ...deps.frontDoor };
  const accounts = { ...DEFAULT_ACCOUNTS, ...deps.accounts };
  const app = Fastify({
    logger: loggerOptions,
    ...serverOptions(frontDoor),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9_.:-]{1,100}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    routerOptions: { maxParamLength: 200 },
    return503OnClosing: true,
    frameworkErrors: frameworkErrorHandler,
    childLoggerFactory: (logger, bindings, options) => lazyChildLogger(logger, bindings, options) as typeof logger,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  registerParsers(app);
  app.addSchema(ProblemSchema);

  const registry = new Registry();
  const metrics = new Metrics();
  const groupCommit = new GroupCommit(deps.database.db, {
    gatherOneTurn: deps.database.kind === 'pglite',
    ...deps.groupCommit,
    onStatement: (commits) => metrics.commitStatement(commits),
  });
  const personalData = new PersonalData(deps.masterKey ?? processMasterKey(), clock);
  const engine = new Engine({
    db: deps.database.db,
    clock,
    ids,
    registry,
    projector: inlineProjector(),
    logger: app.log,
    commit: (payload) => groupCommit.commit(payload),
    snapshotCacheEvents: deps.snapshotCacheEvents,
    personalData,
  });
  const scheduler = new Scheduler(deps.database.db, engine, clock, app.log, (late) => metrics.timerFired(late));
  const principals = new Principals(deps.database.db, clock, ids);
  const sessions = new Sessions(deps.database.db, clock, { idleMs: accounts.sessionIdleMs, absoluteMs: accounts.sessionAbsoluteMs });
  const authenticator = new Authenticator(principals, sessions, clock, { validMs: accounts.tokenCacheMs, refusedMs: REFUSAL_CACHE_MS });
  const exportStats = new ExportStats();
  const accessLog = new AccessLog(deps.database.db, app.log);
  const tamperEvidence = new TamperEvidence(
    deps.database.db,
    clock,
    { signingKey: deps.checkpoints?.signingKey ?? null, ...(deps.checkpoints?.witness ? { witness: deps.checkpoints.witness } : {}) },
    app.log,
  );
  const reads = new ReadRouting(deps.database.db, deps.database.replica, deps.replica);
  app.decorate('docket', { engine, groupCommit, scheduler, principals, authenticator, registry, database: deps.database, clock, metrics, ids, exportStats, tamperEvidence, reads, accessLog, personalData });
  registerDatabaseGauges(metrics, deps.database.db, clock, reads);
  const commits = groupCommit.stats;
  metrics.counter('docket_commit_statements_total', 'Commit statements sent by the group commit.', () => commits.statements);
  metrics.counter('docket_commit_payloads_total', 'Commits those statements carried.', () => commits.payloads);
  metrics.counter('docket_commit_refused_batches_total', 'Batches of several commits PostgreSQL refused; their commits were then sent one at a time.', () => commits.refusedBatches);
  metrics.counter('docket_export_pages_total', 'Pages of rows read by CSV and .xlsx exports.', () => exportStats.pages);
  metrics.counter('docket_export_rows_total', 'Rows written by CSV and .xlsx exports.', () => exportStats.rows);
  metrics.counter('docket_access_log_entries_total', 'Access log entries written (who read whose personal data).', () => accessLog.written);

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    return payload;
  });
  metrics.register(app);
  await registerSecurityHeaders(app);
  const limits = await registerRateLimits(app, clock, { ...DEFAULT_RATE_LIMITS, ...deps.rateLimits });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Docket API',
        version: deps.version ?? API_VERSION,
        description:
          'Event-sourced workflows for a grassroots committee: recruitment, cadre training, secondment and suggestion response. ' +
          'Every accepted command is recorded, with who did it and in which role, in an append-only, hash-chained log.',
      },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer' },
          cookieAuth: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: `Set by POST /auth/signin; requests that change anything also send ${CSRF_HEADER}: 1` },
        },
      },
      tags: [
        { name: 'health', description: 'Liveness, metrics' },
        { name: 'accounts', description: 'Sign-in with a username and password, sign-out, your own password' },
        { name: 'principals', description: 'Principals: people and integrators, roles, scope, tokens and passwords (admin)' },
        { name: 'workflows', description: 'Workflow definitions, diagrams, instances and commands' },
        { name: 'views', description: 'Read views: inbox, pending replies, audits, cadence' },
        { name: 'members', description: 'The member roster' },
        { name: 'settings', description: 'Organisation settings (admin)' },
        { name: 'reports', description: 'Organisation statistics as of any date' },
        { name: 'events', description: 'The global event feed and audit verification' },
        { name: 'privacy', description: 'Erasure of personal data from the log (admin)' },
      ],
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
    // Named components, command unions with a discriminator, enums (src/http/openapi-document.ts).
    transformObject: (documents) => ('openapiObject' in documents ? finishDocument(documents.openapiObject) : documents.swaggerObject),
  });
  registerOperationDocs(app);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/docs')) route.config = { ...(route.config as object), public: true };
  });
  // A token typed into Swagger UI is not kept in the browser's localStorage.
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { persistAuthorization: false } });

  await app.register(authPlugin, { authenticator, limits });
  await app.register(readYourWrites, { reads });
  await app.register(accessLogPlugin, { accessLog });
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler({ preHandler: undefined }, (request, reply) =>
    sendProblem(reply, problem(404, 'not_found', `no route ${request.method} ${request.url.split('?')[0]}`)),
  );

  await app.register(healthRoutes);
  await app.register(accountRoutes, { limits });
  await app.register(principalRoutes);
  await app.register(erasureRoutes);
  await app.register(workflowRoutes);
  await app.register(instanceRoutes);
  await app.register(viewsRoutes);
  await app.register(directoryRoutes);
  await app.register(eventsRoutes);
  await app.register(auditRoutes);
  await app.register(membersRoutes);
  await app.register(settingsRoutes);
  await app.register(collectionsRoutes);
  await app.register(reportsRoutes);
  await app.register(annualReportRoutes);
  await app.register(activitiesRoutes);
  await app.register(notificationsRoutes);
  await app.register(consoleRoutes);
  return app;
}
