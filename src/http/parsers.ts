/**
 * Body parsers: JSON (prototype-poisoning refused, NUL characters refused since PostgreSQL
 * cannot store them in text) and CSV as plain text for member imports.
 */
import type { FastifyInstance } from 'fastify';
import { DomainError } from '../errors.ts';

function hasNul(value: unknown, depth = 0): boolean {
  if (depth > 64) throw new DomainError('invalid_json', 'the JSON body is nested too deeply', 400);
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some((v) => hasNul(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNul(v, depth + 1));
  }
  return false;
}

export function registerParsers(app: FastifyInstance): void {
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
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.includes('\u0000')) return done(new DomainError('invalid_value', 'the CSV contains NUL characters', 400), undefined);
    done(null, text);
  });
}
