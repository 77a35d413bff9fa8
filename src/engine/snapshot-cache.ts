/**
 * A disposable cache of folded instances, keyed by stream and stamped with the stream version and
 * workflow version it was folded to. The log stays the truth: a command reads the events after
 * the cached version (usually none) and folds only those.
 */
import type { Folded } from './decider.ts';

export interface CachedInstance {
  workflowVersion: number;
  version: number;
  lastHash: string;
  folded: Folded;
}

export class SnapshotCache {
  private readonly entries = new Map<string, CachedInstance>();

  /**
   * At most `capacity` instances, least recently used first out. An entry is the folded XState
   * snapshot and the instance's history: about 1-3 KB for a short suggestion (heap measured with
   * 5,000 folded suggestions), so the default 20,000 costs some 20-60 MB.
   */
  constructor(private readonly capacity = 20_000) {}

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
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  delete(streamId: string): void {
    this.entries.delete(streamId);
  }

  get size(): number {
    return this.entries.size;
  }
}
