/**
 * `npm run docs:workflows`: rewrites the generated blocks of docs/workflows.md (state diagrams,
 * command and timer tables) from the workflow definitions. A test fails when they drift.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { regenerate } from './workflows-doc.ts';

const WORKFLOWS_DOC = fileURLToPath(new URL('../docs/workflows.md', import.meta.url));

const before = readFileSync(WORKFLOWS_DOC, 'utf8');
const after = regenerate(before);
if (after === before) {
  process.stdout.write(`${WORKFLOWS_DOC} is up to date\n`);
} else {
  writeFileSync(WORKFLOWS_DOC, after);
  process.stdout.write(`wrote ${WORKFLOWS_DOC}\n`);
}
