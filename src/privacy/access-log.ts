/**
 * The access log: who read whose personal data, when, through which route — kept outside the
 * event log (table access_log). Reads must stay fast, so entries are buffered and appended in one
 * statement per batch: when BATCH_SIZE are waiting, every FLUSH_MS, and on close. A lost process
 * loses at most its unflushed buffer (up to FLUSH_MS of reads); GET /audit/access flushes this
 * server's buffer before it reads.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Executor } from '../store/types.ts';
import { appendAccess, type AccessEntry } from './access-log.query.ts';

const BATCH_SIZE = 500;
const FLUSH_MS = 1_000;

export class AccessLog {
  private buffer: AccessEntry[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  /** Entries handed to flush() and not yet written. */
  private inFlight = 0;
  /** Entries appended so far (for /metrics). */
  written = 0;

  constructor(
    private readonly db: Executor,
    private readonly log: FastifyBaseLogger,
  ) {}

  record(entries: readonly AccessEntry[]): void {
    if (entries.length === 0) return;
    this.buffer.push(...entries);
    if (this.buffer.length >= BATCH_SIZE) void this.flush();
    else if (this.timer === null) {
      this.timer = setTimeout(() => void this.flush(), FLUSH_MS);
      this.timer.unref();
    }
  }

  /** Appends what is buffered; resolves once it (and every earlier batch) is written. */
  flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.buffer;
    this.buffer = [];
    this.inFlight += batch.length;
    this.writing = this.writing.then(async () => {
      if (batch.length === 0) return;
      try {
        await appendAccess(this.db, batch);
        this.written += batch.length;
      } catch (error) {
        this.log.error({ err: error, entries: batch.length }, 'access log batch not written');
      } finally {
        this.inFlight -= batch.length;
      }
    });
    return this.writing;
  }

  /**
   * Resolves when the log has caught up enough: a reader revealing many subjects (an export) waits
   * here between pages while more than two batches wait to be written, so they never pile up in memory.
   */
  async drain(): Promise<void> {
    while (this.inFlight + this.buffer.length > 2 * BATCH_SIZE) await this.flush();
  }
}
