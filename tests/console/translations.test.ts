/**
 * Every label the console can show exists in Chinese and in English: workflows, states, commands,
 * events, roles, form fields and their values (from the registry itself), problem codes (from the
 * sources that throw them), and every key the console's scripts ask for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_WORKFLOWS } from '../../src/engine/registry.ts';
import { ROLES } from '../../workflows/contract.ts';
import { PUBLIC_DIR } from '../../src/console/assets.ts';
import { VOCABULARY } from '../../src/vocabulary.ts';

type Dictionary = Record<string, string>;

async function dictionary(file: string): Promise<Dictionary> {
  const url = pathToFileURL(join(PUBLIC_DIR, 'js', file)).href;
  const module: unknown = await import(url);
  const value = (module as { default?: unknown }).default;
  if (!value || typeof value !== 'object') throw new Error(`${file} has no default export`);
  return value as Dictionary;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : [],
  );
}

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  anyOf?: { const?: unknown }[];
}

/** [path, command, enum values] of every field of every command. */
function fields(): { path: string; command: string; values: string[] }[] {
  const out: { path: string; command: string; values: string[] }[] = [];
  const walk = (schema: JsonSchema, prefix: string, command: string) => {
    for (const [name, child] of Object.entries(schema.properties ?? {})) {
      if (name === 'type' && !prefix) continue;
      const path = prefix ? `${prefix}.${name}` : name;
      const values = (child.anyOf ?? []).map((s) => s.const).filter((v): v is string => typeof v === 'string');
      out.push({ path, command, values });
      if (child.type === 'object') walk(child, path, command);
    }
  };
  for (const def of ALL_WORKFLOWS) {
    for (const [command, spec] of Object.entries(def.commands)) walk(JSON.parse(JSON.stringify(spec.schema)) as JsonSchema, '', command);
  }
  return out;
}

describe('console translations', async () => {
  const zh = await dictionary('strings-zh.js');
  const en = await dictionary('strings-en.js');
  const both = { 'zh-CN': zh, en };

  it('have the same keys in both languages, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [lang, dict] of Object.entries(both)) {
      for (const [key, text] of Object.entries(dict)) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
    expect(zh['nav.inbox']).toBe('待办事项');
    expect(en['nav.inbox']).toBe('Inbox');
  });

  it('name every workflow, state, command, event and role', () => {
    const keys: string[] = [...ROLES.map((r) => `role.${r}`), 'role.system'];
    for (const def of ALL_WORKFLOWS) {
      keys.push(`wf.${def.name}`);
      for (const state of Object.keys(def.machine.root.states)) if (state !== 'start') keys.push(`state.${state}`);
      for (const [command, spec] of Object.entries(def.commands)) keys.push(`cmd.${command}`, `event.${spec.event}`);
      for (const event of Object.values(def.timers)) keys.push(`event.${event}`, `deadline.${event}`);
    }
    for (const [lang, dict] of Object.entries(both)) {
      expect(keys.filter((k) => dict[k] === undefined), lang).toEqual([]);
    }
  });

  it('label every form field and every value a field can take', () => {
    for (const [lang, dict] of Object.entries(both)) {
      const missing: string[] = [];
      for (const { path, command, values } of fields()) {
        const last = path.split('.').pop() ?? path;
        if (![`field.${command}.${path}`, `field.${path}`, `field.${last}`].some((k) => dict[k] !== undefined)) missing.push(`${command}: field ${path}`);
        for (const value of values) if (dict[`enum.${last}.${value}`] === undefined) missing.push(`${command}: enum.${last}.${value}`);
      }
      expect(missing, lang).toEqual([]);
    }
  });

  it('say every problem code the API and the workflows can answer with', () => {
    const sources = [...filesUnder(join(ROOT, 'src'), '.ts'), ...filesUnder(join(ROOT, 'workflows'), '.ts')].filter((f) => !f.includes('/console/'));
    const codes = new Set<string>(['unauthorized', 'forbidden_role', 'not_found', 'internal_error', 'invalid_request', 'network']);
    const pattern = /(?:RuleViolation|ConflictViolation|DomainError|rowError|rule|refuse|tooMany)\(\s*'([a-z_]+)'|problem\(\s*(?:\d{3}|row),\s*'([a-z_]+)'|\[\d{3}, '([a-z_]+)'\]/g;
    for (const file of sources) {
      for (const match of readFileSync(file, 'utf8').matchAll(pattern)) codes.add(match[1] ?? match[2] ?? match[3] ?? '');
    }
    codes.delete('');
    expect(codes.size).toBeGreaterThan(30);
    for (const [lang, dict] of Object.entries(both)) {
      const untranslated = [...codes].filter((c) => dict[`error.${c}`] === undefined);
      expect(untranslated, `${lang}: add error.<code> to src/console/public/js/strings-*.js`).toEqual([]);
    }
  });

  it('offer exactly the API’s roles on the users page', () => {
    const source = readFileSync(join(PUBLIC_DIR, 'js', 'pages', 'principals.js'), 'utf8');
    const list = /export const ROLES = \[([^\]]*)\]/.exec(source)?.[1] ?? '';
    const offered = [...list.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
    expect([...offered].sort()).toEqual([...ROLES].sort());
  });

  it('have every key the console’s scripts ask for', () => {
    const used = new Set<string>();
    for (const file of filesUnder(join(PUBLIC_DIR, 'js'), '.js')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(100);
    for (const [lang, dict] of Object.entries(both)) {
      expect([...used].filter((k) => dict[k] === undefined), lang).toEqual([]);
    }
  });

  it('say the organisation’s words: only known {{terms}}, no generic word written out, the Jiusan words when chosen', async () => {
    const i18n = (await import(pathToFileURL(join(PUBLIC_DIR, 'js', 'i18n.js')).href)) as {
      GENERIC_TERMS: unknown;
      TERM_NAMES: string[];
      setVocabulary(v: unknown): void;
      setLang(l: string): void;
      t(key: string, params?: Record<string, unknown>): string;
    };
    // The words the console shows before the server has said which (the sign-in page) are the server's generic ones.
    expect(i18n.GENERIC_TERMS).toEqual(VOCABULARY.generic.terms);
    for (const [lang, dict] of Object.entries(both)) {
      for (const [key, text] of Object.entries(dict)) {
        for (const [, name] of text.matchAll(/\{\{(\w+)\}\}/g)) {
          const base = (name ?? '').replace(/^./, (c) => c.toLowerCase()).replace(/s$/, (s0) => (i18n.TERM_NAMES.includes(name ?? '') ? s0 : ''));
          expect(i18n.TERM_NAMES, `${lang} ${key}: {{${name}}}`).toContain(i18n.TERM_NAMES.includes(name ?? '') ? name : base);
        }
      }
    }
    // Only the names of the vocabularies themselves (in the settings) spell words out.
    const literal = (key: string) => key.startsWith('lang.') || key.startsWith('enum.vocabulary.');
    const generic = /成员|会员|支部|入会|离会|委员会|市委会|本会/;
    expect(Object.entries(zh).filter(([key, text]) => !literal(key) && generic.test(text)).map(([key]) => key)).toEqual([]);

    const jiusan = VOCABULARY.jiusan;
    try {
      i18n.setVocabulary(jiusan);
      i18n.setLang('zh-CN');
      expect(['nav.members', 'role.branch_chair', 'state.inducted', 'role.office', 'role.city_committee', 'members.branch'].map((k) => i18n.t(k))).toEqual([
        '社员名册',
        '支社主委',
        '已入社',
        '基层委办公室',
        '社市委',
        '支社',
      ]);
      for (const key of Object.keys(zh).filter((k) => !literal(k))) expect(i18n.t(key), key).not.toMatch(/\{\{|成员|会员|支部|入会|离会|基层委员会|市委会/);
      i18n.setLang('en');
      expect(['nav.members', 'role.member', 'role.city_committee'].map((k) => i18n.t(k))).toEqual(['Jiusan members', 'Jiusan member', 'Municipal committee']);
      for (const key of Object.keys(en)) expect(i18n.t(key), key).not.toMatch(/\{\{/);
      i18n.setVocabulary(null);
      expect(i18n.t('nav.members')).toBe('Members');
      i18n.setLang('zh-CN');
      expect(i18n.t('nav.members')).toBe('会员名册');
    } finally {
      i18n.setVocabulary(null);
      i18n.setLang('zh-CN');
    }
  });
});
