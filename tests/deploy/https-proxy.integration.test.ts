/**
 * The deploy recipe end to end (docs/operations.md, "Deploying"): the server is built, installed
 * for production (`npm ci --omit=dev`, no development packages) in a folder of its own, started from
 * the bundle, and put behind Debian's nginx with deploy/nginx.conf (rendered onto free ports, with a
 * self-signed certificate). HTTPS requests work end to end, HSTS is sent, plain HTTP redirects, and
 * the client's address that nginx forwards reaches the server's log while a forged
 * X-Forwarded-For does not. Every process is started here and stopped here.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAdminToken, REPO_ROOT, startServer, type ChildServer } from '../support/child-server.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

const run = promisify(execFile);
/** An install from npm's cache, a build and two servers starting: minutes when the whole suite shares the machine. */
const PROCESS_TEST_MS = 600_000;
/** The client's own address: another loopback address than the proxy's, so the two can be told apart in the log. */
const CLIENT_ADDRESS = '127.0.0.2';
const FORGED = '203.0.113.9';

function nginxBinary(): string | null {
  for (const path of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (existsSync(path)) return path;
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > until) throw new Error(`nothing listens on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function send(kind: 'http' | 'https', port: number, path: string, options: { headers?: Record<string, string>; ca?: Buffer }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const common = { host: '127.0.0.1', port, path, method: 'GET', localAddress: CLIENT_ADDRESS, headers: options.headers ?? {}, timeout: 30_000 };
    const onResponse = (response: import('node:http').IncomingMessage) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    };
    const req = kind === 'https' ? httpsRequest({ ...common, ca: options.ca, servername: 'localhost' }, onResponse) : httpRequest(common, onResponse);
    req.once('timeout', () => req.destroy(new Error('timed out')));
    req.once('error', reject);
    req.end();
  });
}

/** deploy/nginx.conf onto this test's ports, certificate and folder: the same server blocks, only the addresses and paths differ. */
function renderNginx(dir: string, ports: { http: number; https: number; docket: number }, cert: string, key: string): string {
  const site = readFileSync(join(REPO_ROOT, 'deploy', 'nginx.conf'), 'utf8')
    .replace(/^\s*listen \[::\]:\d+.*\n/gm, '')
    .replace(/listen 80;/, `listen 127.0.0.1:${ports.http};`)
    .replace(/listen 443 ssl http2;/, `listen 127.0.0.1:${ports.https} ssl http2;`)
    .replace('server 127.0.0.1:3000;', `server 127.0.0.1:${ports.docket};`)
    .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${cert};`)
    .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${key};`);
  expect(site).toContain(`listen 127.0.0.1:${ports.https} ssl`);
  expect(site).toContain(`server 127.0.0.1:${ports.docket};`);
  writeFileSync(join(dir, 'docket-site.conf'), site);
  const temp = (name: string) => join(dir, name);
  for (const name of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(temp(name));
  const main = `daemon off;
worker_processes 1;
${process.getuid?.() === 0 ? 'user root;' : ''}
pid ${temp('nginx.pid')};
error_log ${temp('error.log')} warn;
events { worker_connections 64; }
http {
  access_log ${temp('access.log')};
  client_body_temp_path ${temp('client_body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  include ${join(dir, 'docket-site.conf')};
}
`;
  const path = join(dir, 'nginx.conf');
  writeFileSync(path, main);
  return path;
}

const nginx = nginxBinary();
const bin = nginx ?? 'nginx';

// scripts/ci-prepare.sh installs nginx and openssl in CI; elsewhere the test needs them on the machine.
describe.skipIf(nginx === null)('the deploy recipe: a production install behind nginx (nginx present)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'docket-deploy-'));
  const app = join(dir, 'app');
  const adminToken = newAdminToken();
  const logLines: string[] = [];
  let database: TestDatabase;
  let server: ChildServer | null = null;
  let proxy: ChildProcess | null = null;
  let ports: { http: number; https: number; docket: number };
  let ca: Buffer;

  beforeAll(async () => {
    // What the built server reads at run time: package.json, the migrations and the console's files.
    for (const entry of ['package.json', 'package-lock.json', 'migrations', 'src/console/public']) cpSync(join(REPO_ROOT, entry), join(app, entry), { recursive: true });
    const build = () => run(process.execPath, ['scripts/build.mjs', '--if-stale', '--outdir', join(app, 'dist')], { cwd: REPO_ROOT });
    expect((await build()).stdout).toMatch(/dist\/main\.mjs built\n$/);
    expect((await build()).stdout).toMatch(/dist\/main\.mjs is current; not rebuilt\n$/);
    // The production install: no development packages.
    await run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'], { cwd: app, timeout: 300_000 });
    expect(existsSync(join(app, 'node_modules', 'vitest'))).toBe(false);
    expect(existsSync(join(app, 'node_modules', 'typescript'))).toBe(false);
    expect(statSync(join(app, 'dist', 'main.mjs')).size).toBeGreaterThan(0);

    await run('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ]);
    ca = readFileSync(join(dir, 'cert.pem'));

    database = await createTestDatabase('docket_deploy');
    const start = (JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
    server = await startServer({
      databaseUrl: database.url,
      adminToken,
      cwd: app,
      argv: start.split(' ').slice(1),
      env: { DOCKET_TRUST_PROXY: '127.0.0.1', NODE_ENV: 'production' },
      readyTimeoutMs: 180_000,
      onLine: (line) => logLines.push(line),
    });
    ports = { http: await freePort(), https: await freePort(), docket: Number(new URL(server.url).port) };
    const config = renderNginx(dir, ports, join(dir, 'cert.pem'), join(dir, 'key.pem'));
    await run(bin, ['-t', '-q', '-c', config, '-p', dir, '-e', join(dir, 'error.log')]);
    proxy = spawn(bin, ['-c', config, '-p', dir, '-e', join(dir, 'error.log')], { stdio: 'ignore' });
    await waitForPort(ports.https, 60_000);
  }, PROCESS_TEST_MS);

  afterAll(async () => {
    if (proxy && proxy.exitCode === null && proxy.signalCode === null) {
      const child = proxy;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await server?.stop();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('answers over HTTPS through nginx, with HSTS; plain HTTP is redirected to HTTPS', async () => {
    const health = await send('https', ports.https, '/health', { ca });
    expect(health.status, health.body).toBe(200);
    expect(health.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    const me = await send('https', ports.https, '/me', { ca, headers: { authorization: `Bearer ${adminToken}` } });
    expect(me.status, me.body).toBe(200);
    expect(me.body).toContain('admin');

    const plain = await send('http', ports.http, '/health', {});
    expect(plain.status).toBe(301);
    expect(plain.headers.location).toBe('https://127.0.0.1/health');
  }, PROCESS_TEST_MS);

  it('logs the client address nginx saw, not the proxy’s, and not one the client forged in X-Forwarded-For', async () => {
    const marker = `/health?trace=${Date.now()}`;
    const answer = await send('https', ports.https, marker, { ca, headers: { 'x-forwarded-for': FORGED } });
    expect(answer.status).toBe(200);
    const logged = logLines
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg?: string; req?: { url?: string; remoteAddress?: string } }).find((entry) => entry.msg === 'incoming request' && entry.req?.url === marker);
    expect(logged?.req?.remoteAddress).toBe(CLIENT_ADDRESS);
  }, PROCESS_TEST_MS);
});
