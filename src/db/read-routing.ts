/**
 * Where a read goes when a streaming replica is configured (DATABASE_READ_URL): listings, views,
 * reports and history go to the replica while it answers and keeps up; everything else, and every
 * read when it does not, goes to the primary. A read never fails because of the replica.
 *
 * Read-your-writes: a command's answer carries the primary's WAL position after its commit
 * (`Docket-Position`); a read sent with it (`Docket-Min-Position`) waits, up to `waitMs`, until the
 * replica has replayed that far, and is otherwise served by the primary.
 *
 * The replica's state is looked at, at most once per `checkEveryMs`, when a read or a scrape needs
 * it. Its lag in seconds is measured against the primary's own positions as sampled by those looks:
 * how long ago the primary had already written WAL the replica has not replayed yet. (PostgreSQL's
 * `pg_last_xact_replay_timestamp()` would count an idle hour as lag the moment a new commit is on
 * its way.)
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { ReplicaConnection } from './connection.ts';
import { replayPosition, walInsertPosition, walWritePosition } from './replica.query.ts';
import { cachedReading } from '../cached-reading.ts';

/** A WAL position as PostgreSQL prints it (`16/B374D848`); opaque to clients. */
export const POSITION_PATTERN = '^[0-9A-Fa-f]{1,8}/[0-9A-Fa-f]{1,8}$';

/** A WAL position as a number that orders like the log. */
export function positionValue(position: string): bigint {
  const [high = '0', low = '0'] = position.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

export interface ReplicaOptions {
  /** A replica further behind than this (seconds) is not read from. */
  maxLagSeconds: number;
  /** How long a read with Docket-Min-Position waits for the replica before going to the primary. */
  waitMs: number;
  /** The replica's state is looked at no more often than this. */
  checkEveryMs: number;
  /** While waiting for a position, the replica is asked this often. */
  pollMs: number;
}

export const DEFAULT_REPLICA: ReplicaOptions = { maxLagSeconds: 10, waitMs: 2_000, checkEveryMs: 1_000, pollMs: 20 };

export interface ReplicaStatus {
  /** It answered the last look. */
  up: boolean;
  /** It is replaying WAL (a standby); a server that is not is never read from. */
  standby: boolean;
  /** WAL the primary has written that it has not replayed (bytes), and for how long it has lacked it (seconds). */
  lagBytes: number | null;
  lagSeconds: number | null;
  /** Reads go to it: up, a standby, within `maxLagSeconds`. */
  usable: boolean;
}

/** Primary positions sampled by the looks; enough to measure a lag of a few minutes. */
const SAMPLES = 300;

export class ReadRouting {
  private readonly options: ReplicaOptions;
  private readonly look: () => Promise<ReplicaStatus & { replayed: bigint | null }>;
  private readonly samples: { at: number; position: bigint }[] = [];
  /** Until when (performance.now()) the replica counts as down after a read on it failed. */
  private downUntil = 0;
  private runningPosition: Promise<string> | undefined;
  private queuedPosition: Promise<string> | undefined;

  constructor(
    private readonly primary: Kysely<Database>,
    private readonly replica: ReplicaConnection | null,
    options: Partial<ReplicaOptions> = {},
  ) {
    this.options = { ...DEFAULT_REPLICA, ...options };
    this.look = cachedReading(() => this.lookAtReplica(), this.options.checkEveryMs, () => performance.now());
    replica?.onFailure(() => {
      this.downUntil = performance.now() + this.options.checkEveryMs;
    });
  }

  get configured(): boolean {
    return this.replica !== null;
  }

  /** The replica's state (null without one), looked at no more than once per `checkEveryMs`. */
  async status(): Promise<ReplicaStatus | null> {
    if (!this.replica) return null;
    const { replayed: _replayed, ...status } = await this.look();
    return status;
  }

  /** The database a read goes to, having waited (bounded) for the replica to reach `minPosition`. */
  async forRead(minPosition?: string): Promise<Kysely<Database>> {
    const replica = this.replica;
    if (!replica || performance.now() < this.downUntil) return this.primary;
    const status = await this.look();
    if (!status.usable) return this.primary;
    if (minPosition === undefined) return replica.reads;
    const wanted = positionValue(minPosition);
    if (status.replayed !== null && status.replayed >= wanted) return replica.reads;
    // A position the primary has not reached came from no command: nothing to wait for.
    const written = await this.position().then(positionValue, () => null);
    if (written === null || wanted > written) return this.primary;
    const deadline = performance.now() + this.options.waitMs;
    while (performance.now() < deadline) {
      const replayed = await replayPosition(replica.db).catch(() => null);
      if (replayed === null) return this.primary;
      if (positionValue(replayed) >= wanted) return replica.reads;
      await sleep(this.options.pollMs);
    }
    return this.primary;
  }

  /**
   * The primary's WAL position, read after the caller's commit returned: at or past that commit.
   * Callers at the same moment share one query; one already sent when they asked may have been
   * answered before their commit, so they share the next one.
   */
  position(): Promise<string> {
    if (this.queuedPosition) return this.queuedPosition;
    if (!this.runningPosition) return this.readPosition();
    this.queuedPosition = this.runningPosition
      .catch(() => undefined)
      .then(() => {
        this.queuedPosition = undefined;
        return this.readPosition();
      });
    return this.queuedPosition;
  }

  private readPosition(): Promise<string> {
    const read = walInsertPosition(this.primary);
    this.runningPosition = read;
    const done = () => {
      if (this.runningPosition === read) this.runningPosition = undefined;
    };
    read.then(done, done);
    return read;
  }

  private async lookAtReplica(): Promise<ReplicaStatus & { replayed: bigint | null }> {
    const replica = this.replica!;
    const down = { up: false, standby: false, lagBytes: null, lagSeconds: null, usable: false, replayed: null };
    let replayedText: string | null;
    try {
      replayedText = await replayPosition(replica.db);
    } catch {
      return down;
    }
    const primaryText = await walWritePosition(this.primary).catch(() => null);
    if (replayedText === null) return { ...down, up: true };
    const replayed = positionValue(replayedText);
    if (primaryText === null) return { up: true, standby: true, lagBytes: null, lagSeconds: null, usable: true, replayed };
    const now = performance.now();
    this.samples.push({ at: now, position: positionValue(primaryText) });
    if (this.samples.length > SAMPLES) this.samples.shift();
    const lacking = this.samples.find((s) => s.position > replayed);
    const lagBytes = Number(this.samples.at(-1)!.position > replayed ? this.samples.at(-1)!.position - replayed : 0n);
    const lagSeconds = lacking ? (now - lacking.at) / 1000 : 0;
    return { up: true, standby: true, lagBytes, lagSeconds, usable: lagSeconds <= this.options.maxLagSeconds, replayed };
  }
}
