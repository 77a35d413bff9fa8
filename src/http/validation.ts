/**
 * Request validation: bodies are validated strictly (no type coercion, unknown fields rejected,
 * real calendar dates); querystrings and params may coerce "10" to 10.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

function makeAjv(coerceTypes: boolean | 'array'): Ajv {
  const ajv = new Ajv({ coerceTypes, removeAdditional: false, useDefaults: false, allErrors: false, strict: false });
  addFormats(ajv);
  return ajv;
}

const strict = makeAjv(false);
const coercing = makeAjv('array');

/**
 * Marks a body schema that is documented here but validated further on: a command union by the
 * engine (against the one command it names), the rows of a member import by its row mapper (which
 * also reads Chinese words and other date forms). Here only the top-level shape is checked.
 */
export const VALIDATED_BY_ENGINE = 'x-validated-by-engine';

/** Marks a body schema whose media type is parsed to bytes (src/http/parsers.ts): the route reads them. */
export const BINARY_BODY = 'x-binary-body';

const isObject = (body: unknown) => typeof body === 'object' && body !== null && !Array.isArray(body);

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  if (httpPart === 'body' && (schema as Record<string, unknown>)[VALIDATED_BY_ENGINE]) {
    // The engine (or the import) validates the exact shape and answers with its own errors.
    const array = (schema as { type?: unknown }).type === 'array';
    const check = (body: unknown) => (array ? Array.isArray(body) : isObject(body));
    return Object.assign(check, { errors: [{ instancePath: '', message: array ? 'must be a JSON array' : 'must be a JSON object' }] }) as unknown as ValidateFunction;
  }
  if (httpPart === 'body' && (schema as Record<string, unknown>)[BINARY_BODY]) {
    const check = (body: unknown) => Buffer.isBuffer(body);
    return Object.assign(check, { errors: [{ instancePath: '', message: 'must be the raw bytes of the file' }] }) as unknown as ValidateFunction;
  }
  const ajv = httpPart === 'body' ? strict : coercing;
  const validate = ajv.compile(schema) as ValidateFunction;
  return validate;
};
