/** The console is served by the API server itself: public files with the right types, a strict CSP, out of OpenAPI. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';

describe('console routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('redirects / to the console and serves its page without a token, under a strict CSP', async () => {
    const root = await t.as(null, { method: 'GET', url: '/' });
    expect(root.statusCode).toBe(302);
    expect(root.headers.location).toBe('/console/');

    const page = await t.as(null, { method: 'GET', url: '/console/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<script type="module" src="/console/js/app.js"></script>');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves scripts, styles and images with their content types, and answers 304 to a matching ETag', async () => {
    const script = await t.as(null, { method: 'GET', url: '/console/js/app.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const style = await t.as(null, { method: 'GET', url: '/console/styles.css' });
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
    const icon = await t.as(null, { method: 'GET', url: '/console/favicon.svg' });
    expect(icon.headers['content-type']).toBe('image/svg+xml');

    const etag = String(script.headers.etag);
    const again = await t.as(null, { method: 'GET', url: '/console/js/app.js', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('answers 404 problem+json for anything that is not one of its files, and never leaves its folder', async () => {
    for (const url of ['/console/nope.js', '/console/js/..%2f..%2fassets.ts', '/console/console.routes.ts', '/console/index.html.bak']) {
      const res = await t.as(null, { method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toContain('application/problem+json');
    }
    // A path that leaves /console/ is no longer the console's: it meets the API's authentication.
    for (const url of ['/console/../package.json', '/console/%2e%2e/package.json']) {
      const outside = await t.as(null, { method: 'GET', url });
      expect(outside.statusCode, url).toBe(401);
      expect(outside.body, url).not.toContain('playwright-core');
    }
  });

  it('keeps the API private: the console page is public, the data behind it is not', async () => {
    const me = await t.as(null, { method: 'GET', url: '/me' });
    expect(me.statusCode).toBe(401);
  });

  it('is hidden from the OpenAPI document', async () => {
    const doc = await t.as(null, { method: 'GET', url: '/openapi.json' });
    expect(doc.statusCode).toBe(200);
    const paths = Object.keys(doc.json().paths as Record<string, unknown>);
    expect(paths.some((p) => p === '/' || p.startsWith('/console'))).toBe(false);
    expect(paths).toContain('/me');
  });
});
