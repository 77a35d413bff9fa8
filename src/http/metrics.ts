/**
 * Prometheus text metrics: requests, latency, commands by workflow and outcome, timer and projection lag.
 * The gauges that query the database are read at most once per GAUGE_TTL_MS (by the injected clock),
 * and scrapes that arrive meanwhile share that reading: an anonymous scraper cannot make the server
 * run a query per request.
 */
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../clock.ts';

/** How long one reading of the gauges answers scrapes. */
export const GAUGE_TTL_MS = 10_000;

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

type Labels = Record<string, string>;
const key = (labels: Labels) =>
  Object.entries(labels)
    .map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`)
    .join(',');

/** One route's request counts by status and its latency histogram; label strings made once. */
interface RouteStats {
  labels: string;
  byStatus: Map<number, { labels: string; n: number }>;
  buckets: number[];
  sum: number;
  count: number;
}

export class Metrics {
  /** Method → route → stats: found per request without building a key string (every response passes here). */
  private readonly routes = new Map<string, Map<string, RouteStats>>();
  private readonly commands = new Map<string, number>();
  gauges = new Map<string, () => number | Promise<number>>();
  /** Counters kept elsewhere (read when /metrics is scraped): name → help and reader. */
  counters = new Map<string, { help: string; read: () => number }>();
  /** The last reading of the gauges (name → value) and when it was started; shared while in flight. */
  private gaugeReading: { at: number; count: number; values: Promise<[string, number][]> } | null = null;

  constructor(private readonly clock: Clock) {}

  register(app: FastifyInstance): void {
    app.addHook('onResponse', async (request, reply) => {
      const method = request.method;
      const route = request.routeOptions.url ?? 'unmatched';
      let byRoute = this.routes.get(method);
      if (!byRoute) this.routes.set(method, (byRoute = new Map()));
      let stats = byRoute.get(route);
      if (!stats) byRoute.set(route, (stats = { labels: key({ method, route }), byStatus: new Map(), buckets: BUCKETS.map(() => 0), sum: 0, count: 0 }));
      const status = reply.statusCode;
      const counter = stats.byStatus.get(status);
      if (counter) counter.n += 1;
      else stats.byStatus.set(status, { labels: key({ method, route, status: String(status) }), n: 1 });
      const seconds = reply.elapsedTime / 1000;
      for (let i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]!) stats.buckets[i]! += 1;
      stats.sum += seconds;
      stats.count += 1;
    });
  }

  command(workflow: string, outcome: string): void {
    const labels = key({ workflow, outcome });
    this.commands.set(labels, (this.commands.get(labels) ?? 0) + 1);
  }

  async render(): Promise<string> {
    const lines: string[] = [];
    lines.push('# HELP docket_http_requests_total HTTP requests by method, route and status.');
    lines.push('# TYPE docket_http_requests_total counter');
    const all = [...this.routes.values()].flatMap((byRoute) => [...byRoute.values()]);
    for (const stats of all) for (const { labels, n } of stats.byStatus.values()) lines.push(`docket_http_requests_total{${labels}} ${n}`);
    lines.push('# HELP docket_http_request_duration_seconds HTTP request latency.');
    lines.push('# TYPE docket_http_request_duration_seconds histogram');
    for (const { labels, ...h } of all) {
      BUCKETS.forEach((b, i) => lines.push(`docket_http_request_duration_seconds_bucket{${labels},le="${b}"} ${h.buckets[i]}`));
      lines.push(`docket_http_request_duration_seconds_bucket{${labels},le="+Inf"} ${h.count}`);
      lines.push(`docket_http_request_duration_seconds_sum{${labels}} ${h.sum}`);
      lines.push(`docket_http_request_duration_seconds_count{${labels}} ${h.count}`);
    }
    lines.push('# HELP docket_commands_total Commands by workflow and outcome (accepted or the error code).');
    lines.push('# TYPE docket_commands_total counter');
    for (const [labels, n] of this.commands) lines.push(`docket_commands_total{${labels}} ${n}`);
    for (const [name, { help, read }] of this.counters) {
      lines.push(`# HELP ${name} ${help}`);
      lines.push(`# TYPE ${name} counter`);
      lines.push(`${name} ${read()}`);
    }
    for (const [name, value] of await this.readGauges()) {
      lines.push(`# TYPE ${name} gauge`);
      lines.push(`${name} ${value}`);
    }
    return `${lines.join('\n')}\n`;
  }

  /** The gauges, read again only when the last reading is GAUGE_TTL_MS old (or a gauge was added since). */
  private readGauges(): Promise<[string, number][]> {
    const now = this.clock.now().getTime();
    const last = this.gaugeReading;
    if (last && last.count === this.gauges.size && now >= last.at && now - last.at < GAUGE_TTL_MS) return last.values;
    const values = Promise.all(
      [...this.gauges].map(async ([name, read]): Promise<[string, number]> => {
        try {
          return [name, await read()];
        } catch {
          return [name, Number.NaN];
        }
      }),
    );
    this.gaugeReading = { at: now, count: this.gauges.size, values };
    return values;
  }
}
