/**
 * A disposable cache of instances as the last command left them, keyed by stream and stamped with
 * the stream version and workflow version they stand at. The log stays the truth: a command reads
 * the events after the cached version (usually none) and folds only those.
 *
 * An entry keeps the instance's recorded state (the state value, status and context a commit
 * writes on the stream head) and the history the rules read, not XState's snapshot. A snapshot, with
 * its list of state nodes, its set of tags and its own children and history maps, weighs more than
 * the recorded state it is made from, and the engine makes it again on use (`restore`) in a few
 * microseconds, where an instance that fell out costs a PostgreSQL read.
 *
 * Bounded by memory rather than by instances: an entry weighs its events plus one, and the least
 * recently used entries go until the total fits the capacity. The default 60,000 holds 20,000
 * two-event suggestions (benchmark 1, whose throughput depends on keeping all of them), or 60
 * instances of 1,000 events; docs/performance.md (Memory) says what an entry weighs.
 */
import type { DomainEvent } from '../../workflows/contract.ts';
import type { RecordedState } from '../store/types.ts';

export interface CachedInstance {
  workflowVersion: number;
  version: number;
  lastHash: string;
  /** The state the stream head records for `version` (`recordedState`; `restore` makes the snapshot). */
  state: RecordedState;
  history: DomainEvent[];
}

const weightOf = (entry: CachedInstance) => entry.history.length + 1;

export class SnapshotCache {
  private readonly entries = new Map<string, CachedInstance>();
  private total = 0;

  /** `capacity`: the events (plus one per instance) the cache holds at most; 0 turns it off. */
  constructor(private readonly capacity = 60_000) {}

  get(streamId: string): CachedInstance | undefined {
    const entry = this.entries.get(streamId);
    if (entry) {
      // Least recently used goes first: re-insert on use.
      this.entries.delete(streamId);
      this.entries.set(streamId, entry);
    }
    return entry;
  }

  set(streamId: string, entry: CachedInstance): void {
    this.delete(streamId);
    const weight = weightOf(entry);
    if (weight > this.capacity) return;
    this.entries.set(streamId, entry);
    this.total += weight;
    for (const [oldest, old] of this.entries) {
      if (this.total <= this.capacity) break;
      this.entries.delete(oldest);
      this.total -= weightOf(old);
    }
  }

  delete(streamId: string): void {
    const entry = this.entries.get(streamId);
    if (!entry) return;
    this.entries.delete(streamId);
    this.total -= weightOf(entry);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The events (plus one per instance) held now. */
  get weight(): number {
    return this.total;
  }
}
