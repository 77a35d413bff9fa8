/**
 * Checks what a workflow records against the schemas it declares (`eventData`, `instanceData`),
 * strictly: every object must hold exactly its declared properties. The scenario harness runs it
 * after every command and timer, so each workflow spec also proves its schemas match its data.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { TSchema } from '@sinclair/typebox';
import type { DomainEvent, WorkflowDefinition } from '../../workflows/contract.ts';

type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy of the schema in which an object without its own rule for extra properties refuses them. */
export function strictly(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strictly);
  if (!isObject(schema)) return schema;
  const copy: Json = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, strictly(value)]));
  const open = 'additionalProperties' in copy || 'patternProperties' in copy;
  if (copy.type === 'object' && !open) copy.additionalProperties = false;
  return copy;
}

const compiled = new WeakMap<TSchema, ValidateFunction>();
function validator(schema: TSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(strictly(JSON.parse(JSON.stringify(schema))) as object);
    compiled.set(schema, validate);
  }
  return validate;
}

const problemsOf = (what: string, validate: ValidateFunction, value: unknown): string[] =>
  validate(value) ? [] : (validate.errors ?? []).map((e) => `${what}${e.instancePath} ${e.message ?? 'invalid'} ${JSON.stringify(e.params)}`);

/** How the events' data and the instance data depart from the workflow's schemas (empty when they match). */
export function recordedDataProblems(def: WorkflowDefinition, events: readonly DomainEvent[], context: unknown): string[] {
  const problems: string[] = [];
  for (const event of events) {
    const schema = Object.hasOwn(def.eventData, event.type) ? def.eventData[event.type] : undefined;
    if (!schema) problems.push(`${def.name}: no data schema for event ${event.type}`);
    else problems.push(...problemsOf(`${event.type} data`, validator(schema), event.data));
  }
  const data = def.view ? def.view(context) : context;
  problems.push(...problemsOf(`${def.name} instance data`, validator(def.instanceData), data));
  return problems;
}
