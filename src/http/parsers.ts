/**
 * Body parsers: JSON (prototype-poisoning refused, NUL characters refused since PostgreSQL
 * cannot store them in text), and CSV and .xlsx as raw bytes, only for routes whose body schema
 * declares that media type under `content` (member imports decode them: src/office/text.ts).
 * Any other media type — text/plain included — is 415.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../errors.ts';
import { CSV_TYPE, XLSX_TYPE } from '../office/media-types.ts';

/** Bodies kept as bytes for the route to read (the CSV's charset is the route's to decode). */
const BINARY_MEDIA_TYPES = [CSV_TYPE, XLSX_TYPE] as const;

function hasNul(value: unknown, depth = 0): boolean {
  if (depth > 64) throw new DomainError('invalid_json', 'the JSON body is nested too deeply', 400);
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some((v) => hasNul(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNul(v, depth + 1));
  }
  return false;
}

/** Whether the route's body schema lists this media type under `content` (per-media-type body schemas). */
function routeAccepts(request: FastifyRequest, mediaType: string): boolean {
  const body = request.routeOptions.schema?.body as { content?: Record<string, unknown> } | undefined;
  return body?.content !== undefined && Object.hasOwn(body.content, mediaType);
}

const unsupported = (mediaType: string) =>
  new DomainError('unsupported_media_type', `this route does not take ${mediaType}; send application/json`, 415);

export function registerParsers(app: FastifyInstance): void {
  // Fastify parses text/plain by default; no route takes it, so it must be 415 rather than a string body.
  app.removeContentTypeParser(['text/plain']);
  const defaultJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser(['application/json', 'application/merge-patch+json'], { parseAs: 'string' }, (request, body, done) => {
    defaultJson(request, typeof body === 'string' ? body : body.toString('utf8'), (error, parsed) => {
      if (error) return done(error, undefined);
      try {
        if (hasNul(parsed)) return done(new DomainError('invalid_value', 'text may not contain NUL (\\u0000) characters', 400), undefined);
      } catch (e) {
        return done(e as Error, undefined);
      }
      done(null, parsed);
    });
  });
  for (const mediaType of BINARY_MEDIA_TYPES) {
    app.addContentTypeParser(mediaType, { parseAs: 'buffer' }, (request, body, done) => {
      if (!routeAccepts(request, mediaType)) return done(unsupported(mediaType), undefined);
      done(null, body);
    });
  }
}
