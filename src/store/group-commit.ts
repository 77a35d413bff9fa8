/**
 * Group commit: the commits of concurrent commands share one statement and one transaction.
 *
 * A commit goes out at once when no statement is running; otherwise it waits, and everything that
 * waited goes out together (up to `maxBatch`) when the running one returns — or in a statement of
 * its own once `spillAt` commits wait, up to `maxInFlight` statements at once (on PGlite, which
 * answers within the same thread, the first commit also waits one event-loop turn for the others:
 * `gatherOneTurn`). So an idle server adds no delay, and a busy one makes one round trip, one
 * transaction and one WAL flush for many commands.
 *
 * The fallback rule, the only one: a batch of several commands that PostgreSQL refuses (a stream
 * that moved, a revoked principal, changed settings, a retry key used before, a deadlock, any value
 * a column refuses — nothing of it was written) is sent again one command at a time, in the order
 * they came, each in a statement of its own, so each gets its own answer. A batch that got no answer (a lost connection,
 * a terminated session) may have committed: its commands are answered with that error as they are.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { commitBatch, commitOne, type CommitOutcome, type CommitPayload } from './commit.ts';

export interface GroupCommitOptions {
  /** Statements running at once (each holds one pooled connection; default 2). */
  maxInFlight?: number;
  /** Commits per statement at most (default 64). */
  maxBatch?: number;
  /**
   * While a statement runs, another one starts only once this many commits wait (default 16):
   * below that they wait and go together, one statement instead of several; above it, or while a
   * statement is stuck behind a lock, the next lane opens.
   */
  spillAt?: number;
  /**
   * Wait one turn of the event loop (setImmediate) before sending when no statement is running, so
   * the commits of requests that arrived together go as one statement. For an in-process database
   * (PGlite), which answers before the next request is even parsed: "send at once when idle" would
   * send every commit alone. Default false: a server database is asked at once.
   */
  gatherOneTurn?: boolean;
  /** Told the number of commits each statement carries, as it goes out (the batch-size histogram). */
  onStatement?: (commits: number) => void;
}

export interface GroupCommitStats {
  /** Statements sent, commits they carried, the largest batch. */
  statements: number;
  payloads: number;
  largest: number;
  /** Batches PostgreSQL refused, whose commits were then sent one at a time. */
  refusedBatches: number;
}

interface Waiting {
  payload: CommitPayload;
  resolve: (outcome: CommitOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * PostgreSQL refused the statement and the session goes on (an ErrorResponse of severity ERROR:
 * pg's and PGlite's errors carry it), so its transaction was rolled back. A FATAL one ends the
 * session (a terminated backend), and like no answer at all it leaves the outcome unknown.
 */
const refusedByDatabase = (error: unknown): boolean => (error as { severity?: unknown } | null)?.severity === 'ERROR';

export class GroupCommit {
  private readonly waiting: Waiting[] = [];
  private inFlight = 0;
  readonly stats: GroupCommitStats = { statements: 0, payloads: 0, largest: 0, refusedBatches: 0 };
  private readonly maxInFlight: number;
  private readonly maxBatch: number;
  private readonly spillAt: number;
  private readonly gatherOneTurn: boolean;
  private gathering = false;
  private readonly onStatement: ((commits: number) => void) | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    options: GroupCommitOptions = {},
  ) {
    this.maxInFlight = options.maxInFlight ?? 2;
    this.maxBatch = options.maxBatch ?? 64;
    this.spillAt = options.spillAt ?? 16;
    this.gatherOneTurn = options.gatherOneTurn ?? false;
    this.onStatement = options.onStatement;
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
    while (this.inFlight < this.maxInFlight && this.waiting.length > 0 && (this.inFlight === 0 || this.waiting.length >= this.spillAt)) {
      const batch = this.waiting.splice(0, this.maxBatch);
      this.inFlight += 1;
      this.stats.statements += 1;
      this.stats.payloads += batch.length;
      this.stats.largest = Math.max(this.stats.largest, batch.length);
      this.onStatement?.(batch.length);
      void this.send(batch).finally(() => {
        this.inFlight -= 1;
        this.pump();
      });
    }
  }

  private async send(batch: Waiting[]): Promise<void> {
    if (batch.length === 1) return this.alone(batch[0]!);
    let outcomes: CommitOutcome[];
    try {
      outcomes = await commitBatch(
        this.db,
        batch.map((w) => w.payload),
      );
    } catch (error) {
      if (!refusedByDatabase(error)) {
        for (const w of batch) w.reject(error);
        return;
      }
      this.stats.refusedBatches += 1;
      // In the order they came, as if each had been sent alone: two with one retry key, say, answer
      // the first with its commit and the second with the first's result.
      for (const w of batch) await this.alone(w);
      return;
    }
    outcomes.forEach((outcome, i) => batch[i]!.resolve(outcome));
  }

  private async alone(w: Waiting): Promise<void> {
    try {
      w.resolve(await commitOne(this.db, w.payload));
    } catch (error) {
      w.reject(error);
    }
  }
}
