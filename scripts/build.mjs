// `npm run build`: bundles the server into dist/main.mjs with esbuild. `npm start` runs it with
// `--if-stale` first, which builds only when the sources changed since the last build.
//
// Running the bundle rather than the TypeScript sources through tsx's loader keeps the loader's
// own thread and compiled-source cache out of the server's memory.
// node_modules stay external (loaded from node_modules at run time). The bundle is not minified
// (stack traces name the functions; each file starts with a `// src/...` comment), and a source map
// is written beside it: NODE_OPTIONS=--enable-source-maps maps traces to src/ (at some cost in memory).
//
// Whether the bundle is current: `dist/main.mjs.inputs` records a sha256 over what goes into it
// (src/ and workflows/ but the console's static files, which are served from src/ at run time;
// package.json, package-lock.json and this script). Contents, not modification times: a checkout,
// a copy or a clock change does not fool it. esbuild is a development dependency: a production
// install (`npm ci --omit=dev`) runs a bundle built before, and says so when there is none.
//
//   node scripts/build.mjs [--if-stale] [--outdir <dir>]
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { 'if-stale': { type: 'boolean' }, outdir: { type: 'string' } }, strict: true });
const outdir = resolve(root, values.outdir ?? 'dist');
const outfile = join(outdir, 'main.mjs');
const stamp = `${outfile}.inputs`;

function filesUnder(dir, skip) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (path === skip) return [];
    return entry.isDirectory() ? filesUnder(path, skip) : [path];
  });
}

function inputsDigest() {
  const files = [
    ...filesUnder(join(root, 'src'), join(root, 'src', 'console', 'public')),
    ...filesUnder(join(root, 'workflows')),
    ...['package.json', 'package-lock.json', 'scripts/build.mjs'].map((f) => join(root, f)),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const digest = inputsDigest();
const current = existsSync(outfile) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === digest;
if (values['if-stale'] && current) {
  process.stdout.write(`${relative(root, outfile)} is current; not rebuilt\n`);
  process.exit(0);
}

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write(
    `${relative(root, outfile)} is ${existsSync(outfile) ? 'older than the sources' : 'missing'} and esbuild is not installed (a production install, npm ci --omit=dev): ` +
      'build it with the development dependencies first (npm ci && npm run build), then install for production\n',
  );
  process.exit(1);
}
await esbuild.build({
  entryPoints: [join(root, 'src/main.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  sourcemap: true,
  logLevel: 'warning',
});
writeFileSync(stamp, `${digest}\n`);
process.stdout.write(`${relative(root, outfile)} built\n`);
