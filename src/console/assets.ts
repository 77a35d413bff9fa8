/**
 * The console's static files (src/console/public), read once at startup and kept in memory with
 * their content type and a strong ETag. Only known file types are served; nothing is read per request.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';

export interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export const PUBLIC_DIR = join(PROJECT_ROOT, 'src', 'console', 'public') + sep;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(path);
      return Promise.resolve(entry.isFile() ? [path] : []);
    }),
  );
  return nested.flat();
}

/** Every servable file under `dir`, keyed by its path relative to it with forward slashes (`js/app.js`). */
export async function loadAssets(dir: string = PUBLIC_DIR): Promise<Map<string, Asset>> {
  const assets = new Map<string, Asset>();
  for (const path of await filesUnder(dir)) {
    const type = TYPES[extname(path)];
    if (!type) continue;
    const body = await readFile(path);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    assets.set(relative(dir, path).split(sep).join('/'), { body, type, etag });
  }
  return assets;
}
