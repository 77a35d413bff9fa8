/**
 * The real server (`src/main.ts`) as a child process, for crash, outage and multi-process tests:
 * start it on a free port, talk to it over HTTP with a bounded timeout, kill it (SIGKILL) or stop it.
 *
 * It runs as `node --import tsx src/main.ts` (the entry `npm start` bundles and runs, from source, in ONE process), so a SIGKILL
 * hits the server itself and not a wrapper that would leave it running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newMasterKey, MASTER_KEY } from '../../src/privacy/field-crypto.ts';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

let masterKeyFile: string | null = null;
/**
 * A master key file shared by the servers and scripts this test process starts (DOCKET_MASTER_KEY):
 * on PostgreSQL a server needs one, and a restarted server must open what the last one sealed.
 */
export function testMasterKeyFile(): string {
  if (masterKeyFile === null) {
    const path = join(mkdtempSync(join(tmpdir(), 'docket-master-key-')), 'master.key');
    MASTER_KEY.write(newMasterKey(), path);
    masterKeyFile = path;
  }
  return masterKeyFile;
}

export interface ServerOptions {
  databaseUrl: string;
  adminToken: string;
  /** Extra environment (e.g. DOCKET_TIMER_INTERVAL_MS). */
  env?: Record<string, string>;
  /** How long to wait for "Server listening" (ms). */
  readyTimeoutMs?: number;
  /** Called with every line the server prints (its pino JSON logs). */
  onLine?: (line: string) => void;
  /** Node's arguments (default: the sources through tsx, `--import tsx src/main.ts`), run in `cwd` (default: the repository). */
  argv?: string[];
  cwd?: string;
}

export interface ChildServer {
  readonly url: string;
  readonly pid: number;
  /** The last lines the server printed (for failure messages). */
  output(): string;
  /** SIGKILL: no shutdown hook runs, in-flight requests are cut. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL if it has not exited in time. */
  stop(): Promise<void>;
  /** The exit code once exited (null while running or when ended by a signal). */
  exitCode(): number | null;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export const newAdminToken = () => `dkt_test_${randomBytes(24).toString('base64url')}`;

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startServer(options: ServerOptions): Promise<ChildServer> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_OPTIONS;
  Object.assign(env, {
    DATABASE_URL: options.databaseUrl,
    DOCKET_ADMIN_TOKEN: options.adminToken,
    DOCKET_MASTER_KEY: testMasterKeyFile(),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    ...options.env,
  });
  const child = spawn(process.execPath, options.argv ?? ['--import', 'tsx', 'src/main.ts'], { cwd: options.cwd ?? REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const pid = child.pid;
  if (pid === undefined) throw new Error('the server process did not start');

  const lines: string[] = [];
  const remember = (line: string) => {
    options.onLine?.(line);
    lines.push(line);
    if (lines.length > 300) lines.shift();
  };
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not listen in time:\n${lines.join('\n')}`));
    }, options.readyTimeoutMs ?? 60_000);
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        remember(line);
        const listening = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
        if (listening?.[1]) {
          clearTimeout(timer);
          resolve(listening[1]);
        }
        newline = buffered.indexOf('\n');
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before listening:\n${lines.join('\n')}`));
    });
  });

  return {
    url,
    pid,
    output: () => lines.join('\n'),
    exitCode: () => child.exitCode,
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited(child);
      clearTimeout(force);
    },
  };
}

export interface HttpResult {
  /** The status, or 0 when the connection failed, or -1 when the request timed out. */
  status: number;
  contentType: string;
  body: unknown;
  error?: string;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Abort after this long (ms): a request must never hang past it. */
  timeoutMs?: number;
}

/** One HTTP request with a bounded timeout; connection failures and timeouts are results, not throws. */
export async function http(baseUrl: string, request: HttpRequest): Promise<HttpResult> {
  const headers: Record<string, string> = { ...(request.headers ?? {}) };
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  try {
    const response = await fetch(`${baseUrl}${request.path}`, {
      method: request.method,
      headers,
      ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
      signal: AbortSignal.timeout(request.timeoutMs ?? 10_000),
    });
    const contentType = response.headers.get('content-type') ?? '';
    const text = await response.text();
    let body: unknown = text;
    if (/json/.test(contentType) && text.length > 0) body = JSON.parse(text) as unknown;
    return { status: response.status, contentType, body };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const message = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : String(error);
    return { status: name === 'TimeoutError' || name === 'AbortError' ? -1 : 0, contentType: '', body: null, error: message };
  }
}

/** Creates a principal through the API as the admin; returns its id and token. */
export async function createPrincipal(
  baseUrl: string,
  adminToken: string,
  body: { name: string; roles: string[]; memberId?: string; branchId?: string },
): Promise<{ id: string; token: string }> {
  const result = await http(baseUrl, { method: 'POST', path: '/admin/principals', token: adminToken, body });
  if (result.status !== 201) throw new Error(`creating a principal failed: ${result.status} ${JSON.stringify(result.body)}`);
  const created = result.body as { id: string; token: string };
  return { id: created.id, token: created.token };
}
