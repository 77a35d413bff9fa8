/**
 * The typed data of the API's answers, from the workflows' own schemas (`eventData`, `instanceData`):
 * each event's data (`<EventType>EventData`) and each workflow's instance data (`<Workflow>InstanceData`)
 * as named components, the events as a union discriminated by `type`.
 *
 * Answers are serialized as recorded, through a free object: serializing through the typed schema
 * would drop a field it does not name and write an erased null as "". `documentedAs()` carries the
 * typed schema beside the free one and the document's last pass (openapi-document.ts) puts it in
 * its place; the API tests validate every answer against the typed document, so the two cannot part.
 *
 * A personal field (src/privacy/personal-fields.ts) is optional and nullable in every answer: the
 * read policy leaves it out for a caller who may not see it (naming it in `redacted`), and an
 * erased one reads as null.
 */
import type { TSchema } from '@sinclair/typebox';
import type { WorkflowDefinition } from '../../workflows/contract.ts';
import { ERASURE_EVENT, PERSONAL_FIELDS, type PersonalField } from '../privacy/personal-fields.ts';
import { COMPONENT, DOCUMENTED_AS } from './openapi-document.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A schema as plain JSON (TypeBox's symbols left behind). */
export const jsonOf = (schema: TSchema | JsonObject): JsonObject => JSON.parse(JSON.stringify(schema)) as JsonObject;

/** `free` as the serializer sees it, documented in the OpenAPI document as `typed`. */
export function documentedAs<T extends TSchema>(free: T, typed: JsonObject | TSchema): T {
  return { ...free, [DOCUMENTED_AS]: jsonOf(typed) };
}

/** The workflow's name as components spell it: cadre-training → CadreTraining. */
export const pascalOf = (name: string): string => name.replace(/(^|-)([a-z])/g, (_m, _dash: string, c: string) => c.toUpperCase());

/** The object schemas a node stands for: itself, or the object variants of a nullable union. */
function objectsIn(node: Json | undefined): JsonObject[] {
  if (!isObject(node)) return [];
  if (isObject(node.properties)) return [node];
  const variants = Array.isArray(node.anyOf) ? node.anyOf : Array.isArray(node.oneOf) ? node.oneOf : [];
  return variants.flatMap(objectsIn);
}

/** The array schemas a node stands for: itself, or the array variants of a nullable union. */
function arraysIn(node: Json | undefined): JsonObject[] {
  if (!isObject(node)) return [];
  if (node.type === 'array') return [node];
  const variants = Array.isArray(node.anyOf) ? node.anyOf : [];
  return variants.flatMap(arraysIn);
}

const acceptsNull = (schema: JsonObject): boolean =>
  schema.type === 'null' || (Array.isArray(schema.anyOf) && schema.anyOf.some((v) => isObject(v) && v.type === 'null'));

/** The schema with the field at `path` (dots, `[]` into arrays) optional and nullable; a path the schema lacks is a bug. */
function relax(node: Json | undefined, steps: readonly string[], field: PersonalField, where: string): void {
  const [step, ...rest] = steps as [string, ...string[]];
  const many = step.endsWith('[]');
  const key = many ? step.slice(0, -2) : step;
  const objects = objectsIn(node);
  if (objects.length === 0) throw new Error(`${where}: personal field ${field.path} is not in the data schema`);
  for (const object of objects) {
    const properties = object.properties as JsonObject;
    const property = properties[key];
    if (!isObject(property)) throw new Error(`${where}: personal field ${field.path} is not in the data schema`);
    if (many) {
      for (const array of arraysIn(property)) relax(array.items, rest, field, where);
    } else if (rest.length > 0) {
      relax(property, rest, field, where);
    } else {
      if (Array.isArray(object.required)) {
        const required = object.required.filter((name) => name !== key);
        if (required.length > 0) object.required = required;
        else delete object.required;
      }
      const note = `Personal (${field.category}): absent when the caller may not see it (then named in \`redacted\`), null once erased.`;
      const { description, ...shape } = property;
      properties[key] = {
        description: typeof description === 'string' ? `${description}. ${note}` : note,
        ...(acceptsNull(shape) ? shape : { anyOf: [shape, { type: 'null' }] }),
      };
    }
  }
}

/** The data schema as an answer shows it: its personal fields optional and nullable. */
export function answeredData(schema: TSchema, fields: readonly PersonalField[], where: string): JsonObject {
  const json = jsonOf(schema);
  for (const field of fields) relax(json, field.path.split('.'), field, where);
  return json;
}

const personalFieldsOf = (workflow: string) => PERSONAL_FIELDS[workflow] ?? { instance: [], events: {} };

/** `<Workflow>InstanceData`: the instance's data as an answer shows it. */
export function instanceDataSchema(def: WorkflowDefinition): JsonObject {
  const name = `${pascalOf(def.name)}InstanceData`;
  return {
    ...answeredData(def.instanceData, personalFieldsOf(def.name).instance, name),
    description: `The data of a ${def.name} instance (its personal fields as the read policy lets the caller see them)`,
    [COMPONENT]: name,
  };
}

/**
 * The event the log records on a subject's stream outside its workflow's machine: an erasure
 * (src/privacy/erasure.ts), with who and when in its envelope and why in its data, never what.
 */
const ERASURE_DATA: JsonObject = {
  type: 'object',
  required: ['reason'],
  properties: { reason: { type: 'string', description: 'Why the subject’s personal data was erased (the request it answers)' } },
};

/** `<EventType>Event`: an event's type and its data (`<EventType>EventData`). */
function typedEvent(def: WorkflowDefinition | null, type: string): JsonObject {
  const dataName = `${type}EventData`;
  const data = def ? answeredData(def.eventData[type]!, personalFieldsOf(def.name).events[type] ?? [], dataName) : ERASURE_DATA;
  return {
    [COMPONENT]: `${type}Event`,
    type: 'object',
    description: `The type and data of a ${type} event`,
    required: ['type', 'data'],
    properties: { type: { type: 'string', enum: [type] }, data: { ...data, [COMPONENT]: dataName } },
  };
}

/**
 * Every event type of the workflows once (a type two workflows share has one data schema:
 * tests/workflows/data-schemas.test.ts), and the erasure (null: the log's own) on any stream.
 */
function eventTypes(workflows: readonly WorkflowDefinition[]): Map<string, WorkflowDefinition | null> {
  const types = new Map<string, WorkflowDefinition | null>();
  for (const def of workflows) for (const type of Object.keys(def.eventData)) if (!types.has(type)) types.set(type, def);
  types.set(ERASURE_EVENT, null);
  return types;
}

/**
 * An event envelope, documented with its `type` and `data` as a union discriminated by `type` (one
 * `<EventType>Event` per type) beside the envelope's other fields. The union sits on the envelope
 * itself, not behind an `allOf`: a generator reads an `allOf` holding a schema with a discriminator
 * as a subtype of it (openapi-typescript would type `Event.type` as "Event").
 */
export function typedEnvelope(name: string, envelope: TSchema, workflows: readonly WorkflowDefinition[]): JsonObject {
  const json = jsonOf(envelope);
  const { type: _type, data: _data, ...others } = json.properties as JsonObject;
  const required = Array.isArray(json.required) ? json.required.filter((key) => key !== 'type' && key !== 'data') : [];
  const { [DOCUMENTED_AS]: _typed, [COMPONENT]: _name, properties: _properties, required: _required, ...rest } = json;
  const types = [...eventTypes(workflows)];
  return {
    ...rest,
    [COMPONENT]: name,
    properties: others,
    required,
    oneOf: types.map(([type, def]) => typedEvent(def, type)),
    discriminator: { propertyName: 'type', mapping: Object.fromEntries(types.map(([type]) => [type, `#/components/schemas/${type}Event`])) },
  };
}
