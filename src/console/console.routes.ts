/**
 * The web console for the committee office: plain ES modules and CSS served from memory under
 * /console/ (the page itself is public; every piece of data comes from the JSON API with the
 * user's bearer token, kept in sessionStorage). Hidden from the OpenAPI document.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { notFound } from '../errors.ts';
import { loadAssets, type Asset } from './assets.ts';

const CONSOLE_PATH = '/console/';

/** Nothing but our own files: no inline script or style, no framing, no form posts, no plugins. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const HIDDEN = { hide: true } as const;
const PUBLIC = { public: true } as const;

export const consoleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const assets = await loadAssets();
  const index = assets.get('index.html');
  if (!index) throw new Error('the console is missing src/console/public/index.html');

  const redirect = { config: PUBLIC, schema: HIDDEN };
  app.get('/', redirect, async (_request, reply) => reply.redirect(CONSOLE_PATH));
  app.get('/console', redirect, async (_request, reply) => reply.redirect(CONSOLE_PATH));

  app.get(
    '/console/*',
    {
      config: PUBLIC,
      schema: { ...HIDDEN, params: Type.Object({ '*': Type.String({ maxLength: 200 }) }) },
    },
    async (request, reply) => {
      const path = request.params['*'];
      const asset: Asset | undefined = path === '' ? index : assets.get(path);
      if (!asset) throw notFound(`console file ${JSON.stringify(path)}`);
      reply
        .header('content-security-policy', CONTENT_SECURITY_POLICY)
        .header('x-content-type-options', 'nosniff')
        .header('referrer-policy', 'no-referrer')
        .header('cache-control', 'no-cache')
        .header('etag', asset.etag);
      if (request.headers['if-none-match'] === asset.etag) return reply.code(304).send();
      return reply.type(asset.type).send(asset.body);
    },
  );
};
