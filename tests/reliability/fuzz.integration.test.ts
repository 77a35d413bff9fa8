/**
 * Hostile input on every route the app serves (found from the router, so new routes are covered):
 * never a 5xx, every error is problem+json, and nothing is appended by a request that failed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFuzzTarget, fuzz, sweep, type FuzzTarget } from '../support/fuzz/fuzz.scenario.ts';
import { documentedOperations, parseRouteTree, routeKey } from '../support/fuzz/routes.ts';

describe('hostile input', () => {
  let target: FuzzTarget;
  beforeAll(async () => {
    target = await createFuzzTarget();
  });
  afterAll(async () => {
    const f = target.figures;
    process.stdout.write(
      `[reliability] fuzz: ${f.routes} routes (${f.documentedRoutes} documented), ${f.requests} hostile requests, ` +
        `${f.serverErrors} 5xx, ${f.violations.length} violations, ${JSON.stringify(f.byStatus)}\n`,
    );
    await target.close();
  });

  it('finds every route from the router, documented or not', () => {
    const keys = new Set(target.routes.map(routeKey));
    for (const op of documentedOperations(target.t.app)) expect(keys).toContain(op);
    expect(target.routes.length).toBeGreaterThanOrEqual(50);
    expect(keys).toContain('GET /openapi.json');
    expect(parseRouteTree('└── / (GET)\n    ├── me (GET, HEAD)\n    │   └── trics (GET)\n    └── a/:id (DELETE)')).toEqual([
      { path: '/', methods: ['GET'] },
      { path: '/me', methods: ['GET', 'HEAD'] },
      { path: '/metrics', methods: ['GET'] },
      { path: '/a/:id', methods: ['DELETE'] },
    ]);
  });

  it('survives the classic attacks on every route', async () => {
    const before = target.figures.requests;
    const planned = await sweep(target);
    // Every planned request was sent and answered: at least a dozen attacks on each route.
    expect(target.figures.requests - before).toBe(planned);
    expect(planned).toBeGreaterThanOrEqual(target.routes.length * 12);
    expect(target.figures.violations).toEqual([]);
    expect(target.figures.serverErrors).toBe(0);
  }, 120_000);

  it('survives property-based hostile requests (fast-check)', async () => {
    const runs = Number(process.env.FUZZ_RUNS ?? 500);
    const before = target.figures.requests;
    await fuzz(target, runs);
    expect(target.figures.counterexample).toBeNull();
    expect(target.figures.requests - before).toBe(runs);
    expect(target.figures.violations).toEqual([]);
  }, 120_000);
});
