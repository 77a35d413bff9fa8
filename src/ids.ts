/** Id generation, injected so tests can make ids predictable. */
import { randomUUID } from 'node:crypto';

export interface IdGenerator {
  next(): string;
}

export const randomIds: IdGenerator = { next: () => randomUUID() };
