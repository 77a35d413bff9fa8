/**
 * The front door: how long a client may take, how much it may send, which proxy it may come
 * through, and the security headers on every response (helmet).
 */
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

export interface FrontDoorOptions {
  /** Largest request body in bytes (a route may allow more, e.g. a roster import); refused with 413 before it is read. */
  bodyLimit: number;
  /** The whole request (headers and body) must arrive within this time, or the connection is answered 408 and closed. */
  requestTimeoutMs: number;
  /** A connection with no traffic for this long is closed. */
  connectionTimeoutMs: number;
  /** An idle keep-alive connection is closed after this long. */
  keepAliveTimeoutMs: number;
  /** Fastify's trustProxy: whose X-Forwarded-For/-Proto to believe (client address, HTTPS for the Secure cookie). */
  trustProxy: boolean | string;
}

export const DEFAULT_FRONT_DOOR: FrontDoorOptions = {
  bodyLimit: 1_048_576,
  requestTimeoutMs: 30_000,
  connectionTimeoutMs: 60_000,
  keepAliveTimeoutMs: 10_000,
  trustProxy: false,
};

/** Fastify's server options for these limits. */
export function serverOptions(options: FrontDoorOptions): Pick<FastifyServerOptions, 'bodyLimit' | 'requestTimeout' | 'connectionTimeout' | 'keepAliveTimeout' | 'trustProxy'> & {
  http: { headersTimeout: number; connectionsCheckingInterval: number };
} {
  return {
    bodyLimit: options.bodyLimit,
    requestTimeout: options.requestTimeoutMs,
    connectionTimeout: options.connectionTimeoutMs,
    keepAliveTimeout: options.keepAliveTimeoutMs,
    trustProxy: options.trustProxy,
    http: {
      // Headers are part of the request: a client trickling them is cut off at the same limit.
      headersTimeout: options.requestTimeoutMs,
      // Node looks for overdue requests this often (30 s by default, too coarse for a short limit).
      connectionsCheckingInterval: Math.min(30_000, Math.max(50, Math.floor(options.requestTimeoutMs / 4))),
    },
  };
}

/**
 * The policy of every response but the console's (which sends a stricter one of its own): our own
 * scripts only, inline styles for Swagger UI, nothing framed, no plugins.
 */
export const API_CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
};

/**
 * Helmet's headers, worked out once: its middleware, run at start against a response that only
 * records what it is told, answers the same headers for every request under a fixed policy.
 */
function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: unknown) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  helmet({
    // Without upgrade-insecure-requests: a server reached over plain HTTP (a local install) must still load its own files.
    contentSecurityPolicy: { useDefaults: false, directives: API_CONTENT_SECURITY_POLICY },
    referrerPolicy: { policy: 'no-referrer' },
  })({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return headers;
}

/**
 * The security headers on every response, set on the reply: the Fastify plugin builds helmet's
 * middleware again for each request, and headers set on the raw response make Node check every
 * other header of the answer again; together that cost more than deciding a command.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  const headers = securityHeaders();
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
