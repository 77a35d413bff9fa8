/**
 * The TypeScript client's types (clients/typescript/src/schema.ts), generated from the OpenAPI
 * document by openapi-typescript: written by `npm run openapi`, compared by tests/api/client.integration.test.ts.
 */
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const CLIENT_SCHEMA_FILE = fileURLToPath(new URL('../clients/typescript/src/schema.ts', import.meta.url));

const HEADER = '// Generated from openapi/openapi.json by `npm run openapi` (openapi-typescript). Do not edit.\n\n';

export async function clientSchema(document: object): Promise<string> {
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)) as Parameters<typeof openapiTS>[0], { alphabetize: false });
  return HEADER + astToString(ast);
}
