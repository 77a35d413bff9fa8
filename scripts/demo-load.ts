/**
 * Loads the Haining 2018 demo organisation into an app, through the same HTTP commands a user
 * sends (app.inject with real principals and business dates in `on`): settings, the 73 members
 * who joined before 2018 (CSV import), one retirement, 24 box collections, 14 suggestions, two
 * secondments and three applicants taken through the whole recruitment workflow.
 *
 * It loads only into an empty organisation: when settings or members exist it changes nothing and
 * answers `already_loaded` (this demo is there) or `refused` (some other organisation is there).
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/schema.ts';
import type { OrganizationReport } from '../src/reports/organization.report.ts';
import {
  COMMITTEE,
  DEMO_APPLICANTS,
  DEMO_BOX,
  DEMO_COLLECTIONS,
  DEMO_PRINCIPALS,
  DEMO_SECONDMENTS,
  DEMO_SETTINGS,
  DEMO_SUGGESTIONS,
  RETIREMENT_2018,
  type DemoApplicant,
  type DemoSecondment,
  type DemoSuggestion,
} from './demo-data/haining-2018.ts';
import { loadAnnualReportData } from './demo-load-annual.ts';

export const MEMBERS_CSV = new URL('./demo-data/members.csv', import.meta.url);
/** The first member of members.csv: how a loaded demo is recognised. */
const FIRST_MEMBER = { id: 'hn-001', name: '查宗仁' };

export type DemoState = 'empty' | 'demo' | 'other';

export type DemoLoadResult =
  | { status: 'loaded'; requests: number; report: OrganizationReport; summary: string }
  | { status: 'already_loaded' | 'refused'; message: string };

export interface DemoLoadOptions {
  /** An admin token to load with; without it a loader principal is created and revoked at the end. */
  adminToken?: string;
  /** Called as each phase advances. */
  progress?: (phase: string, done: number, total: number) => void;
}

/** Whether the organisation is empty, holds this demo, or holds something else. */
export async function demoState(db: Kysely<Database>): Promise<DemoState> {
  const existing = await db
    .selectFrom('streams')
    .select('stream_id')
    .where((eb) => eb.or([eb('stream_id', '=', 'settings/organization'), eb('workflow', '=', 'member')]))
    .limit(1)
    .executeTakeFirst();
  if (!existing) return 'empty';
  const first = await db
    .selectFrom('view_members')
    .select('id')
    .where('id', '=', FIRST_MEMBER.id)
    .where('name', '=', FIRST_MEMBER.name)
    .executeTakeFirst();
  return first ? 'demo' : 'other';
}

export class DemoStepError extends Error {
  constructor(
    readonly step: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`demo step "${step}" failed with HTTP ${status}: ${body.slice(0, 500)}`);
    this.name = 'DemoStepError';
  }
}

interface Created {
  id: string;
}

/** HTTP through app.inject, each request as a principal (by bearer token). */
class DemoClient {
  requests = 0;
  constructor(private readonly app: FastifyInstance) {}

  async call<T>(token: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, contentType?: string): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    let payload: string | undefined;
    if (body !== undefined) {
      headers['content-type'] = contentType ?? 'application/json';
      payload = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const res = await this.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
    this.requests += 1;
    if (res.statusCode >= 300) throw new DemoStepError(`${method} ${url}`, res.statusCode, res.body);
    return res.json<T>();
  }
}

type Tokens = Map<string, { id: string; token: string }>;

/** One loading run: the client, the principals' tokens, progress. */
class DemoRun {
  constructor(
    readonly client: DemoClient,
    readonly tokens: Tokens,
    private readonly progress: DemoLoadOptions['progress'],
  ) {}

  who(key: string): { id: string; token: string } {
    const found = this.tokens.get(key);
    if (!found) throw new Error(`demo data names an unknown principal ${key}`);
    return found;
  }

  tick(phase: string, done: number, total: number): void {
    this.progress?.(phase, done, total);
  }

  start(workflow: string, as: string, command: Record<string, unknown>): Promise<Created> {
    return this.client.call<Created>(this.who(as).token, 'POST', `/workflows/${workflow}/instances`, command);
  }

  send(workflow: string, id: string, as: string, command: Record<string, unknown>): Promise<unknown> {
    return this.client.call(this.who(as).token, 'POST', `/workflows/${workflow}/instances/${id}/commands`, command);
  }
}

async function admit(run: DemoRun, a: DemoApplicant): Promise<void> {
  const { id } = await run.start('recruitment', 'office', {
    type: 'SubmitApplication',
    on: a.receivedOn,
    receivedOn: a.receivedOn,
    branchId: a.branchId,
    applicant: a.applicant,
  });
  const send = (as: string, command: Record<string, unknown>) => run.send('recruitment', id, as, command);
  await send('office', { type: 'PassQualification', on: a.qualifiedOn });
  await send('office', { type: 'AssignContact', on: a.contact.on, memberId: a.contact.memberId });
  await send('office', { type: 'RecordInvestigation', ...a.investigation, outcome: 'positive' });
  await send('office', { type: 'CompleteCultivation', on: a.cultivationCompletedOn });
  for (const sponsor of a.sponsors) await send(sponsor.key, { type: 'EndorseAsSponsor', on: sponsor.on, opinion: sponsor.opinion });
  await send(a.branchChair, { type: 'RecordBranchVote', ...a.branchVote });
  for (const key of COMMITTEE) {
    const decision = a.votes.decisions[key];
    if (decision) await send(key, { type: 'CastVote', on: a.votes.on, decision });
  }
  await send('chair', { type: 'CloseVote', on: a.votes.on });
  await send('city', { type: 'ApproveAdmission', ...a.approval });
  await send('office', { type: 'RecordInduction', on: a.inductionOn, ceremonyOn: a.inductionOn });
}

async function second(run: DemoRun, s: DemoSecondment): Promise<void> {
  const { id } = await run.start('secondment', 'office', { type: 'ProposeSecondment', ...s.proposal });
  const send = (as: string, command: Record<string, unknown>) => run.send('secondment', id, as, command);
  await send('chair', { type: 'ApproveNomination', on: s.nominationApprovedOn });
  await send('unitedFront', { type: 'ApproveByUnitedFront', on: s.unitedFrontApprovedOn });
  await send(s.host, { type: 'AcceptByHost', on: s.hostAcceptedOn });
  await send('office', { type: 'Dispatch', on: s.dispatchedOn, reportedOn: s.dispatchedOn });
  if (s.interimReview) await send('unitedFront', { type: 'RecordInterimReview', ...s.interimReview });
}

async function handleSuggestion(run: DemoRun, s: DemoSuggestion, collections: Map<string, string>): Promise<void> {
  const collectionId = s.channel === 'box' ? collections.get(s.receivedOn) : undefined;
  const { id } = await run.start('suggestion', 'manager', {
    type: 'RegisterSuggestion',
    on: s.registeredOn ?? s.receivedOn,
    receivedOn: s.receivedOn,
    channel: s.channel,
    category: s.category,
    content: s.content,
    ...(s.anonymous ? { anonymous: true } : { submitter: s.submitter }),
    ...(collectionId ? { collectionId } : {}),
  });
  const send = (as: string, command: Record<string, unknown>) => run.send('suggestion', id, as, command);
  if (s.assign) await send('manager', { type: 'AssignHandler', on: s.assign.on, principalId: run.who(s.assign.handler).id });
  const handler = s.assign?.handler ?? 'manager';
  if (s.extension) {
    const { requestedOn, days, reason, approvedOn } = s.extension;
    await send(handler, { type: 'RequestExtension', on: requestedOn, days, reason });
    await send('chair', { type: 'ApproveExtension', on: approvedOn });
  }
  if (s.reply) await send(handler, { type: 'Reply', ...s.reply });
  if (s.satisfiedOn) await send('manager', { type: 'RecordSatisfaction', on: s.satisfiedOn, satisfied: true });
  if (s.closedOn) await send('manager', { type: 'Close', on: s.closedOn });
}

async function loadAll(run: DemoRun, adminToken: string, membersCsv: string): Promise<void> {
  const admin = adminToken;
  await run.client.call(admin, 'PUT', '/admin/settings', DEMO_SETTINGS);
  run.tick('settings', 1, 1);

  const imported = await run.client.call<{ imported: number }>(admin, 'POST', '/members/import', membersCsv, 'text/csv');
  run.tick('members', imported.imported, imported.imported);
  await run.send('member', RETIREMENT_2018.memberId, 'office', { type: 'RecordRetirement', on: RETIREMENT_2018.on, comment: RETIREMENT_2018.comment });

  const collections = new Map<string, string>();
  for (const [i, c] of DEMO_COLLECTIONS.entries()) {
    const created = await run.client.call<Created>(run.who('manager').token, 'POST', '/collections', { box: DEMO_BOX, ...c });
    collections.set(c.collectedOn, created.id);
    run.tick('box collections', i + 1, DEMO_COLLECTIONS.length);
  }
  for (const [i, s] of DEMO_SUGGESTIONS.entries()) {
    await handleSuggestion(run, s, collections);
    run.tick('suggestions', i + 1, DEMO_SUGGESTIONS.length);
  }
  for (const [i, s] of DEMO_SECONDMENTS.entries()) {
    await second(run, s);
    run.tick('secondments', i + 1, DEMO_SECONDMENTS.length);
  }
  for (const [i, a] of DEMO_APPLICANTS.entries()) {
    await admit(run, a);
    run.tick('recruitment', i + 1, DEMO_APPLICANTS.length);
  }
  await loadAnnualReportData(run);
}

export function summaryLine(report: OrganizationReport, requests: number): string {
  const s = report.suggestions;
  return (
    `Haining 2018 demo loaded (${requests} requests). As of ${report.asOf}: ${report.members} members ` +
    `(${report.working} working, ${report.retired} retired), ${report.admissions.count} admitted in ${report.admissions.year}, ` +
    `${report.branches.length} branches, ${DEMO_SECONDMENTS.length} secondments, ${s.received} suggestions ` +
    `(${s.pending} pending, ${s.overdue} overdue), ${DEMO_COLLECTIONS.length} box collections.`
  );
}

export async function loadHainingDemo(app: FastifyInstance, options: DemoLoadOptions = {}): Promise<DemoLoadResult> {
  const { database, principals } = app.docket;
  const state = await demoState(database.db);
  if (state === 'demo') {
    return { status: 'already_loaded', message: 'The Haining 2018 demo is already loaded; nothing was changed.' };
  }
  if (state === 'other') {
    return {
      status: 'refused',
      message: 'Refused: this database already holds organisation settings or members. The demo loads only into an empty organisation; nothing was changed.',
    };
  }
  const membersCsv = readFileSync(MEMBERS_CSV, 'utf8');
  const loader = options.adminToken ? null : await principals.create({ name: '演示数据加载器', roles: ['admin'] }, 'demo');
  const adminToken = options.adminToken ?? loader?.token ?? '';
  const client = new DemoClient(app);
  let failed = false;
  try {
    const tokens: Tokens = new Map();
    for (const [i, p] of DEMO_PRINCIPALS.entries()) {
      const created = await client.call<{ id: string; token: string }>(adminToken, 'POST', '/admin/principals', {
        name: p.name,
        roles: p.roles,
        ...(p.memberId ? { memberId: p.memberId } : {}),
        ...(p.branchId ? { branchId: p.branchId } : {}),
        ...(p.hostUnit ? { hostUnit: p.hostUnit } : {}),
      });
      tokens.set(p.key, { id: created.id, token: created.token });
      options.progress?.('principals', i + 1, DEMO_PRINCIPALS.length);
    }
    const run = new DemoRun(client, tokens, options.progress);
    await loadAll(run, adminToken, membersCsv);
    const report = await client.call<OrganizationReport>(run.who('office').token, 'GET', '/reports/organization?asOf=2018-12-31');
    return { status: 'loaded', requests: client.requests, report, summary: summaryLine(report, client.requests) };
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    // The loader's own admin principal is revoked, so a later first start still bootstraps an admin.
    if (loader) {
      await client.call(adminToken, 'DELETE', `/admin/principals/${loader.id}`).catch((error: unknown) => {
        if (!failed) throw error;
      });
    }
  }
}
