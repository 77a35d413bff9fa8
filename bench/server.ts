/** Starts what `npm start` runs as a child process for benchmarks, and measures its RSS. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newMasterKey, MASTER_KEY } from '../src/privacy/field-crypto.ts';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `npm start`'s node arguments, read from package.json so the benchmark runs exactly that. */
const START_COMMAND = (() => {
  const start = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const [node, ...args] = start.split(/\s+/);
  if (node !== 'node') throw new Error(`npm start is not a node command: ${start}`);
  return args;
})();

/** `npm run build`: the bundle npm start runs. */
export function buildServer(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
}

export interface BenchServer {
  url: string;
  adminToken: string;
  child: ChildProcess;
  rssMb(): number;
  stop(): Promise<void>;
}

let masterKeyFile: string | null = null;
/** The master key the benchmarks' servers seal personal fields with (on PostgreSQL a server needs one). */
function benchMasterKey(): string {
  if (masterKeyFile === null) {
    masterKeyFile = join(mkdtempSync(join(tmpdir(), 'docket-bench-key-')), 'master.key');
    MASTER_KEY.write(newMasterKey(), masterKeyFile);
  }
  return masterKeyFile;
}

export async function startServer(env: Record<string, string>, port: number): Promise<BenchServer> {
  const adminToken = `bench-admin-token-${port}-0123456789`;
  // BENCH_SERVER: the command line after `node` (default: what npm start runs; bench/run.ts builds it first).
  const command = process.env.BENCH_SERVER?.split(' ') ?? START_COMMAND;
  const child = spawn(process.execPath, [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []), ...command], {
    cwd: ROOT,
    env: { ...process.env, DOCKET_MASTER_KEY: benchMasterKey(), ...env, PORT: String(port), HOST: '127.0.0.1', DOCKET_ADMIN_TOKEN: adminToken, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    adminToken,
    child,
    rssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return kb / 1024;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function createPrincipal(server: BenchServer, name: string, roles: string[]): Promise<{ id: string; token: string }> {
  const res = await fetch(`${server.url}/admin/principals`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name, roles }),
  });
  if (res.status !== 201) throw new Error(`creating a principal failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; token: string };
}
