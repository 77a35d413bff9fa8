/** Opaque cursors over the log: base64url of "transactionId:position". */
import { DomainError } from '../errors.ts';

export interface Cursor {
  /** xid8 as decimal text. */
  transactionId: string;
  position: number;
}

export const START_CURSOR: Cursor = { transactionId: '0', position: 0 };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.transactionId}:${cursor.position}`, 'utf8').toString('base64url');
}

export function decodeCursor(text: string): Cursor {
  if (text === '' || text === '0') return START_CURSOR;
  const decoded = /^[A-Za-z0-9_-]{1,64}$/.test(text) ? Buffer.from(text, 'base64url').toString('utf8') : '';
  const match = /^(\d{1,19}):(\d{1,15})$/.exec(decoded);
  if (!match) throw new DomainError('invalid_cursor', 'the cursor is not one this server issued', 400);
  return { transactionId: match[1]!, position: Number(match[2]) };
}
