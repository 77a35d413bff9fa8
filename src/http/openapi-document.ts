/**
 * The last pass over the generated OpenAPI document (fastify-swagger's `transformObject`), so that
 * client generators get names and closed lists without every route spelling them out:
 * - a schema marked `x-component: Name` (see `named()` in schemas.ts) moves to
 *   `components.schemas.Name` and is referred to by `$ref` wherever it appeared;
 * - a command union (a body marked `x-validated-by-engine`) becomes a `oneOf` of named command
 *   schemas (`components.schemas.<CommandType>`) with a `discriminator` on `type`, itself named
 *   by the union's `x-component`;
 * - a schema marked `x-documented-as` is replaced by the schema it carries (typed data, data-schemas.ts);
 * - an `anyOf` of one-value enums (TypeBox's union of literals) becomes one `enum`;
 * - an operation marked `x-etag` documents the `ETag` header of its 2xx answers (every answer that sends one is marked).
 */
import { VALIDATED_BY_ENGINE } from './validation.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export const COMPONENT = 'x-component';
export const ETAG = 'x-etag';
/** The schema a free one (answers serialized as recorded) is documented as (src/http/data-schemas.ts). */
export const DOCUMENTED_AS = 'x-documented-as';

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const refTo = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });

class Components {
  constructor(private readonly schemas: JsonObject) {}

  /** Adds `schema` under `name` (the same schema twice is one component; two different ones are a bug). */
  add(name: string, schema: JsonObject): JsonObject {
    const existing = this.schemas[name];
    if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(schema)) {
      throw new Error(`two different schemas are both named ${name} in the OpenAPI document`);
    }
    this.schemas[name] = schema;
    return refTo(name);
  }
}

/** One value of a one-value enum or const, or undefined. */
function singleValue(schema: Json): { value: Json; type: Json | undefined } | undefined {
  if (!isObject(schema)) return undefined;
  const keys = Object.keys(schema).filter((k) => k !== 'type');
  if (keys.length !== 1) return undefined;
  if (keys[0] === 'const') return { value: schema.const!, type: schema.type };
  if (keys[0] === 'enum' && Array.isArray(schema.enum) && schema.enum.length === 1) return { value: schema.enum[0]!, type: schema.type };
  return undefined;
}

/** An anyOf whose one-value variants (two or more) become one enum; a null variant stays beside it. */
function asEnum(schema: JsonObject): JsonObject {
  const variants = schema.anyOf;
  if (!Array.isArray(variants)) return schema;
  const singles = variants.map(singleValue).filter((v) => v !== undefined);
  if (singles.length < 2) return schema;
  const others = variants.filter((v) => singleValue(v) === undefined);
  const types = new Set(singles.map((v) => JSON.stringify(v.type ?? typeof v.value)));
  const merged: JsonObject = { ...(types.size === 1 ? { type: singles[0]!.type ?? typeof singles[0]!.value } : {}), enum: singles.map((v) => v.value) };
  const { anyOf: _anyOf, ...rest } = schema;
  return others.length === 0 ? { ...rest, ...merged } : { ...rest, anyOf: [merged, ...others] };
}

/** `{type, ...}` command schemas → named components, the union → oneOf with a discriminator. */
function commandUnion(schema: JsonObject, components: Components): JsonObject {
  // A union of one command is the command itself.
  const { [COMPONENT]: _n, [VALIDATED_BY_ENGINE]: _m, description: _d, ...single } = schema;
  const variants = schema.anyOf ?? schema.oneOf ?? [single];
  if (!Array.isArray(variants)) return schema;
  const mapping: JsonObject = {};
  const refs = variants.map((variant) => {
    const type = isObject(variant) && isObject(variant.properties) ? singleValue(variant.properties.type!)?.value : undefined;
    if (typeof type !== 'string' || !isObject(variant)) throw new Error('a command union holds a schema without a literal `type`');
    const ref = components.add(type, variant);
    mapping[type] = ref.$ref!;
    return ref;
  });
  const name = schema[COMPONENT];
  const union: JsonObject = {
    ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
    oneOf: refs,
    discriminator: { propertyName: 'type', mapping },
  };
  // The marker stays on the body (a reference to the union), where the validator compiler reads it.
  return typeof name === 'string' ? { ...components.add(name, union), [VALIDATED_BY_ENGINE]: true } : { ...union, [VALIDATED_BY_ENGINE]: true };
}

function visit(node: Json, components: Components): Json {
  if (Array.isArray(node)) return node.map((item) => visit(item, components));
  if (!isObject(node)) return node;
  if (isObject(node[DOCUMENTED_AS])) return visit(node[DOCUMENTED_AS], components);
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) out[key] = key === 'discriminator' ? value : visit(value, components);
  if (out[VALIDATED_BY_ENGINE] === true && out.type !== 'array') return commandUnion(out, components);
  const normalized = asEnum(out);
  const name = normalized[COMPONENT];
  if (typeof name === 'string') {
    const { [COMPONENT]: _name, ...schema } = normalized;
    return components.add(name, schema);
  }
  return normalized;
}

function documentEtags(paths: JsonObject): void {
  for (const item of Object.values(paths)) {
    if (!isObject(item)) continue;
    for (const op of Object.values(item)) {
      if (!isObject(op) || op[ETAG] !== true) continue;
      delete op[ETAG];
      for (const [status, response] of Object.entries(isObject(op.responses) ? op.responses : {})) {
        if (!status.startsWith('2') || !isObject(response)) continue;
        response.headers = {
          ...(isObject(response.headers) ? response.headers : {}),
          ETag: {
            description: 'The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match',
            required: true,
            schema: { type: 'string', pattern: '^"\\d+"$' },
          },
        };
      }
    }
  }
}

export function finishDocument<T extends object>(document: T): T {
  const doc = document as unknown as JsonObject;
  const componentsNode = isObject(doc.components) ? doc.components : (doc.components = {});
  const schemas = isObject(componentsNode.schemas) ? componentsNode.schemas : (componentsNode.schemas = {});
  const components = new Components(schemas);
  for (const [name, schema] of Object.entries(schemas)) schemas[name] = visit(schema, components);
  const paths = visit(doc.paths ?? {}, components) as JsonObject;
  documentEtags(paths);
  doc.paths = paths;
  componentsNode.schemas = Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));
  return document;
}
