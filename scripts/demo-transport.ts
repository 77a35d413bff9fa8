/**
 * How the demo loader reaches a Docket server: over HTTP (a running server, real fetch) or through
 * app.inject into an app in this process. The loader sees only this one small interface.
 */
import type { FastifyInstance } from 'fastify';

export interface DemoRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  token: string;
  /** Sent as is (JSON already serialised, or CSV). */
  body?: string;
  headers?: Record<string, string>;
}

export interface DemoResponse {
  status: number;
  body: string;
}

export interface DemoTransport {
  /** Where the requests go, for messages: the base URL, or "this process". */
  readonly target: string;
  send(request: DemoRequest): Promise<DemoResponse>;
  /**
   * Fires the timers due by `day` (a business day), as a server's scheduler would have on that day.
   * Only in this process: a running server's own scheduler fires every timer once it is due.
   */
  fireTimersDueBy?(day: string): Promise<void>;
}

function headersOf(request: DemoRequest): Record<string, string> {
  return { authorization: `Bearer ${request.token}`, ...(request.headers ?? {}) };
}

/** A server at `baseUrl` (e.g. http://127.0.0.1:3000); each request is bounded by `timeoutMs`. */
export function httpTransport(baseUrl: string, timeoutMs = 30_000): DemoTransport {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    target: base,
    async send(request) {
      const response = await fetch(`${base}${request.path}`, {
        method: request.method,
        headers: headersOf(request),
        ...(request.body === undefined ? {} : { body: request.body }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      return { status: response.status, body: await response.text() };
    },
  };
}

/** An app in this process (the embedded database opened by the script itself). */
export function injectTransport(app: FastifyInstance): DemoTransport {
  return {
    target: 'this process',
    async send(request) {
      const response = await app.inject({
        method: request.method,
        url: request.path,
        headers: headersOf(request),
        ...(request.body === undefined ? {} : { payload: request.body }),
      });
      return { status: response.statusCode, body: response.body };
    },
    async fireTimersDueBy(day) {
      await app.docket.scheduler.tick({ dueBy: day });
    },
  };
}

/** Whether a Docket server answers `GET /health` at `baseUrl` with its database reachable. */
export async function answersHealth(baseUrl: string, timeoutMs = 2_000): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl.replace(/\/+$/, '')}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    if (response.status !== 200) return false;
    const body = (await response.json()) as { status?: unknown; database?: unknown };
    return body.status === 'ok' && (body.database === 'pglite' || body.database === 'postgres');
  } catch {
    return false;
  }
}
