/** Benchmark 2: PostgreSQL's own limit here — pgbench running an expected-version append at 32 clients. */
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const SETUP = `
DROP TABLE IF EXISTS bench_events; DROP TABLE IF EXISTS bench_streams;
CREATE TABLE bench_streams (id integer PRIMARY KEY, version integer NOT NULL);
CREATE TABLE bench_events (position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, stream_id integer NOT NULL,
  version integer NOT NULL, data jsonb NOT NULL, transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
  UNIQUE (stream_id, version));
INSERT INTO bench_streams SELECT g, 0 FROM generate_series(1, 100000) g;`;

// select version; begin; update streams where version = expected; insert event; commit.
// The insert happens only when the update matched (a lost race appends nothing, as in the store).
const SCRIPT = `\\set id random(1, 100000)
SELECT version AS expected FROM bench_streams WHERE id = :id \\gset
BEGIN;
WITH moved AS (UPDATE bench_streams SET version = :expected + 1 WHERE id = :id AND version = :expected RETURNING id)
INSERT INTO bench_events (stream_id, version, data) SELECT id, :expected + 1, '{"type":"Bench","n":1}' FROM moved;
COMMIT;
`;

export async function benchPgbench(url: string, clients = 32, seconds = 10): Promise<{ tps: number; output: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(SETUP);
  await client.end();
  const dir = mkdtempSync(join(tmpdir(), 'docket-pgbench-'));
  const file = join(dir, 'append.sql');
  writeFileSync(file, SCRIPT);
  const u = new URL(url);
  const output = execFileSync(
    'pgbench',
    ['-n', '-M', 'prepared', '-c', String(clients), '-j', '2', '-T', String(seconds), '-f', file, '-h', decodeURIComponent(u.hostname), '-p', u.port || '5432', '-U', u.username || 'postgres', u.pathname.slice(1)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const tps = Number(/tps = ([\d.]+)/.exec(output)?.[1] ?? 0);
  return { tps, output };
}
