/**
 * Where the project's files are (migrations, the console's static files), found from this module
 * up to the folder holding package.json and migrations/: the same answer whether the server runs
 * from source (tsx) or from the bundle `npm start` builds into dist/.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'migrations'))) return dir;
    if (dirname(dir) === dir) throw new Error(`docket: no project folder (package.json and migrations/) above ${from}`);
  }
}

export const PROJECT_ROOT = projectRoot(dirname(fileURLToPath(import.meta.url)));
