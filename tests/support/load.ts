/**
 * Concurrent HTTP writers against one or more Docket servers: each writer registers a suggestion
 * (RegisterSuggestion → 201) and assigns it a handler (AssignHandler → 200), again and again,
 * remembering every event a 2xx answer acknowledged, and tallying every answer by status.
 */
import { http, type HttpResult } from './child-server.ts';

export interface Ack {
  id: string;
  version: number;
  type: string;
}

export interface Answer {
  phase: string;
  command: 'RegisterSuggestion' | 'AssignHandler';
  status: number;
  code: string | null;
  problemJson: boolean;
  error?: string;
}

export interface LoadOptions {
  /** Base URLs; writer i sends its registration to targets[i % n] and the assignment to the next one. */
  targets: string[];
  managerToken: string;
  handlerId: string;
  writers: number;
  /** The `receivedOn` of the n-th registration (an old date makes its reply deadline due at once). */
  receivedOn?: (n: number) => string;
  /** Whether the n-th registration also gets AssignHandler (default: all). */
  assign?: (n: number) => boolean;
  timeoutMs?: number;
}

const problemCode = (r: HttpResult): string | null =>
  r.body !== null && typeof r.body === 'object' && typeof (r.body as { code?: unknown }).code === 'string' ? (r.body as { code: string }).code : null;

export const yesterday = (): string => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

export class SuggestionLoad {
  readonly acks: Ack[] = [];
  readonly answers: Answer[] = [];
  /** Instance ids whose registration was acknowledged, in order. */
  readonly registered: string[] = [];
  phase = 'load';
  private stopping = false;
  private registrations = 0;
  private workers: Promise<void>[] = [];
  private waiters: (() => void)[] = [];

  constructor(private readonly options: LoadOptions) {}

  start(): void {
    this.workers = Array.from({ length: this.options.writers }, (_, i) => this.writer(i));
  }

  /** Lets in-flight requests finish and returns when every writer has stopped. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.workers);
  }

  /** Tells the writers to send nothing more (e.g. right before a kill), without waiting. */
  halt(): void {
    this.stopping = true;
  }

  count(predicate: (a: Answer) => boolean): number {
    return this.answers.reduce((n, a) => (predicate(a) ? n + 1 : n), 0);
  }

  /** Resolves once `predicate` holds (checked after every answer); rejects after `timeoutMs`. */
  waitFor(predicate: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== check);
        reject(new Error(`timed out waiting for ${what} (${this.acks.length} acks, ${this.answers.length} answers)`));
      }, timeoutMs);
      const check = () => {
        if (!predicate()) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== check);
        resolve();
      };
      this.waiters.push(check);
    });
  }

  private record(command: Answer['command'], result: HttpResult): void {
    const answer: Answer = {
      phase: this.phase,
      command,
      status: result.status,
      code: problemCode(result),
      problemJson: result.contentType.startsWith('application/problem+json'),
    };
    if (result.error) answer.error = result.error;
    this.answers.push(answer);
    if (result.status >= 200 && result.status < 300) {
      const body = result.body as { id: string; events: { version: number; type: string }[] };
      for (const e of body.events) this.acks.push({ id: body.id, version: e.version, type: e.type });
    }
    for (const w of [...this.waiters]) w();
  }

  private async writer(i: number): Promise<void> {
    const { targets, managerToken, handlerId } = this.options;
    const timeoutMs = this.options.timeoutMs ?? 10_000;
    let turn = 0;
    while (!this.stopping) {
      const n = this.registrations++;
      const target = targets[(i + turn) % targets.length] ?? '';
      const other = targets[(i + turn + 1) % targets.length] ?? target;
      turn += 1;
      const registered = await http(target, {
        method: 'POST',
        path: '/workflows/suggestion/instances',
        token: managerToken,
        timeoutMs,
        body: {
          type: 'RegisterSuggestion',
          receivedOn: this.options.receivedOn?.(n) ?? yesterday(),
          channel: 'online',
          category: 'load',
          content: `suggestion ${n} from writer ${i}`,
          submitter: { name: `Writer ${i}`, contact: `writer${i}@example.org` },
        },
      });
      this.record('RegisterSuggestion', registered);
      if (registered.status === 0) await pause(50); // server unreachable: do not spin
      if (registered.status !== 201 || this.stopping) continue;
      const id = (registered.body as { id: string }).id;
      this.registered.push(id);
      if (this.options.assign && !this.options.assign(n)) continue;
      const assigned = await http(other, {
        method: 'POST',
        path: `/workflows/suggestion/instances/${id}/commands`,
        token: managerToken,
        timeoutMs,
        body: { type: 'AssignHandler', principalId: handlerId },
      });
      this.record('AssignHandler', assigned);
      if (assigned.status === 0) await pause(50);
    }
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
