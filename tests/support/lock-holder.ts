/**
 * A process that takes a data folder's lock, for the lock tests: `node --import tsx lock-holder.ts <dir> [--wait]`.
 * With --wait it prints "ready" and reads a line "go" from stdin first (so several take it at once).
 * It prints one JSON line, {"held":true} or {"held":false,"pid":N,"command":"…"}, then keeps the
 * lock until stdin ends.
 */
import { createInterface } from 'node:readline';
import { DataDirInUse, lockDataDir } from '../../src/db/data-dir-lock.ts';

const [dir, flag] = process.argv.slice(2);
if (!dir) throw new Error('usage: lock-holder.ts <dir> [--wait]');
const lines = createInterface({ input: process.stdin });
const next = lines[Symbol.asyncIterator]();
if (flag === '--wait') {
  process.stdout.write('ready\n');
  await next.next();
}
try {
  const lock = lockDataDir(dir, 'lock-holder');
  process.stdout.write(`${JSON.stringify({ held: true })}\n`);
  while (!(await next.next()).done) {
    // hold until stdin ends
  }
  lock.release();
} catch (error) {
  if (!(error instanceof DataDirInUse)) throw error;
  process.stdout.write(`${JSON.stringify({ held: false, pid: error.holder.pid, command: error.holder.command })}\n`);
  lines.close();
}
