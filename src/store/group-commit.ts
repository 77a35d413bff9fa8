/**
 * Group commit: the commits of concurrent commands share one statement and one transaction.
 *
 * A commit goes out at once when no statement is running; otherwise it waits, and everything that
 * waited goes out together (up to `maxBatch`) when the running one returns — or in a statement of
 * its own once `spillAt` commits wait, up to `maxInFlight` statements at once (on PGlite, which
 * answers within the same thread, the first commit also waits one event-loop turn for the others:
 * `gatherOneTurn`). So an idle server adds no delay, and a busy one makes one round trip, one
 * transaction and one WAL flush for many commands instead of one each (issue 7: the profile showed
 * most of the server's time in socket writes to PostgreSQL and most of PostgreSQL's in
 * per-transaction work).
 *
 * A batch whose order cannot matter (every stream, timer, read-view row and retry key at most
 * once; see commit-set.ts) is written with one statement per table (docket_commit_set), all of it
 * or none of it; if PostgreSQL refuses that statement, the batch goes again the per-payload way
 * (if no answer comes, the batch is rejected as it is: it may have committed). There each payload
 * runs in its own subtransaction (docket_commit_many), so a refusal (a version conflict, a revoked
 * principal) rolls back that command alone. A payload that lost a deadlock or a serialization
 * failure (its subtransaction, or the whole statement, rolled back) is committed
 * again on its own, as it would have been without grouping.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { commit, commitMany, type CommitOutcome, type CommitPayload } from './commit.ts';
import { commitSet, outcomesOfSet, toCommitSet } from './commit-set.ts';

export interface GroupCommitOptions {
  /** Statements running at once (each holds one pooled connection; default 2). */
  maxInFlight?: number;
  /** Payloads per statement at most (default 64). */
  maxBatch?: number;
  /**
   * While a statement runs, another one starts only once this many commits wait (default 16):
   * below that they wait and go together, one statement instead of several (each statement costs
   * the server ~1 ms of CPU in the driver and the socket, measured); above it, or while a statement
   * is stuck behind a lock, the next lane opens.
   */
  spillAt?: number;
  /**
   * Wait one turn of the event loop (setImmediate) before sending when no statement is running, so
   * the commits of requests that arrived together go as one statement. For an in-process database
   * (PGlite): it answers before the next request is even parsed, so "send at once when idle" sent
   * every commit alone (6,600 statements for 6,600 commits under benchmark 3), one transaction and
   * one WAL flush each. Default false: a server database is asked at once.
   */
  gatherOneTurn?: boolean;
  /**
   * Write eligible batches with one statement per table (docket_commit_set; default true): half of
   * PostgreSQL's CPU a command of the per-payload path, measured (migrations/0012). False: every
   * batch goes the per-payload way (tests of that path).
   */
  setBased?: boolean;
}

interface Waiting {
  payload: CommitPayload;
  resolve: (outcome: CommitOutcome) => void;
  reject: (error: unknown) => void;
}

const RETRY_ALONE = new Set(['40P01', '40001']);

/**
 * PostgreSQL refused the statement and the session goes on (an ErrorResponse of severity ERROR:
 * pg's and PGlite's errors carry it), so its transaction was rolled back. A FATAL one ends the
 * session (a terminated backend), and like no answer at all it leaves the outcome unknown.
 */
const refusedByDatabase = (error: unknown): boolean => (error as { severity?: unknown } | null)?.severity === 'ERROR';

export class GroupCommit {
  private readonly waiting: Waiting[] = [];
  private inFlight = 0;
  /**
   * Statements sent, payloads they carried, payloads committed alone after a deadlock, batches
   * written set-based, and set-based statements that failed (their batch then went per payload).
   */
  readonly stats = { statements: 0, payloads: 0, largest: 0, retriedAlone: 0, setBased: 0, setFailed: 0 };
  private readonly maxInFlight: number;
  private readonly maxBatch: number;
  private readonly spillAt: number;
  private readonly gatherOneTurn: boolean;
  private readonly setBased: boolean;
  private gathering = false;

  constructor(
    private readonly db: Kysely<Database>,
    options: GroupCommitOptions = {},
  ) {
    this.maxInFlight = options.maxInFlight ?? 2;
    this.maxBatch = options.maxBatch ?? 64;
    this.spillAt = options.spillAt ?? 16;
    this.gatherOneTurn = options.gatherOneTurn ?? false;
    this.setBased = options.setBased ?? true;
  }

  commit(payload: CommitPayload): Promise<CommitOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ payload, resolve, reject });
      if (this.gatherOneTurn && this.inFlight === 0) this.gather();
      else this.pump();
    });
  }

  private gather(): void {
    if (this.gathering) return;
    this.gathering = true;
    setImmediate(() => {
      this.gathering = false;
      this.pump();
    });
  }

  private pump(): void {
    while (
      this.inFlight < this.maxInFlight &&
      this.waiting.length > 0 &&
      (this.inFlight === 0 || this.waiting.length >= this.spillAt)
    ) {
      const batch = this.waiting.splice(0, this.maxBatch);
      this.inFlight += 1;
      this.stats.statements += 1;
      this.stats.payloads += batch.length;
      this.stats.largest = Math.max(this.stats.largest, batch.length);
      void this.send(batch).finally(() => {
        this.inFlight -= 1;
        this.pump();
      });
    }
  }

  private async send(batch: Waiting[]): Promise<void> {
    if (batch.length === 1) return this.alone(batch[0]!);
    const payloads = batch.map((w) => w.payload);
    const set = this.setBased ? toCommitSet(payloads) : null;
    if (set) {
      let appended: Awaited<ReturnType<typeof commitSet>> | undefined;
      try {
        appended = await commitSet(this.db, set);
      } catch (error) {
        // No answer (a lost connection, a terminated session): the batch may have committed, and
        // sending it again would report its commands as conflicts. Its outcome is unknown, as on
        // the per-payload path.
        if (!refusedByDatabase(error)) {
          for (const w of batch) w.reject(error);
          return;
        }
        // PostgreSQL refused the statement, so nothing of the batch was committed: the per-payload
        // path tells each payload its own outcome.
        this.stats.setFailed += 1;
      }
      if (appended) {
        this.stats.setBased += 1;
        outcomesOfSet(payloads, appended).forEach((outcome, i) => batch[i]!.resolve(outcome));
        return;
      }
    }
    return this.sendEach(batch);
  }

  /** The per-payload path: docket_commit_many, each payload in its own subtransaction. */
  private async sendEach(batch: Waiting[]): Promise<void> {
    let results: Awaited<ReturnType<typeof commitMany>>;
    try {
      results = await commitMany(
        this.db,
        batch.map((w) => w.payload),
      );
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && RETRY_ALONE.has(code)) {
        this.stats.retriedAlone += batch.length;
        await Promise.all(batch.map((w) => this.alone(w)));
        return;
      }
      for (const w of batch) w.reject(error);
      return;
    }
    const again: Waiting[] = [];
    results.forEach((result, i) => {
      const w = batch[i]!;
      if (result.ok) w.resolve(result.outcome);
      else if (RETRY_ALONE.has(String((result.error as { code?: unknown }).code))) again.push(w);
      else w.reject(result.error);
    });
    // A payload's subtransaction lost a deadlock (PL/pgSQL catches that too): it rolled back alone.
    this.stats.retriedAlone += again.length;
    await Promise.all(again.map((w) => this.alone(w)));
  }

  private async alone(w: Waiting): Promise<void> {
    try {
      w.resolve(await commit(this.db, w.payload));
    } catch (error) {
      w.reject(error);
    }
  }
}
