/**
 * The codebase's shape, checked: no import cycles between files of src/ and workflows/; workflows/
 * imports only xstate, TypeBox and its own files; no SQL in route handlers or the composition root;
 * only src/store/commit.ts calls docket_commit; test helpers live in tests/support/ and a test that needs a
 * database, a child process or a browser says so in its name.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths.ts';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'public' ? [] : walk(path);
    return path.endsWith('.ts') ? [path] : [];
  });

const files = [...walk(join(PROJECT_ROOT, 'src')), ...walk(join(PROJECT_ROOT, 'workflows'))];
const rel = (path: string) => relative(PROJECT_ROOT, path);

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm), ...text.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1]!);
}

describe('the codebase', () => {
  it('has no import cycles between the files of src/ and workflows/', () => {
    const graph = new Map(files.map((f) => [f, importsOf(f).filter((s) => s.startsWith('.')).map((s) => resolve(dirname(f), s))]));
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].map(rel).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('keeps workflows/ pure: only xstate, TypeBox and its own files', () => {
    const outside = files
      .filter((f) => rel(f).startsWith('workflows/'))
      .flatMap((f) => importsOf(f).filter((s) => !(s === 'xstate' || s.startsWith('@sinclair/typebox') || (s.startsWith('./') && !s.includes('..')))).map((s) => `${rel(f)}: ${s}`));
    expect(outside).toEqual([]);
  });

  it('has no SQL in route handlers or the composition root', () => {
    const withSql = files
      .filter((f) => rel(f).startsWith('src/http/') || rel(f) === 'src/app.ts')
      .filter((f) => /\bsql`|\.selectFrom\(|\.insertInto\(|\.updateTable\(|\.deleteFrom\(/.test(readFileSync(f, 'utf8')))
      .map(rel);
    expect(withSql).toEqual([]);
  });

  it('writes to the log only through src/store/commit.ts', () => {
    const callers = files.filter((f) => /docket_commit\(/.test(readFileSync(f, 'utf8'))).map(rel);
    expect(callers).toEqual(['src/store/commit.ts']);
  });

  it('keeps test helpers in tests/support/ and names tests that need the outside world', () => {
    const testFiles = walk(join(PROJECT_ROOT, 'tests')).map(rel);
    const helpersElsewhere = testFiles.filter((f) => !f.endsWith('.test.ts') && !f.startsWith('tests/support/'));
    expect(helpersElsewhere).toEqual([]);

    // A database, a child process or a browser: an integration test (`*.integration.test.ts`, or
    // `*.browser.test.ts` for Chromium). `npm run test:unit` runs the rest, with nothing to start.
    const needsOutside = /support\/(app|database|log|child-server|pg-cluster|run-script|lock-holder|sinks|browser|view-helpers|store-contract|engine-fixtures|realistic-mix|view-dump|scenarios\/|fuzz\/)|node:child_process|openDatabase|createTestDatabase|@electric-sql\/pglite|buildApp\(/;
    const named = (f: string) => f.endsWith('.integration.test.ts') || f.endsWith('.browser.test.ts');
    const tests = testFiles.filter((f) => f.endsWith('.test.ts') && f !== 'tests/architecture.test.ts');
    const misnamed = tests.filter((f) => named(f) !== needsOutside.test(readFileSync(join(PROJECT_ROOT, f), 'utf8')));
    expect(misnamed).toEqual([]);
  });
});
