/** Opaque keyset cursors for listings: base64url JSON of {at, key}. */
import { DomainError } from '../errors.ts';

export interface PageCursor {
  at: string;
  key: string;
}

export const encodePageCursor = (cursor: PageCursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

export function decodePageCursor(text: string): PageCursor {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (value && typeof value === 'object') {
      const { at, key } = value as Record<string, unknown>;
      if (typeof at === 'string' && typeof key === 'string' && !Number.isNaN(Date.parse(at)) && key.length <= 200) return { at, key };
    }
  } catch {
    // fall through to the 400 below
  }
  throw new DomainError('invalid_cursor', 'the cursor is not one this server issued', 400);
}
