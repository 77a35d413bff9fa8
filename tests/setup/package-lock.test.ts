import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** Whether an engines range has a branch that admits some Node 20 release (`>=18`, `^20.19.0 || >=22.12.0`, `18 || 20 || >=22`, …). */
function admitsNode20(range: string): boolean {
  return range.split('||').some((branch) => {
    const b = branch.trim();
    const lower = /^>=?\s*(\d+)/.exec(b);
    if (lower?.[1]) return Number(lower[1]) <= 20;
    return b === '*' || /^[\^~]?20(\.|$)/.test(b);
  });
}

interface Lock {
  packages: Record<string, { version?: string; engines?: { node?: string } }>;
}

describe('package.json and package-lock.json agree, so `npm install` on a clean clone leaves the lock unchanged', () => {
  it('the lock records the engines package.json declares', () => {
    const pkg = read('package.json') as { engines: { node: string } };
    const lock = read('package-lock.json') as unknown as Lock;
    expect(lock.packages['']?.engines?.node).toBe(pkg.engines.node);
  });

  it('no locked package requires a newer Node than 20 (npm would warn EBADENGINE on Node 20)', () => {
    const lock = read('package-lock.json') as unknown as Lock;
    const refusing = Object.entries(lock.packages)
      .filter(([, entry]) => entry.engines?.node !== undefined && !admitsNode20(entry.engines.node))
      .map(([path, entry]) => `${path}@${entry.version ?? ''} (node ${entry.engines?.node ?? ''})`);
    expect(refusing).toEqual([]);
  });

  it('app.inject still sends cookies with the cookie version light-my-request is pinned to (see overrides)', async () => {
    const app = Fastify();
    app.get('/', async (request) => ({ cookie: request.headers.cookie ?? null }));
    try {
      const res = await app.inject({ url: '/', cookies: { session: 'a b', name: 'é' } });
      expect(res.json()).toEqual({ cookie: 'session=a%20b; name=%C3%A9' });
    } finally {
      await app.close();
    }
  });
});
