/**
 * PostgreSQL's own client programs (pg_dump, pg_restore) as child processes. The connection goes
 * to them as a URL without its password, which travels in PGPASSWORD: never on a command line
 * that `ps` shows.
 */
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { BackupError } from './backup-file.ts';

export async function postgresTool(tool: 'pg_dump' | 'pg_restore', args: string[], databaseUrl: string, stdin?: Readable): Promise<void> {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (password) env.PGPASSWORD = password;
  const child = spawn(tool, [...args, `--dbname=${url.toString()}`], { env, stdio: [stdin ? 'pipe' : 'ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  if (stdin && child.stdin) {
    // pg_restore stops reading when it fails: the rest of the payload then has nowhere to go.
    child.stdin.on('error', () => {});
    stdin.pipe(child.stdin);
  }
  const outcome = await new Promise<{ code: number | null; error?: NodeJS.ErrnoException }>((resolve) => {
    child.once('error', (error: NodeJS.ErrnoException) => resolve({ code: null, error }));
    child.once('close', (code) => resolve({ code }));
  });
  stdin?.destroy();
  if (outcome.error?.code === 'ENOENT') {
    throw new BackupError('tool_failed', `${tool} was not found: install PostgreSQL's client programs (on Debian: apt-get install postgresql-client), of the server's major version or newer`);
  }
  if (outcome.error) throw outcome.error;
  if (outcome.code !== 0) throw new BackupError('tool_failed', `${tool} failed (exit ${outcome.code}): ${stderr.trim() || 'no message'}`);
}
