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

/** Marks a body schema that is documented here but validated by the engine (command unions). */
export const VALIDATED_BY_ENGINE = 'x-validated-by-engine';

/** Marks a body schema whose media type is parsed to bytes (src/http/parsers.ts): the route reads them. */
export const BINARY_BODY = 'x-binary-body';

const isObject = (body: unknown) => typeof body === 'object' && body !== null && !Array.isArray(body);

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  if (httpPart === 'body' && (schema as Record<string, unknown>)[VALIDATED_BY_ENGINE]) {
    // The engine validates the exact command schema and answers 400 with the command's own errors.
    const check = (body: unknown) => isObject(body);
    return Object.assign(check, { errors: [{ instancePath: '', message: 'must be a JSON object' }] }) as unknown as ValidateFunction;
  }
  if (httpPart === 'body' && (schema as Record<string, unknown>)[BINARY_BODY]) {
    const check = (body: unknown) => Buffer.isBuffer(body);
    return Object.assign(check, { errors: [{ instancePath: '', message: 'must be the raw bytes of the file' }] }) as unknown as ValidateFunction;
  }
  const ajv = httpPart === 'body' ? strict : coercing;
  const validate = ajv.compile(schema) as ValidateFunction;
  return validate;
};
