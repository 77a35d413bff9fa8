import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUse, LOCK_FILE, lockDataDir, processStartTime, UnreadableLock, type LockHolder } from '../../src/db/data-dir-lock.ts';
import { openDatabase } from '../../src/db/connection.ts';
import { REPO_ROOT } from '../support/child-server.ts';

type HolderResult = { held: true } | { held: false; pid: number; command: string };

interface Holder {
  child: ChildProcessWithoutNullStreams;
  /** With `wait`: it is about to read "go". */
  ready: Promise<void>;
  result: Promise<HolderResult>;
  go(): void;
  /** Ends its stdin (it releases and exits) and waits for the exit. */
  end(): Promise<void>;
  kill(): Promise<void>;
}

const children = new Set<ChildProcessWithoutNullStreams>();
const dirs: string[] = [];

function exited(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function holder(dir: string, wait = false): Holder {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/lock-holder.ts', dir, ...(wait ? ['--wait'] : [])], { cwd: REPO_ROOT, env });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const waiting: { ready?: () => void; result?: (r: HolderResult) => void } = {};
  const ready = new Promise<void>((resolve) => {
    waiting.ready = resolve;
  });
  const result = new Promise<HolderResult>((resolve, reject) => {
    waiting.result = resolve;
    child.once('exit', (code, signal) => reject(new Error(`lock holder exited (${code ?? signal}) before answering: ${err}`)));
  });
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    let newline = out.indexOf('\n');
    while (newline >= 0) {
      const line = out.slice(0, newline);
      out = out.slice(newline + 1);
      if (line === 'ready') waiting.ready?.();
      else waiting.result?.(JSON.parse(line) as HolderResult);
      newline = out.indexOf('\n');
    }
  });
  return {
    child,
    ready,
    result,
    go: () => child.stdin.write('go\n'),
    end: async () => {
      child.stdin.end();
      await exited(child);
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'docket-lock-'));
  dirs.push(dir);
  return dir;
}

const lockOf = (dir: string) => JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as LockHolder;

/** Lays down the files a holder leaves when it is killed: docket.lock and its own file, hard-linked. */
function leaveLock(dir: string, holder: LockHolder): void {
  const own = join(dir, `${LOCK_FILE}.${holder.id}`);
  writeFileSync(own, JSON.stringify(holder));
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify(holder));
}

/** The lock a process that has exited left behind (its pid no longer runs). */
async function deadHoldersLock(dir: string): Promise<LockHolder> {
  const child = spawn(process.execPath, ['-e', '0']);
  const pid = child.pid;
  await new Promise((resolve) => child.once('exit', resolve));
  if (pid === undefined) throw new Error('no pid');
  const holder: LockHolder = { pid, startTime: '7', command: 'npm start', id: `${pid}.7.aaaaaa` };
  leaveLock(dir, holder);
  return holder;
}

afterEach(async () => {
  for (const child of children) child.kill('SIGKILL');
  await Promise.all([...children].map(exited));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the data folder lock: one process per PGlite data folder', () => {
  it('names its holder, refuses a second taker (even in the same process) and is free again once released', () => {
    const dir = tempDir();
    const lock = lockDataDir(dir, 'npm start');
    expect(lockOf(dir)).toEqual({ pid: process.pid, startTime: processStartTime(process.pid), command: 'npm start', id: lock.holder.id });
    expect(lock.holder.startTime).toMatch(/^\d+$/);

    let refusal: unknown;
    try {
      lockDataDir(dir, 'npm run demo');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataDirInUse);
    expect((refusal as Error).message).toBe(`the data folder ${dir} is in use by process ${process.pid} (npm start)`);
    // The refused taker left nothing behind.
    expect(readdirSync(dir).sort()).toEqual([LOCK_FILE, `${LOCK_FILE}.${lock.holder.id}`]);

    lock.release();
    lock.release();
    expect(readdirSync(dir)).toEqual([]);
    lockDataDir(dir, 'npm run migrate').release();
  });

  it('another process holding the folder is named in the refusal; when it is killed, its stale lock is recovered', async () => {
    const dir = tempDir();
    const first = holder(dir);
    expect(await first.result).toEqual({ held: true });
    const held = lockOf(dir);
    expect(held.pid).toBe(first.child.pid);

    expect(() => lockDataDir(dir, 'second')).toThrow(`is in use by process ${first.child.pid} (lock-holder)`);

    await first.kill();
    expect(lockOf(dir).id).toBe(held.id); // SIGKILL: nothing ran to release it
    const lock = lockDataDir(dir, 'after the kill');
    expect(lockOf(dir).id).toBe(lock.holder.id);
    // The dead holder's own file went with its lock.
    expect(readdirSync(dir).sort()).toEqual([LOCK_FILE, `${LOCK_FILE}.${lock.holder.id}`]);
    lock.release();
  });

  it('a lock naming a running pid that started at another time (the pid was reused) is stale', () => {
    const dir = tempDir();
    leaveLock(dir, { pid: process.pid, startTime: '1', command: 'npm start', id: `${process.pid}.1.abcdef` });
    const lock = lockDataDir(dir, 'after a reboot');
    expect(lockOf(dir).id).toBe(lock.holder.id);
    lock.release();
  });

  it('a recovery abandoned half-way (its process killed) and a lock file without its holder file are recovered', async () => {
    const dir = tempDir();
    const stale = await deadHoldersLock(dir);
    // A recoverer (also dead now) had taken the recovery: renamed the holder's file and stopped there.
    renameSync(join(dir, `${LOCK_FILE}.${stale.id}`), join(dir, `${LOCK_FILE}.${stale.id}~${stale.pid}.8.bbbbbb`));
    const lock = lockDataDir(dir, 'third');
    expect(readdirSync(dir).sort()).toEqual([LOCK_FILE, `${LOCK_FILE}.${lock.holder.id}`]);
    lock.release();

    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(stale));
    const again = lockDataDir(dir, 'fourth');
    expect(lockOf(dir).id).toBe(again.holder.id);
    again.release();
  });

  it('several processes racing to recover one stale lock: exactly one gets the folder, the others are refused naming it', async () => {
    const dir = tempDir();
    await deadHoldersLock(dir);
    const racers = Array.from({ length: 5 }, () => holder(dir, true));
    // Each is started and waiting for "go"; give them the word together.
    await Promise.all(racers.map((r) => r.ready));
    for (const r of racers) r.go();
    const results = await Promise.all(racers.map((r) => r.result));
    const winners = racers.filter((_, i) => results[i]?.held);
    expect(winners).toHaveLength(1);
    const winnerPid = winners[0]?.child.pid;
    for (const result of results) if (!result.held) expect(result).toEqual({ held: false, pid: winnerPid, command: 'lock-holder' });
    expect(lockOf(dir).pid).toBe(winnerPid);
    await Promise.all(racers.map((r) => r.end()));
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  }, 180_000);

  it('an unreadable lock file is reported, not removed', () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), 'not a lock');
    expect(() => lockDataDir(dir, 'x')).toThrow(UnreadableLock);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe('not a lock');
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
  });

  it('openDatabase takes the lock of a PGlite data folder before opening it and gives it back on close', async () => {
    const dir = tempDir();
    const first = await openDatabase({ dataDir: dir });
    try {
      expect(lockOf(dir).pid).toBe(process.pid);
      await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DataDirInUse);
    } finally {
      await first.close();
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  }, 180_000);
});
