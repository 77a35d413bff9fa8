/**
 * Every route the app serves, found from `app.printRoutes()` (so a route added later is fuzzed
 * without touching the tests), with its parameter and body schemas from the OpenAPI document.
 */
import type { FastifyInstance } from 'fastify';

export type JsonSchema = Record<string, unknown>;

export interface Route {
  method: string;
  /** As Fastify knows it: `/workflows/suggestion/instances/:id`, `/docs/*`. */
  path: string;
  /** Path parameter names (`*` for a wildcard). */
  params: string[];
  query: { name: string; schema: JsonSchema }[];
  /** JSON body schema (POST/PUT), if documented. */
  body: JsonSchema | null;
  /** Content types the route documents for its body. */
  contentTypes: string[];
  documented: boolean;
}

interface OpenApiOperation {
  parameters?: { in: string; name: string; schema?: JsonSchema }[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
}

/** Parses the radix tree `printRoutes({ commonPrefix: false })` draws into full paths and methods. */
export function parseRouteTree(tree: string): { path: string; methods: string[] }[] {
  const routes: { path: string; methods: string[] }[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const at = line.indexOf('── ');
    if (at < 0) continue;
    const level = Math.round((at - 1) / 4);
    const match = /^(.*?)(?: \(([A-Z, ]+)\))?$/.exec(line.slice(at + 3));
    if (!match) continue;
    const segment = match[1] ?? '';
    stack.length = level;
    stack[level] = segment;
    if (match[2]) routes.push({ path: stack.join(''), methods: match[2].split(',').map((m) => m.trim()) });
  }
  return routes;
}

const toOpenApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

export function enumerateRoutes(app: FastifyInstance): Route[] {
  const doc = app.swagger() as { paths?: Record<string, Record<string, OpenApiOperation>> };
  const paths = doc.paths ?? {};
  const routes: Route[] = [];
  for (const { path, methods } of parseRouteTree(app.printRoutes({ commonPrefix: false }))) {
    for (const method of methods) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      const op = paths[toOpenApiPath(path)]?.[method.toLowerCase()];
      const params = [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1] ?? '');
      if (path.endsWith('*')) params.push('*');
      const content = op?.requestBody?.content ?? {};
      routes.push({
        method,
        path,
        params,
        query: (op?.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        body: content['application/json']?.schema ?? null,
        contentTypes: Object.keys(content),
        documented: op !== undefined,
      });
    }
  }
  return routes;
}

/** Every operation of the OpenAPI document, as `METHOD /path/{param}`. */
export function documentedOperations(app: FastifyInstance): string[] {
  const doc = app.swagger() as { paths?: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths ?? {}).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
}

export const routeKey = (r: Pick<Route, 'method' | 'path'>) => `${r.method} ${toOpenApiPath(r.path)}`;
