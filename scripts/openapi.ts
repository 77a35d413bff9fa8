/**
 * `npm run openapi`: builds the app on an in-memory PGlite database and writes the OpenAPI document
 * it serves at /openapi.json to openapi/openapi.json (pretty JSON), and the TypeScript client's types
 * generated from it to clients/typescript/src/schema.ts. Tests fail when either drifts.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { CLIENT_SCHEMA_FILE, clientSchema } from './openapi-client.ts';

const OPENAPI_FILE = fileURLToPath(new URL('../openapi/openapi.json', import.meta.url));

const database = await openDatabase({ dataDir: 'memory://' });
try {
  await migrate(database);
  const app = await buildApp({ database, logLevel: 'silent' });
  try {
    await app.ready();
    const document = app.swagger();
    // Pretty JSON with a final newline; the drift test compares the parsed documents.
    writeFileSync(OPENAPI_FILE, `${JSON.stringify(document, null, 2)}\n`);
    const paths = Object.keys((document as { paths?: object }).paths ?? {}).length;
    process.stdout.write(`wrote ${OPENAPI_FILE} (${paths} paths)\n`);
    writeFileSync(CLIENT_SCHEMA_FILE, await clientSchema(document));
    process.stdout.write(`wrote ${CLIENT_SCHEMA_FILE}\n`);
  } finally {
    await app.close();
  }
} finally {
  await database.close();
}
