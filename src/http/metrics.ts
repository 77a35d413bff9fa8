/** Prometheus text metrics: requests, latency, commands by workflow and outcome, timer and projection lag. */
import type { FastifyInstance } from 'fastify';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

type Labels = Record<string, string>;
const key = (labels: Labels) =>
  Object.entries(labels)
    .map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`)
    .join(',');

export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly latency = new Map<string, { buckets: number[]; sum: number; count: number }>();
  private readonly commands = new Map<string, number>();
  gauges = new Map<string, () => number | Promise<number>>();

  register(app: FastifyInstance): void {
    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? 'unmatched';
      const labels = key({ method: request.method, route, status: String(reply.statusCode) });
      this.requests.set(labels, (this.requests.get(labels) ?? 0) + 1);
      const seconds = reply.elapsedTime / 1000;
      const l = key({ method: request.method, route });
      const h = this.latency.get(l) ?? { buckets: BUCKETS.map(() => 0), sum: 0, count: 0 };
      BUCKETS.forEach((b, i) => {
        if (seconds <= b) h.buckets[i]! += 1;
      });
      h.sum += seconds;
      h.count += 1;
      this.latency.set(l, h);
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
    for (const [labels, n] of this.requests) lines.push(`docket_http_requests_total{${labels}} ${n}`);
    lines.push('# HELP docket_http_request_duration_seconds HTTP request latency.');
    lines.push('# TYPE docket_http_request_duration_seconds histogram');
    for (const [labels, h] of this.latency) {
      BUCKETS.forEach((b, i) => lines.push(`docket_http_request_duration_seconds_bucket{${labels},le="${b}"} ${h.buckets[i]}`));
      lines.push(`docket_http_request_duration_seconds_bucket{${labels},le="+Inf"} ${h.count}`);
      lines.push(`docket_http_request_duration_seconds_sum{${labels}} ${h.sum}`);
      lines.push(`docket_http_request_duration_seconds_count{${labels}} ${h.count}`);
    }
    lines.push('# HELP docket_commands_total Commands by workflow and outcome (accepted or the error code).');
    lines.push('# TYPE docket_commands_total counter');
    for (const [labels, n] of this.commands) lines.push(`docket_commands_total{${labels}} ${n}`);
    for (const [name, read] of this.gauges) {
      lines.push(`# TYPE ${name} gauge`);
      try {
        lines.push(`${name} ${await read()}`);
      } catch {
        lines.push(`${name} NaN`);
      }
    }
    return `${lines.join('\n')}\n`;
  }
}
