import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { DATABASE_FIGURES_TTL_MS } from '../../src/http/database-gauges.ts';

const gauge = (text: string, name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);

describe('GET /metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('counts requests and commands by outcome, and reports timer and projection lag', async () => {
    const manager = await t.principal(['suggestion_manager']);
    const office = await t.principal(['office']);
    const body = { type: 'RegisterSuggestion', receivedOn: '2024-01-10', channel: 'box', category: 'roads', content: 'x', anonymous: true };
    expect((await t.as(manager, { method: 'POST', url: '/workflows/suggestion/instances', payload: body })).statusCode).toBe(201);
    expect((await t.as(office, { method: 'POST', url: '/workflows/suggestion/instances', payload: { ...body, channel: 'fax' } })).statusCode).toBe(400);

    let text = (await t.as(null, { method: 'GET', url: '/metrics' })).body;
    expect(text).toContain('docket_commands_total{workflow="suggestion",outcome="accepted"} 1');
    expect(text).toContain('docket_commands_total{workflow="suggestion",outcome="invalid_command"} 1');
    expect(text).toMatch(/docket_http_requests_total\{method="POST",route="\/workflows\/suggestion\/instances",status="201"\} 1/);
    expect(text).toMatch(/docket_http_request_duration_seconds_count\{method="POST",route="\/workflows\/suggestion\/instances"\} 2/);
    expect(text).toMatch(/docket_http_requests_total\{method="POST",route="\/workflows\/suggestion\/instances",status="400"\} 1/);
    // The histogram's buckets (prom-client names `le` first) are cumulative, up to +Inf = the count.
    const buckets = [...text.matchAll(/^docket_http_request_duration_seconds_bucket\{le="([^"]+)",method="POST",route="\/workflows\/suggestion\/instances"\} (\d+)$/gm)];
    expect(buckets.map((m) => m[1])).toEqual(['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '+Inf']);
    const counts = buckets.map((m) => Number(m[2]));
    expect(counts.every((n, i) => i === 0 || n >= counts[i - 1]!)).toBe(true);
    expect(counts.at(-1)).toBe(2);
    expect(gauge(text, 'docket_http_request_duration_seconds_sum\\{method="POST",route="/workflows/suggestion/instances"\\}')).toBeGreaterThan(0);
    // Received 2024-01-10, due 2024-01-25: overdue since then; nothing has fired it yet.
    expect(gauge(text, 'docket_timer_lag_seconds')).toBeGreaterThan(30 * 86_400);
    expect(gauge(text, 'docket_projection_lag_events')).toBeGreaterThanOrEqual(1);

    await t.app.docket.scheduler.tick();
    // Due 2024-01-25, fired 2024-03-01: 36 days late (business dates), past the largest bucket (a week).
    text = (await t.as(null, { method: 'GET', url: '/metrics' })).body;
    expect(text).toMatch(/^docket_timer_fire_delay_seconds_bucket\{le="604800"\} 0$/m);
    expect(text).toMatch(/^docket_timer_fire_delay_seconds_bucket\{le="\+Inf"\} 1$/m);
    expect(text).toMatch(/^docket_timer_fire_delay_seconds_count 1$/m);
    // The database's figures are read at most once per few seconds, whoever scrapes.
    text = (await t.as(null, { method: 'GET', url: '/metrics' })).body;
    expect(gauge(text, 'docket_timer_lag_seconds')).toBeGreaterThan(30 * 86_400);
    t.clock.advanceMs(DATABASE_FIGURES_TTL_MS);
    text = (await t.as(null, { method: 'GET', url: '/metrics' })).body;
    expect(gauge(text, 'docket_timer_lag_seconds')).toBe(0);
  });

  it('times commands by workflow and command, shows commit batch sizes, and the process figures, each with its HELP', async () => {
    const text = (await t.as(null, { method: 'GET', url: '/metrics' })).body;
    const accepted = gauge(text, 'docket_command_duration_seconds_count\\{workflow="suggestion",command="RegisterSuggestion"\\}');
    expect(accepted).toBeGreaterThanOrEqual(2); // the accepted one and the one refused for its channel
    expect(text).toMatch(/^docket_commit_batch_size_bucket\{le="1"\} [1-9]\d*$/m);
    for (const name of ['process_cpu_user_seconds_total', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_p99_seconds', 'nodejs_gc_duration_seconds', 'docket_commands_total', 'docket_notifications_pending', 'docket_consumer_lag_events']) {
      expect(text).toMatch(new RegExp(`^# HELP ${name} \\S`, 'm'));
    }
    // Every sample line is `name{labels} value` or `name value`: nothing unescaped breaks a line.
    for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) expect(line).toMatch(/^[a-zA-Z_:][\w:]*(\{.*\})? \S+$/);
  });

  it('escapes label values: a route, status or consumer name cannot break the exposition', async () => {
    t.app.docket.metrics.command('a"b\\c\nd', 'accepted');
    const text = (await t.as(null, { method: 'GET', url: '/metrics' })).body;
    expect(text).toContain('docket_commands_total{workflow="a\\"b\\\\c\\nd",outcome="accepted"} 1');
  });

  it('answers many scrapes without reading the database for each', async () => {
    // Twenty scrapes at the same instant share one reading: the gauges do not change between them
    // even though a timer falls due meanwhile (nothing re-read it).
    t.clock.advanceMs(DATABASE_FIGURES_TTL_MS);
    const first = (await t.as(null, { method: 'GET', url: '/metrics' })).body;
    const manager = await t.principal(['suggestion_manager']);
    const body = { type: 'RegisterSuggestion', receivedOn: '2023-01-10', channel: 'box', category: 'roads', content: 'old', anonymous: true };
    expect((await t.as(manager, { method: 'POST', url: '/workflows/suggestion/instances', payload: body })).statusCode).toBe(201);
    const scrapes = await Promise.all(Array.from({ length: 20 }, () => t.as(null, { method: 'GET', url: '/metrics' })));
    for (const s of scrapes) expect(gauge(s.body, 'docket_timer_lag_seconds')).toBe(gauge(first, 'docket_timer_lag_seconds'));
    t.clock.advanceMs(DATABASE_FIGURES_TTL_MS);
    const later = (await t.as(null, { method: 'GET', url: '/metrics' })).body;
    expect(gauge(later, 'docket_timer_lag_seconds')).toBeGreaterThan(365 * 86_400);
  });

  it('counts the group commit: statements, the commits they carried, and refused batches', async () => {
    const manager = await t.principal(['suggestion_manager']);
    const before = (await t.as(null, { method: 'GET', url: '/metrics' })).body;
    // Box collections: a numbered case's start takes its number under a lock in a transaction of its own.
    const body = (i: number) => ({ type: 'RecordCollection', box: `burst ${i}`, collectedOn: '2024-02-20', count: 1 });
    // Six at once: the first commit goes alone, the others wait for it and go together.
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => t.as(manager, { method: 'POST', url: '/workflows/collection/instances', payload: body(i) })));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(6).fill(201));
    const after = (await t.as(null, { method: 'GET', url: '/metrics' })).body;
    const delta = (name: string) => gauge(after, name) - gauge(before, name);
    expect(after).toContain('# TYPE docket_commit_refused_batches_total counter');
    expect(delta('docket_commit_payloads_total')).toBe(6);
    expect(delta('docket_commit_statements_total')).toBeGreaterThanOrEqual(2);
    expect(delta('docket_commit_statements_total')).toBeLessThan(6);
    expect(delta('docket_commit_refused_batches_total')).toBe(0);
  });
});
