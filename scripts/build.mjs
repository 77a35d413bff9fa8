// `npm run build` (run by `npm start` first): bundles the server into dist/main.mjs with esbuild.
// Running the bundle rather than the TypeScript sources through tsx's loader keeps the loader's
// own thread and compiled-source cache out of the server's memory.
// node_modules stay external (loaded from node_modules at run time). The bundle is not minified
// (stack traces name the functions; each file starts with a `// src/...` comment), and a source map
// is written beside it: NODE_OPTIONS=--enable-source-maps maps traces to src/ (at some cost in memory).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile: 'dist/main.mjs',
  sourcemap: true,
  logLevel: 'warning',
});
