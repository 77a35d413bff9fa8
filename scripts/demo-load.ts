/**
 * Loads the Haining 2018 demo organisation through the HTTP API of a server (a running one over
 * HTTP, or an app in this process: see demo-transport.ts), with the same commands a user sends, as
 * real principals and with business dates in `on`: settings, the 73 members who joined before 2018
 * (CSV import), the people who act, one retirement, 24 box collections, 14 suggestions, two
 * secondments and three applicants taken through the whole recruitment workflow. What the committee
 * closed is closed, with the dates it was closed on (the last suggestions answered in January 2019,
 * the secondments completed when their terms ended in 2019, the reserve cadres appointed), so
 * today's pending replies, inbox and overdue alerts start empty; the 2018 figures stay as reported.
 *
 * Loaded into an app in this process, the timers due by each step's date fire before it, as a server
 * would have fired them that year: a suggestion falls overdue before its late reply, an interim review
 * falls due before it is recorded, a term ends before the host unit's appraisal.
 *
 * A load that stopped half-way (killed, a lost connection) is finished by running it again. Every
 * command carries a fixed Idempotency-Key, so the server answers those it already recorded with
 * their stored result (the same instance ids) and records only what is missing; the settings and the
 * member import are looked at before they are sent; the demo's principals are found again by name
 * and given new tokens (their tokens were shown only to the run that created them).
 *
 * On a running server the scheduler fires the demo's timers as soon as they are set (their 2018 due
 * dates are long past): the load waits for a term to end by its timer, and a step that the
 * instance's own timer has already moved past (an interim review after the term ended) is left out
 * and named, never retried; the report is the same.
 *
 * It loads only into an empty organisation or one holding this demo: when other settings or members
 * are there it changes nothing and answers `refused`; when the demo is complete, `already_loaded`.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { OrganizationReport } from '../src/reports/organization.report.ts';
import { injectTransport, type DemoRequest, type DemoTransport } from './demo-transport.ts';
import {
  COMMITTEE,
  DEMO_APPLICANTS,
  DEMO_BOX,
  DEMO_BRANCHES,
  DEMO_COLLECTIONS,
  DEMO_EXPECTED_2018,
  DEMO_PRINCIPALS,
  DEMO_SECONDMENTS,
  DEMO_SETTINGS,
  DEMO_SUGGESTIONS,
  RETIREMENT_2018,
  type DemoApplicant,
  type DemoPrincipal,
  type DemoSecondment,
  type DemoSuggestion,
} from './demo-data/haining-2018.ts';
import { DEMO_ACTIVITIES } from './demo-data/haining-2018-annual.ts';
import { loadAnnualReportData } from './demo-load-annual.ts';

export const MEMBERS_CSV = new URL('./demo-data/members.csv', import.meta.url);
/** The first member of members.csv: how the demo's roster is recognised. */
const FIRST_MEMBER = { id: 'hn-001', name: '查宗仁' };
/** Every Idempotency-Key of the demo starts so; the rest names the step. */
const KEY_PREFIX = 'haining-2018';

/**
 * empty: nothing there; partial: a load of this demo stopped half-way; complete: the demo is there
 * (its last step, the year's last activity, is); other: another organisation's settings or members.
 */
export type DemoState = 'empty' | 'partial' | 'complete' | 'other';

export type DemoLoadResult =
  | {
      status: 'loaded';
      requests: number;
      resumed: number;
      /** Steps left out because the instance's timer had moved it on first ("secondment-1 RecordInterimReview"). */
      overtaken: string[];
      report: OrganizationReport;
      summary: string;
    }
  | { status: 'already_loaded' | 'refused'; message: string };

export interface DemoLoadOptions {
  /** Called as each phase advances. */
  progress?: (phase: string, done: number, total: number) => void;
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
  replayed?: boolean;
}

interface SettingsView {
  committeeSize: number;
  recruitmentQuota: number;
  branches: { id: string; name: string }[];
  version: number;
}

interface PrincipalRecord {
  id: string;
  name: string;
  roles: string[];
  memberId: string | null;
  branchId: string | null;
  hostUnit: string | null;
  revokedAt: string | null;
}

type Method = DemoRequest['method'];

interface CallOptions {
  body?: unknown;
  /** Sent as text/csv instead of JSON. */
  csv?: string;
  headers?: Record<string, string>;
  /** Statuses (besides 2xx) the caller handles itself. */
  accept?: readonly number[];
}

/** Busy or briefly unavailable (503): the same request again after a pause, a few times. */
const RETRIES_ON_503 = 3;
const RETRY_PAUSE_MS = 1_000;
/** How many pauses a load waits for a running server's scheduler to fire a due timer (it ticks every second by default). */
const TIMER_WAITS = 60;

/** Requests through a transport, each as a principal (by bearer token); counts them. */
class DemoClient {
  requests = 0;
  /** Commands the server answered from an earlier run's record (Idempotency-Key). */
  resumed = 0;
  constructor(private readonly transport: DemoTransport) {}

  async call<T>(token: string, method: Method, path: string, options: CallOptions = {}): Promise<{ status: number; json: T }> {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    let body: string | undefined;
    if (options.csv !== undefined) {
      headers['content-type'] = 'text/csv';
      body = options.csv;
    } else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    for (let attempt = 1; ; attempt++) {
      const res = await this.transport.send({ method, path, token, headers, ...(body === undefined ? {} : { body }) });
      this.requests += 1;
      if (res.status === 503 && attempt <= RETRIES_ON_503) {
        await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
        continue;
      }
      if (res.status >= 300 && !options.accept?.includes(res.status)) throw new DemoStepError(`${method} ${path}`, res.status, res.body);
      return { status: res.status, json: (res.body.length > 0 ? JSON.parse(res.body) : null) as T };
    }
  }

  /** The timers due by `day` fire first (in this process; a running server fires its own). */
  async timersDueBy(day: unknown): Promise<void> {
    if (typeof day === 'string') await this.transport.fireTimersDueBy?.(day);
  }

  async get<T>(token: string, path: string): Promise<T> {
    return (await this.call<T>(token, 'GET', path)).json;
  }

  /** A command with its Idempotency-Key: sent again, it is answered with what was recorded the first time. */
  async command(token: string, path: string, command: Record<string, unknown>, key: string): Promise<Created> {
    const { json } = await this.call<Created>(token, 'POST', path, { body: command, headers: { 'idempotency-key': `${KEY_PREFIX}/${key}` } });
    if (json.replayed) this.resumed += 1;
    return json;
  }
}

type Tokens = Map<string, { id: string; token: string }>;

/** One loading run: the client, the principals' tokens, progress. */
class DemoRun {
  readonly overtaken: string[] = [];

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

  /** A keyed command to a route that starts an instance of its own (POST /collections, POST /activities). */
  startAt(as: string, path: string, command: Record<string, unknown>, key: string): Promise<Created> {
    return this.client.command(this.who(as).token, path, command, key);
  }

  /**
   * The commands of one instance, `label` naming it in the keys: each step's key is its place in
   * the instance's fixed sequence, so a second run sends every step under the same key.
   */
  instance(workflow: string, label: string): DemoInstance {
    return new DemoInstance(this, workflow, label);
  }
}

class DemoInstance {
  private steps = 0;
  private id: string | null;

  constructor(
    private readonly run: DemoRun,
    private readonly workflow: string,
    private readonly label: string,
    id: string | null = null,
  ) {
    this.id = id;
  }

  private key(command: Record<string, unknown>): string {
    this.steps += 1;
    return `${this.label}/${this.steps}-${String(command.type)}`;
  }

  async start(as: string, command: Record<string, unknown>): Promise<void> {
    await this.run.client.timersDueBy(command.on);
    const created = await this.run.client.command(this.run.who(as).token, `/workflows/${this.workflow}/instances`, command, this.key(command));
    this.id = created.id;
  }

  async send(as: string, command: Record<string, unknown>): Promise<void> {
    if (this.id === null) throw new Error(`${this.label}: a command before the instance was started`);
    await this.run.client.timersDueBy(command.on);
    try {
      await this.run.client.command(this.run.who(as).token, `/workflows/${this.workflow}/instances/${this.id}/commands`, command, this.key(command));
    } catch (error) {
      if (!(await this.overtakenByTimer(this.id, error))) throw error;
      this.run.overtaken.push(`${this.label} ${String(command.type)}`);
    }
  }

  /**
   * Waits until the instance's own timer has moved it to `state` (a term that ended on its day):
   * the timers due by `on` fire here, or a running server's scheduler fires them.
   */
  async reached(state: string, on: string): Promise<void> {
    if (this.id === null) throw new Error(`${this.label}: waiting for ${state} before the instance was started`);
    await this.run.client.timersDueBy(on);
    const path = `/workflows/${this.workflow}/instances/${this.id}`;
    let current = '';
    for (let attempt = 0; attempt < TIMER_WAITS; attempt++) {
      current = (await this.run.client.get<{ state: string }>(this.run.who('office').token, path)).state;
      if (current === state) return;
      await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
    }
    throw new Error(
      `${this.label} is still ${current}, not ${state}: the server's timers have not fired (is its scheduler running?); ` +
        'run the demo again once they have: what it already recorded is kept',
    );
  }

  /** Refused as not allowed in the state the instance's own timer (the system actor) moved it to last. */
  private async overtakenByTimer(id: string, error: unknown): Promise<boolean> {
    if (!(error instanceof DemoStepError) || error.status !== 422) return false;
    if ((JSON.parse(error.body) as { code?: unknown }).code !== 'command_not_allowed') return false;
    const history = await this.run.client.get<{ events: { actor: { role: string } }[] }>(
      this.run.who('office').token,
      `/workflows/${this.workflow}/instances/${id}/history`,
    );
    return history.events[history.events.length - 1]?.actor.role === 'system';
  }

  /** An instance that exists already under a known id (a member of the imported roster). */
  static existing(run: DemoRun, workflow: string, id: string, label: string): DemoInstance {
    return new DemoInstance(run, workflow, label, id);
  }
}

async function admit(run: DemoRun, a: DemoApplicant, n: number): Promise<void> {
  const i = run.instance('recruitment', `recruitment-${n}`);
  await i.start('office', {
    type: 'SubmitApplication',
    on: a.receivedOn,
    receivedOn: a.receivedOn,
    branchId: a.branchId,
    applicant: a.applicant,
  });
  await i.send('office', { type: 'PassQualification', on: a.qualifiedOn });
  await i.send('office', { type: 'AssignContact', on: a.contact.on, memberId: a.contact.memberId });
  await i.send('office', { type: 'RecordInvestigation', ...a.investigation, outcome: 'positive' });
  await i.send('office', { type: 'CompleteCultivation', on: a.cultivationCompletedOn });
  for (const sponsor of a.sponsors) await i.send(sponsor.key, { type: 'EndorseAsSponsor', on: sponsor.on, opinion: sponsor.opinion });
  await i.send(a.branchChair, { type: 'RecordBranchVote', ...a.branchVote });
  for (const key of COMMITTEE) {
    const decision = a.votes.decisions[key];
    if (decision) await i.send(key, { type: 'CastVote', on: a.votes.on, decision });
  }
  await i.send('chair', { type: 'CloseVote', on: a.votes.on });
  await i.send('city', { type: 'ApproveAdmission', ...a.approval });
  await i.send('office', { type: 'RecordInduction', on: a.inductionOn, ceremonyOn: a.inductionOn });
}

async function second(run: DemoRun, s: DemoSecondment, n: number): Promise<void> {
  const i = run.instance('secondment', `secondment-${n}`);
  await i.start('office', { type: 'ProposeSecondment', ...s.proposal });
  await i.send('chair', { type: 'ApproveNomination', on: s.nominationApprovedOn });
  await i.send('unitedFront', { type: 'ApproveByUnitedFront', on: s.unitedFrontApprovedOn });
  await i.send(s.host, { type: 'AcceptByHost', on: s.hostAcceptedOn });
  await i.send('office', { type: 'Dispatch', on: s.dispatchedOn, reportedOn: s.dispatchedOn });
  for (const review of s.interimReviews) await i.send('unitedFront', { type: 'RecordInterimReview', ...review });
  // The term ends by the instance's own timer; then the host unit's appraisal, the final grade, the close.
  const { hostAppraisal, finalAssessment, completedOn } = s.termEnd;
  await i.reached('final_assessment', hostAppraisal.on);
  await i.send(s.host, { type: 'RecordHostAppraisal', ...hostAppraisal });
  await i.send('unitedFront', { type: 'RecordFinalAssessment', ...finalAssessment });
  await i.send('office', { type: 'CompleteSecondment', on: completedOn });
}

async function handleSuggestion(run: DemoRun, s: DemoSuggestion, n: number, collections: Map<string, string>): Promise<void> {
  const collectionId = s.channel === 'box' ? collections.get(s.receivedOn) : undefined;
  const i = run.instance('suggestion', `suggestion-${n}`);
  await i.start('manager', {
    type: 'RegisterSuggestion',
    on: s.registeredOn ?? s.receivedOn,
    receivedOn: s.receivedOn,
    channel: s.channel,
    category: s.category,
    content: s.content,
    ...(s.anonymous ? { anonymous: true } : { submitter: s.submitter }),
    ...(collectionId ? { collectionId } : {}),
  });
  if (s.assign) await i.send('manager', { type: 'AssignHandler', on: s.assign.on, principalId: run.who(s.assign.handler).id });
  const handler = s.assign?.handler ?? 'manager';
  if (s.extension) {
    const { requestedOn, days, reason, approvedOn } = s.extension;
    await i.send(handler, { type: 'RequestExtension', on: requestedOn, days, reason });
    await i.send('chair', { type: 'ApproveExtension', on: approvedOn });
  }
  if (s.reply) await i.send(handler, { type: 'Reply', ...s.reply });
  if (s.satisfiedOn) await i.send('manager', { type: 'RecordSatisfaction', on: s.satisfiedOn, satisfied: true });
  if (s.closedOn) await i.send('manager', { type: 'Close', on: s.closedOn });
}

function isDemoSettings(settings: SettingsView): boolean {
  return (
    settings.committeeSize === DEMO_SETTINGS.committeeSize &&
    settings.recruitmentQuota === DEMO_SETTINGS.recruitmentQuota &&
    JSON.stringify(settings.branches.map(({ id, name }) => ({ id, name }))) === JSON.stringify(DEMO_BRANCHES)
  );
}

async function demoRoster(client: DemoClient, adminToken: string): Promise<'none' | 'demo' | 'other'> {
  const any = await client.get<{ items: unknown[] }>(adminToken, '/members?limit=1');
  if (any.items.length === 0) return 'none';
  const first = await client.call<{ name: string }>(adminToken, 'GET', `/members/${FIRST_MEMBER.id}`, { accept: [404] });
  return first.status === 200 && first.json.name === FIRST_MEMBER.name ? 'demo' : 'other';
}

/** What the organisation holds, seen through the API as the admin. */
export async function demoState(transport: DemoTransport, adminToken: string): Promise<DemoState> {
  return stateOf(new DemoClient(transport), adminToken);
}

async function stateOf(client: DemoClient, adminToken: string): Promise<DemoState> {
  const settings = await client.get<SettingsView>(adminToken, '/admin/settings');
  const roster = await demoRoster(client, adminToken);
  if ((settings.version > 0 && !isDemoSettings(settings)) || roster === 'other') return 'other';
  if (settings.version === 0 && roster === 'none') return 'empty';
  return (await lastStepDone(client, adminToken)) ? 'complete' : 'partial';
}

/** The load's steps run one after another and the activities come last: once all are there, so is the rest. */
async function lastStepDone(client: DemoClient, adminToken: string): Promise<boolean> {
  const { items } = await client.get<{ items: unknown[] }>(adminToken, `/workflows/activity/instances?limit=${DEMO_ACTIVITIES.length}`);
  return items.length === DEMO_ACTIVITIES.length;
}

/** The demo's settings, unless an earlier run recorded them (If-Match "0": only onto never-changed settings). */
async function loadSettings(client: DemoClient, adminToken: string): Promise<void> {
  const current = await client.get<SettingsView>(adminToken, '/admin/settings');
  if (current.version > 0) return;
  const put = await client.call<SettingsView>(adminToken, 'PUT', '/admin/settings', { body: DEMO_SETTINGS, headers: { 'if-match': '"0"' }, accept: [409] });
  if (put.status === 409 && !isDemoSettings(await client.get<SettingsView>(adminToken, '/admin/settings'))) {
    throw new DemoStepError('PUT /admin/settings', 409, 'the settings were changed by someone else during the load');
  }
}

/** The roster, unless an earlier run imported it (the import is one transaction: all members or none). */
async function loadMembers(client: DemoClient, adminToken: string): Promise<number> {
  const csv = readFileSync(MEMBERS_CSV, 'utf8');
  const rows = csv.trim().split('\n').length - 1;
  if ((await demoRoster(client, adminToken)) === 'demo') return rows;
  const imported = await client.call<{ imported: number }>(adminToken, 'POST', '/members/import', { csv, accept: [409] });
  if (imported.status === 409 && (await demoRoster(client, adminToken)) !== 'demo') {
    throw new DemoStepError('POST /members/import', 409, JSON.stringify(imported.json));
  }
  return rows;
}

function sameRecord(p: DemoPrincipal, r: PrincipalRecord): boolean {
  return (
    r.revokedAt === null &&
    r.name === p.name &&
    [...r.roles].sort().join() === [...p.roles].sort().join() &&
    r.memberId === (p.memberId ?? null) &&
    r.branchId === (p.branchId ?? null) &&
    r.hostUnit === (p.hostUnit ?? null)
  );
}

/** The people who act: created, or (after a run that stopped) found by name and given new tokens. */
async function loadPrincipals(client: DemoClient, adminToken: string, progress: DemoLoadOptions['progress']): Promise<Tokens> {
  const { principals } = await client.get<{ principals: PrincipalRecord[] }>(adminToken, '/admin/principals');
  const tokens: Tokens = new Map();
  for (const [i, p] of DEMO_PRINCIPALS.entries()) {
    const earlier = principals.find((r) => sameRecord(p, r));
    const { json } = earlier
      ? await client.call<{ id: string; token: string }>(adminToken, 'POST', `/admin/principals/${earlier.id}/token`)
      : await client.call<{ id: string; token: string }>(adminToken, 'POST', '/admin/principals', {
          body: {
            name: p.name,
            roles: p.roles,
            ...(p.memberId ? { memberId: p.memberId } : {}),
            ...(p.branchId ? { branchId: p.branchId } : {}),
            ...(p.hostUnit ? { hostUnit: p.hostUnit } : {}),
          },
        });
    tokens.set(p.key, { id: json.id, token: json.token });
    progress?.('principals', i + 1, DEMO_PRINCIPALS.length);
  }
  return tokens;
}

async function loadWork(run: DemoRun): Promise<void> {
  await DemoInstance.existing(run, 'member', RETIREMENT_2018.memberId, `retirement-${RETIREMENT_2018.memberId}`).send('office', {
    type: 'RecordRetirement',
    on: RETIREMENT_2018.on,
    comment: RETIREMENT_2018.comment,
  });

  const collections = new Map<string, string>();
  for (const [i, c] of DEMO_COLLECTIONS.entries()) {
    const created = await run.startAt('manager', '/collections', { box: DEMO_BOX, ...c }, `collection-${c.collectedOn}`);
    collections.set(c.collectedOn, created.id);
    run.tick('box collections', i + 1, DEMO_COLLECTIONS.length);
  }
  for (const [i, s] of DEMO_SUGGESTIONS.entries()) {
    await handleSuggestion(run, s, i + 1, collections);
    run.tick('suggestions', i + 1, DEMO_SUGGESTIONS.length);
  }
  for (const [i, s] of DEMO_SECONDMENTS.entries()) {
    await second(run, s, i + 1);
    run.tick('secondments', i + 1, DEMO_SECONDMENTS.length);
  }
  for (const [i, a] of DEMO_APPLICANTS.entries()) {
    await admit(run, a, i + 1);
    run.tick('recruitment', i + 1, DEMO_APPLICANTS.length);
  }
  // Last: the year's activities, the sign of a complete load (lastStepDone).
  await loadAnnualReportData(run);
}

export function summaryLine(report: OrganizationReport, requests: number, resumed = 0, overtaken: readonly string[] = []): string {
  const s = report.suggestions;
  return (
    `Haining 2018 demo loaded (${requests} requests${resumed > 0 ? `; ${resumed} commands were already recorded by an earlier run` : ''}). ` +
    `As of ${report.asOf}: ${report.members} members ` +
    `(${report.working} working, ${report.retired} retired), ${report.admissions.count} admitted in ${report.admissions.year}, ` +
    `${report.branches.length} branches, ${DEMO_SECONDMENTS.length} secondments, ${s.received} suggestions ` +
    `(${s.pending} pending, ${s.overdue} overdue), ${DEMO_COLLECTIONS.length} box collections.` +
    (overtaken.length > 0 ? ` Left out, the server's timers had moved the instance on first: ${overtaken.join(', ')}.` : '')
  );
}

/** Loads (or finishes loading) the demo through `transport`, as the admin holding `adminToken`. */
export async function loadHainingDemo(transport: DemoTransport, adminToken: string, options: DemoLoadOptions = {}): Promise<DemoLoadResult> {
  const client = new DemoClient(transport);
  const state = await stateOf(client, adminToken);
  if (state === 'complete') {
    return { status: 'already_loaded', message: 'The Haining 2018 demo is already loaded; nothing was changed.' };
  }
  if (state === 'other') {
    return {
      status: 'refused',
      message: 'Refused: this database already holds organisation settings or members. The demo loads only into an empty organisation; nothing was changed.',
    };
  }
  await loadSettings(client, adminToken);
  options.progress?.('settings', 1, 1);
  const members = await loadMembers(client, adminToken);
  options.progress?.('members', members, members);
  const tokens = await loadPrincipals(client, adminToken, options.progress);
  const run = new DemoRun(client, tokens, options.progress);
  await loadWork(run);
  const report = await client.get<OrganizationReport>(run.who('office').token, `/reports/organization?asOf=${DEMO_EXPECTED_2018.asOf}`);
  const { requests, resumed } = client;
  return { status: 'loaded', requests, resumed, overtaken: run.overtaken, report, summary: summaryLine(report, requests, resumed, run.overtaken) };
}

/**
 * The demo into an app in this process. Without an admin token, a loader principal (admin) is
 * created for the load and revoked at the end, so a later first start still bootstraps an admin.
 */
export async function loadHainingDemoInto(app: FastifyInstance, options: DemoLoadOptions & { adminToken?: string } = {}): Promise<DemoLoadResult> {
  if (options.adminToken) return loadHainingDemo(injectTransport(app), options.adminToken, options);
  const { principals } = app.docket;
  const loader = await principals.create({ name: '演示数据加载器', roles: ['admin'] }, 'demo');
  try {
    return await loadHainingDemo(injectTransport(app), loader.token, options);
  } finally {
    await principals.revoke(loader.id);
  }
}
