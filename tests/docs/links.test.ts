/**
 * The README and the pages under docs/ link only to files that exist and to headings those files
 * have (GitHub's anchors: the heading in lower case, punctuation dropped, spaces as hyphens).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGES = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

const withoutCode = (markdown: string): string => markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');

function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => anchorOf(m[1]!)));
}

function brokenLinks(page: string, text = readFileSync(join(ROOT, page), 'utf8')): string[] {
  const file = join(ROOT, page);
  const broken: string[] = [];
  for (const match of withoutCode(text).matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = match[1]!;
    if (/^[a-z]+:/.test(target)) continue; // http:, https:, mailto:
    const [path = '', anchor] = target.split('#');
    const resolved = path === '' ? file : join(dirname(file), path);
    if (!existsSync(resolved)) {
      broken.push(`${page}: ${target} (no ${relative(ROOT, resolved)})`);
      continue;
    }
    if (anchor !== undefined && (statSync(resolved).isDirectory() || !anchorsOf(resolved).has(anchor))) {
      broken.push(`${page}: ${target} (no heading #${anchor} in ${relative(ROOT, resolved)})`);
    }
  }
  return broken;
}

describe('documentation links', () => {
  it('makes GitHub anchors from headings', () => {
    expect(anchorOf('Commands and their checks')).toBe('commands-and-their-checks');
    expect(anchorOf('Voting (shared by recruitment)')).toBe('voting-shared-by-recruitment');
    expect(anchorOf('`npm run bench`, measured')).toBe('npm-run-bench-measured');
  });

  it.each(PAGES)('%s links only to files and headings that exist', (page) => {
    expect(brokenLinks(page)).toEqual([]);
  });

  it('finds a missing file and a missing heading, not a good link', () => {
    const text = '[a](nope.md) [b](workflows.md#no-such-heading) [c](workflows.md#voting) [d](#memory) [e](https://example.org) `[f](inside-code.md)`';
    expect(brokenLinks('docs/performance.md', text)).toEqual([
      'docs/performance.md: nope.md (no docs/nope.md)',
      'docs/performance.md: workflows.md#no-such-heading (no heading #no-such-heading in docs/workflows.md)',
    ]);
  });
});
