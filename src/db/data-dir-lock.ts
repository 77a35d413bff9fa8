/**
 * One process per PGlite data folder. PGlite is a single-process database: a second process that
 * opens the same folder works on its own copy of the pages and the two overwrite each other's files
 * (lost writes, then a corrupt log). So opening a data folder first takes `docket.lock` in it.
 *
 * The lock is a file naming its holder: pid, the process's start time (from /proc, so a pid reused
 * by another program does not count as the holder) and the command (`npm start`, `npm run demo`).
 * Each opener writes its own file `docket.lock.<id>` and hard-links it to `docket.lock`; the link
 * fails when the name exists, so exactly one opener gets it, and a reader never sees it half written.
 *
 * A lock left by a process that is no longer running is recovered: the recovery right of a dead
 * holder is its own file, which a recoverer renames to `docket.lock.<dead id>~<recoverer id>`. A
 * rename succeeds for one process only, and while `docket.lock` names the dead holder, only the
 * process holding that renamed file may remove it; so two openers never both recover the same lock.
 * A recovery abandoned half-way (its process killed) is taken over the same way, by renaming.
 */
import { linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, join, relative } from 'node:path';

export const LOCK_FILE = 'docket.lock';

export interface LockHolder {
  pid: number;
  /** The process's start time (clock ticks since boot, /proc/<pid>/stat), or null where /proc is missing. */
  startTime: string | null;
  command: string;
  /** `<pid>.<startTime>.<random>`: names the holder's own file. */
  id: string;
}

export interface DataDirLock {
  readonly holder: LockHolder;
  /** Gives the folder up; also done when the process exits. Idempotent. */
  release(): void;
}

/** The data folder is held by another running process; nothing was changed. */
export class DataDirInUse extends Error {
  readonly code = 'data_dir_in_use';
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(`the data folder ${dataDir} is in use by process ${holder.pid} (${holder.command})`);
    this.name = 'DataDirInUse';
  }
}

/** A `docket.lock` this code did not write (edited by hand, or truncated by a full disk). */
export class UnreadableLock extends Error {
  readonly code = 'data_dir_lock_unreadable';
  constructor(readonly path: string) {
    super(`the lock file ${path} cannot be read: if no Docket process uses this data folder, delete that file`);
    this.name = 'UnreadableLock';
  }
}

/** Opens that keep finding the lock just released or just recovered by someone else give up after this many rounds. */
const MAX_ROUNDS = 50;
const ROUND_PAUSE_MS = 20;

/** Takes the data folder for this process, or throws DataDirInUse naming the process that has it. */
export function lockDataDir(dataDir: string, command: string = describeCommand()): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, LOCK_FILE);
  // Refuse before writing anything when a running process holds the folder.
  const current = readHolder(lockPath);
  if (current && isRunning(current)) throw new DataDirInUse(dataDir, current);

  const startTime = processStartTime(process.pid);
  const me: LockHolder = { pid: process.pid, startTime, command, id: `${process.pid}.${startTime ?? 'x'}.${randomBytes(6).toString('hex')}` };
  const own = `${lockPath}.${me.id}`;
  writeFileSync(own, `${JSON.stringify(me)}\n`, { flag: 'wx' });
  try {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      if (tryLink(own, lockPath)) {
        sweepLeftovers(lockPath, own);
        return held(lockPath, own, me);
      }
      const holder = readHolder(lockPath);
      if (!holder) continue; // released in between
      if (isRunning(holder)) throw new DataDirInUse(dataDir, holder);
      if (recoverStale(lockPath, holder, me) === 'under_way') pause(ROUND_PAUSE_MS);
    }
    throw new Error(`could not take the lock of the data folder ${dataDir}: other processes keep taking and releasing it`);
  } catch (error) {
    rmSync(own, { force: true });
    throw error;
  }
}

function held(lockPath: string, own: string, me: LockHolder): DataDirLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    try {
      // Nobody else removes docket.lock while its holder runs, so this check and the unlink cannot race.
      if (readHolder(lockPath)?.id === me.id) rmSync(lockPath, { force: true });
    } catch {
      // An unreadable docket.lock is not ours to remove; the next opener reports it.
    }
    rmSync(own, { force: true });
  };
  process.on('exit', release);
  return { holder: me, release };
}

/**
 * Removes `docket.lock` left by the dead `holder`, if this process wins the right to: 'done' when
 * it did or someone else already had, 'under_way' when a running process is recovering it now.
 */
function recoverStale(lockPath: string, dead: LockHolder, me: LockHolder): 'done' | 'under_way' {
  const dir = join(lockPath, '..');
  const deadOwn = `${lockPath}.${dead.id}`;
  const token = `${deadOwn}~${me.id}`;
  if (!tryRename(deadOwn, token)) {
    const prefix = `${basename(deadOwn)}~`;
    const pending = readdirSync(dir).filter((name) => name.startsWith(prefix));
    if (pending.length === 0) {
      // Neither the dead holder's file nor a recovery of it: a lock file without its holder's file
      // (copied alone). Give it one, exclusively, and let the next round recover it like any other.
      if (readHolder(lockPath)?.id === dead.id) tryCreate(deadOwn);
      return 'done';
    }
    let taken = false;
    for (const name of pending) {
      const recoverer = holderOfId(name.slice(prefix.length));
      if (recoverer && isRunning(recoverer)) return 'under_way';
      // Its recoverer died half-way: take the recovery over from it.
      if (tryRename(join(dir, name), token)) {
        taken = true;
        break;
      }
    }
    if (!taken) return 'done';
  }
  // This process alone holds the recovery of `dead`; docket.lock can only stop naming it by our hand.
  if (readHolder(lockPath)?.id === dead.id) rmSync(lockPath, { force: true });
  rmSync(token, { force: true });
  return 'done';
}

/**
 * Files of processes no longer running (their own files, abandoned recoveries): once this process
 * holds docket.lock, none of them can matter any more.
 */
function sweepLeftovers(lockPath: string, own: string): void {
  const prefix = `${basename(lockPath)}.`;
  for (const name of readdirSync(join(lockPath, '..'))) {
    if (!name.startsWith(prefix) || name === basename(own)) continue;
    const ids = name.slice(prefix.length).split('~');
    const owner = holderOfId(ids[ids.length - 1] ?? '');
    if (owner && !isRunning(owner)) rmSync(join(lockPath, '..', name), { force: true });
  }
}

function readHolder(lockPath: string): LockHolder | null {
  let text: string;
  try {
    text = readFileSync(lockPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    if (typeof parsed.pid === 'number' && typeof parsed.id === 'string' && typeof parsed.command === 'string') {
      return { pid: parsed.pid, startTime: typeof parsed.startTime === 'string' ? parsed.startTime : null, command: parsed.command, id: parsed.id };
    }
  } catch {
    // not JSON: reported below
  }
  throw new UnreadableLock(lockPath);
}

/** The pid and start time an id carries (`<pid>.<startTime>.<random>`). */
function holderOfId(id: string): LockHolder | null {
  const match = /^(\d+)\.(\d+|x)\.[0-9a-f]+$/.exec(id);
  if (!match?.[1] || !match[2]) return null;
  return { pid: Number(match[1]), startTime: match[2] === 'x' ? null : match[2], command: '', id };
}

/** Whether the holder's process still runs: its pid exists and, where known, started when the holder did. */
export function isRunning(holder: Pick<LockHolder, 'pid' | 'startTime'>): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: the process exists, under another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (holder.startTime === null) return true;
  const now = processStartTime(holder.pid);
  return now === null || now === holder.startTime;
}

/** Field 22 of /proc/<pid>/stat (after the command name, which may hold spaces and parentheses). */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

/** How the holder was started, as a person would type it: `npm start`, `npm run demo`, else `node <script>` (never its arguments: they may hold tokens). */
export function describeCommand(): string {
  const entry = process.argv[1] ?? '';
  const event = process.env.npm_lifecycle_event;
  const script = process.env.npm_lifecycle_script ?? '';
  if (event && entry && script.includes(basename(entry))) return event === 'start' || event === 'test' ? `npm ${event}` : `npm run ${event}`;
  return entry ? `node ${relative(process.cwd(), entry) || entry}` : 'node';
}

/** Runs `op`; false when it failed only because the name exists (EEXIST) or is gone (ENOENT), as `expected`. */
function succeeds(op: () => void, expected: 'EEXIST' | 'ENOENT'): boolean {
  try {
    op();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === expected) return false;
    throw error;
  }
}

const tryLink = (from: string, to: string) => succeeds(() => linkSync(from, to), 'EEXIST');
const tryRename = (from: string, to: string) => succeeds(() => renameSync(from, to), 'ENOENT');
const tryCreate = (path: string) => succeeds(() => writeFileSync(path, '', { flag: 'wx' }), 'EEXIST');

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
