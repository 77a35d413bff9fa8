/**
 * The error catalogue (src/errors.ts `ERROR_CODES`, workflows/contract.ts `RULE_CODES`) is exactly
 * what the server answers problems with: `DomainError`, `problem()`, the rules and the import take
 * only catalogued codes (the compiler refuses another), every code written where a problem is made
 * is catalogued, and no catalogued code is one the server never sends. The OpenAPI document's
 * `ProblemCode` enum is the catalogue (tests/api/openapi.integration.test.ts), and every API test
 * validates the problems it receives against it (tests/support/documented.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.ts';
import { ERROR_CODES, PROBLEM_CODES } from '../../src/errors.ts';
import { RULE_CODES } from '../../workflows/contract.ts';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The server's sources, the catalogue lists themselves left out. */
const sources = [...walk(join(PROJECT_ROOT, 'src')), ...walk(join(PROJECT_ROOT, 'workflows'))].map((file) => ({
  file: relative(PROJECT_ROOT, file),
  text: readFileSync(file, 'utf8').replace(/export const (ERROR|RULE)_CODES = \[[\s\S]*?\] as const;/g, ''),
}));

/** Where a problem's code is written: a rule, a domain error, a problem, the import's row problems, the framework's codes, a refusal. */
const EMITTED = [
  /(?:RuleViolation|ConflictViolation|DomainError|rule|tooMany|problemOf)\(\s*'([a-z_]+)'/g,
  /problem\(\s*\d{3},\s*'([a-z_]+)'/g,
  /\[\d{3}, '([a-z_]+)'\]/g,
  /\bcode: '([a-z_]+)'/g,
];

describe('the error catalogue', () => {
  it('holds every code written where a problem is made', () => {
    const catalogue = new Set<string>(PROBLEM_CODES);
    const emitted = new Map<string, string>();
    for (const { file, text } of sources) {
      for (const pattern of EMITTED) for (const match of text.matchAll(pattern)) emitted.set(match[1]!, file);
    }
    expect(emitted.size).toBeGreaterThan(60);
    expect([...emitted].filter(([code]) => !catalogue.has(code)).map(([code, file]) => `${code} (${file})`)).toEqual([]);
  });

  it('lists no code the server never sends', () => {
    const unused = PROBLEM_CODES.filter((code) => !sources.some(({ text }) => text.includes(`'${code}'`)));
    expect(unused).toEqual([]);
  });

  it('keeps the server’s codes and the rule codes apart, each once', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    expect(new Set(RULE_CODES).size).toBe(RULE_CODES.length);
    expect(ERROR_CODES.filter((code) => (RULE_CODES as readonly string[]).includes(code))).toEqual([]);
    expect(PROBLEM_CODES).toHaveLength(ERROR_CODES.length + RULE_CODES.length);
  });
});
