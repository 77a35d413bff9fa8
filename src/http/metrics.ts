/**
 * Prometheus metrics through prom-client: requests and their latency, commands by workflow and
 * outcome, command latency by workflow and command, commit batch sizes, and figures kept elsewhere
 * (counters read when scraped, gauges from the database).
 *
 * Each app has its own registry (several apps in one test process never collide); the process's own
 * figures (CPU, memory, GC, event-loop delay, handles) belong to the process, so they are collected
 * once per process, in a registry of their own, and appended to every app's answer.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { FastifyInstance } from 'fastify';

const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
const COMMAND_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/** Seconds a timer fired after it fell due: the scheduler's interval, up to deadlines past by days. */
const TIMER_BUCKETS = [0.5, 1, 2, 5, 15, 60, 300, 3_600, 86_400, 604_800];
/** Commits per statement: the group commit sends at most 64 by default. */
const BATCH_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128];

let processRegistry: Registry | undefined;
/** The process's figures, collected once however many apps the process builds. */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'docket_http_requests_total',
    help: 'HTTP requests by method, route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly requestSeconds = new Histogram({
    name: 'docket_http_request_duration_seconds',
    help: 'HTTP request latency.',
    labelNames: ['method', 'route'] as const,
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });
  private readonly commands = new Counter({
    name: 'docket_commands_total',
    help: 'Commands by workflow and outcome (accepted, replayed, or the error code).',
    labelNames: ['workflow', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly commandSeconds = new Histogram({
    name: 'docket_command_duration_seconds',
    help: 'Time to decide and commit a command (retries included), by workflow and command, whatever its outcome.',
    labelNames: ['workflow', 'command'] as const,
    buckets: COMMAND_BUCKETS,
    registers: [this.registry],
  });
  private readonly batchSizes = new Histogram({
    name: 'docket_commit_batch_size',
    help: 'Commits carried by each commit statement of the group commit.',
    buckets: BATCH_BUCKETS,
    registers: [this.registry],
  });

  /** The process's figures start with the first app (its CPU counters count from there). */
  private readonly process = processMetrics();

  private readonly timerDelays = new Histogram({
    name: 'docket_timer_fire_delay_seconds',
    help: 'How long after it fell due each timer fired (business due dates: a timer of a deadline already past fires at once, late).',
    buckets: TIMER_BUCKETS,
    registers: [this.registry],
  });

  register(app: FastifyInstance): void {
    app.addHook('onResponse', async (request, reply) => {
      const method = request.method;
      const route = request.routeOptions.url ?? 'unmatched';
      this.requests.inc({ method, route, status: reply.statusCode });
      this.requestSeconds.observe({ method, route }, reply.elapsedTime / 1000);
    });
  }

  /** Counts a command's outcome. */
  command(workflow: string, outcome: string): void {
    this.commands.inc({ workflow, outcome });
  }

  /** Runs one command, counting its outcome and timing it. */
  async timeCommand<T extends object>(workflow: string, command: string, run: () => Promise<T>): Promise<T> {
    const end = this.commandSeconds.startTimer({ workflow, command });
    try {
      const result = await run();
      this.command(workflow, 'replayed' in result && result.replayed === true ? 'replayed' : 'accepted');
      return result;
    } catch (error) {
      this.command(workflow, (error as { code?: unknown }).code?.toString() ?? 'error');
      throw error;
    } finally {
      end();
    }
  }

  /** A timer fired this many seconds after it fell due. */
  timerFired(lateSeconds: number): void {
    this.timerDelays.observe(Math.max(0, lateSeconds));
  }

  /** One commit statement went out carrying this many commits. */
  commitStatement(commits: number): void {
    this.batchSizes.observe(commits);
  }

  /** A counter kept elsewhere, read when scraped (registering a name again replaces it). */
  counter(name: string, help: string, read: () => number): void {
    this.registry.removeSingleMetric(name);
    new Counter({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  }

  /**
   * A gauge read when scraped: one value, or one per value of `label`. A reading that fails (the
   * database is down) shows as NaN rather than failing the whole scrape.
   */
  gauge(name: string, help: string, read: () => number | Promise<number>): void;
  gauge(name: string, help: string, read: () => Promise<ReadonlyMap<string, number>>, label: string): void;
  gauge(name: string, help: string, read: () => number | Promise<number> | Promise<ReadonlyMap<string, number>>, label?: string): void {
    this.registry.removeSingleMetric(name);
    new Gauge({
      name,
      help,
      labelNames: label ? [label] : [],
      registers: [this.registry],
      async collect() {
        this.reset();
        try {
          const value = await read();
          if (typeof value === 'number') this.set(value);
          else for (const [key, n] of value) this.set({ [label ?? '']: key }, n);
        } catch {
          if (!label) this.set(Number.NaN);
        }
      },
    });
  }

  /** The exposition: the process's figures, then this app's. */
  async render(): Promise<{ contentType: string; text: string }> {
    const [own, app] = await Promise.all([this.process.metrics(), this.registry.metrics()]);
    return { contentType: this.registry.contentType, text: `${own}\n${app}` };
  }
}
