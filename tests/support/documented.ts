/**
 * Checks a response against what the OpenAPI document says of its operation: the status is
 * documented, the headers it documents as required are sent, and a JSON (or problem+json) body matches its schema, compiled with Ajv from the
 * document itself (so its $refs to named components resolve as a client's would). tests/support/app.ts
 * runs it on every response of `t.as`, so an API test fails when the document would lie.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

type JsonObject = Record<string, unknown>;

interface Operation {
  method: string;
  pattern: RegExp;
  path: string;
  responses: JsonObject;
}

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

export class DocumentedResponses {
  private readonly ajv;
  private readonly operations: Operation[] = [];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(document: JsonObject) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema(document, 'openapi.json');
    for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, JsonObject>)) {
      // Literal segments first, so /members/import wins over /members/{id}.
      const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
      for (const [method, op] of Object.entries(item)) {
        this.operations.push({ method: method.toUpperCase(), pattern, path, responses: ((op as JsonObject).responses ?? {}) as JsonObject });
      }
    }
    this.operations.sort((a, b) => (b.path.match(/\{/g)?.length ?? 0) < (a.path.match(/\{/g)?.length ?? 0) ? 1 : -1);
  }

  private operationOf(method: string, url: string): Operation | undefined {
    const path = url.split('?')[0]!;
    return this.operations.find((op) => op.method === method && op.pattern.test(path));
  }

  /** The ways the response departs from the document (empty when it matches, or the route is not documented). */
  problems(method: string, url: string, response: { statusCode: number; headers: Record<string, unknown>; body: string }): string[] {
    const op = this.operationOf(method.toUpperCase(), url);
    if (!op) return [];
    const where = `${method.toUpperCase()} ${url} → ${response.statusCode}`;
    const status = String(response.statusCode);
    const documented = op.responses[status] ?? op.responses.default;
    if (!documented) return [`${where}: status not documented for ${op.method} ${op.path}: ${response.body.slice(0, 300)}`];
    const headers = ((documented as JsonObject).headers ?? {}) as Record<string, JsonObject>;
    const missing = Object.entries(headers).filter(([name, header]) => header.required === true && response.headers[name.toLowerCase()] === undefined);
    if (missing.length > 0) return missing.map(([name]) => `${where}: documented header ${name} not sent`);
    const contentType = String(response.headers['content-type'] ?? '').split(';')[0]!.trim();
    if (!/^application\/(problem\+)?json$/.test(contentType) || response.body === '') return [];
    const content = ((documented as JsonObject).content ?? {}) as Record<string, JsonObject>;
    if (!content[contentType]) return [`${where}: ${contentType} not documented for ${op.method} ${op.path} (has ${Object.keys(content).join(', ') || 'none'})`];
    const ref = `openapi.json#/${pointer('paths', op.path, op.method.toLowerCase(), 'responses', status in op.responses ? status : 'default', 'content', contentType, 'schema')}`;
    const validate = this.compiled.get(ref) ?? this.ajv.compile({ $ref: ref });
    this.compiled.set(ref, validate);
    if (validate(JSON.parse(response.body))) return [];
    return (validate.errors ?? []).slice(0, 5).map((e) => `${where}: ${e.instancePath || '/'} ${e.message ?? 'invalid'} ${JSON.stringify(e.params)}`);
  }
}
