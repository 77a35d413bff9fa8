/**
 * A PRIVATE PostgreSQL cluster for one test (initdb into a temporary directory, its own port and
 * socket directory), so an outage can be staged by stopping it without touching the shared server;
 * and a streaming replica of it (`pg_basebackup -R` into another directory, on another port).
 * Run as root (CI), the server runs as the `postgres` OS user through `runuser`.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The newest installed PostgreSQL bin directory that has initdb, or null. */
export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

/** Clusters still running: stopped (immediate) and removed if the test process exits without destroying them. */
const leftovers = new Map<string, () => void>();
process.once('exit', () => {
  for (const cleanup of leftovers.values()) cleanup();
});

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Whether a private cluster can be made here (binaries present; as root, a `postgres` user exists). */
export function canCreateCluster(): boolean {
  if (!postgresBinDir()) return false;
  if (!isRoot()) return true;
  try {
    return readFileSync('/etc/passwd', 'utf8').split('\n').some((l) => l.startsWith('postgres:'));
  } catch {
    return false;
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const port = 55_432 + Math.floor(Math.random() * 4_000);
    if (await portIsFree(port)) return port;
  }
  throw new Error('no free port for a private PostgreSQL');
}

export interface PgCluster {
  readonly port: number;
  /** A connection URL for a database of this cluster. */
  url(database?: string): string;
  /** Runs one SQL statement as the cluster's superuser, through psql. */
  psql(sqlText: string, database?: string): Promise<string>;
  start(): Promise<void>;
  /** `fast` disconnects clients and shuts down cleanly; `immediate` is a crash of PostgreSQL. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Stops the cluster (if running) and removes its directory. */
  destroy(): Promise<void>;
}

/** A temporary directory the server's OS user owns, and a way to run its tools as that user. */
async function serverDir(bin: string): Promise<{ dir: string; as: (tool: string, args: string[]) => Promise<unknown> }> {
  const dir = mkdtempSync(join(tmpdir(), 'docket-pg-'));
  if (isRoot()) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const as = (tool: string, args: string[]) =>
    isRoot() ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { cwd: dir }) : run(join(bin, tool), args, { cwd: dir });
  return { dir, as };
}

/** A cluster whose data directory is ready in `dir`/data: started on a free port. */
async function startCluster(bin: string, dir: string, as: (tool: string, args: string[]) => Promise<unknown>): Promise<PgCluster> {
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  const port = await freePort();
  // wal_level=replica (the default, stated) and WAL senders: a replica can be made of any cluster.
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60 -c wal_level=replica -c max_wal_senders=4`;
  let running = false;
  leftovers.set(dir, () => {
    try {
      const args = ['-D', data, '-m', 'immediate', '-w', 'stop'];
      if (isRoot()) execFileSync('runuser', ['-u', 'postgres', '--', join(bin, 'pg_ctl'), ...args], { stdio: 'ignore' });
      else execFileSync(join(bin, 'pg_ctl'), args, { stdio: 'ignore' });
    } catch {
      // not running
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const cluster: PgCluster = {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async psql(sqlText, database = 'postgres') {
      const { stdout } = await run(join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', database, '-Atqc', sqlText]);
      return stdout.trim();
    },
    async start() {
      await as('pg_ctl', ['-D', data, '-l', log, '-o', serverOptions, '-w', '-t', '60', 'start']);
      running = true;
    },
    async stop(mode = 'fast') {
      await as('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '60', 'stop']);
      running = false;
    },
    async destroy() {
      if (running) await cluster.stop('immediate').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
      leftovers.delete(dir);
    },
  };
  await cluster.start();
  return cluster;
}

export async function createCluster(): Promise<PgCluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL server binaries were not found under /usr/lib/postgresql');
  const { dir, as } = await serverDir(bin);
  await as('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  return startCluster(bin, dir, as);
}

/**
 * A hot-standby streaming replica of `primary` (pg_basebackup -R: it follows the primary over a
 * replication connection), running on its own port. Destroy it before the primary.
 */
export async function createReplica(primary: PgCluster): Promise<PgCluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL server binaries were not found under /usr/lib/postgresql');
  const { dir, as } = await serverDir(bin);
  await as('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', join(dir, 'data'), '-R', '-X', 'stream', '-c', 'fast', '--no-sync']);
  return startCluster(bin, dir, as);
}
