/**
 * docs/workflows.md stays true to the code: its generated blocks (diagrams, command, timer and
 * settings tables) equal what the workflow definitions produce now (`npm run docs:workflows`
 * rewrites them), and every rule code a workflow can answer with is explained on the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { block, PARTS, regenerate } from '../../scripts/workflows-doc.ts';
import { toMermaid } from '../../src/diagram.ts';
import { Registry } from '../../src/engine/registry.ts';
import { ROLES } from '../../workflows/contract.ts';
import { collection } from '../../workflows/collection.ts';
import { settings } from '../../workflows/settings.ts';
import { suggestion } from '../../workflows/suggestion.ts';

const DOC_FILE = new URL('../../docs/workflows.md', import.meta.url);
const WORKFLOWS_DIR = new URL('../../workflows/', import.meta.url);
const doc = readFileSync(DOC_FILE, 'utf8');

/** The codes `workflows/*.ts` throw with RuleViolation and ConflictViolation. */
function ruleCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of readdirSync(WORKFLOWS_DIR).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(new URL(file, WORKFLOWS_DIR), 'utf8');
    for (const match of source.matchAll(/new (?:RuleViolation|ConflictViolation)\(\s*'([a-z_]+)'/g)) codes.set(match[1]!, file);
  }
  return codes;
}

describe('docs/workflows.md', () => {
  it('holds the diagrams and tables the workflow definitions produce (run `npm run docs:workflows` after changing a workflow)', () => {
    expect(regenerate(doc)).toBe(doc);
  });

  it('draws each workflow with the Mermaid text of its machine', () => {
    const registry = new Registry();
    for (const name of registry.names()) {
      const mermaid = toMermaid(registry.latest(name).machine).trimEnd();
      expect(doc).toContain(block(name, 'diagram', `\`\`\`mermaid\n${mermaid}\n\`\`\``));
    }
  });

  it('lists each command with its roles and event, and each timer with the event it records', () => {
    expect(doc).toContain('| `ApproveExtension` | `chair` | `ExtensionApproved` | — | `in_progress` |');
    expect(doc).toContain('| `ApproveNomination` | `chair` | `NominationApproved` | — | `committee_review` | not by the actor of `SecondmentProposed` |');
    expect(doc).toContain('| `replyDeadline` | `registered`, `in_progress` | `ReplyOverdue` |');
    expect(doc).toContain('| `policy.replyDays` | 15 | 1–365 |');
  });

  it('restores a block edited by hand, and refuses blocks it cannot generate', () => {
    const edited = doc.replace('| `ApproveExtension` | `chair` |', '| `ApproveExtension` | `office` |');
    expect(edited).not.toBe(doc);
    expect(regenerate(edited)).toBe(doc);
    expect(() => regenerate(`${doc}\n${block('payroll', 'diagram', '')}\n`)).toThrow(/unknown workflow payroll/);
    expect(() => regenerate(`${doc}\n${block('suggestion', 'policy', '')}\n`)).toThrow(/unknown part suggestion policy/);
    const withoutDiagram = doc.replace(/<!-- generated: suggestion diagram -->[\s\S]*?<!-- end generated -->/, '');
    expect(() => regenerate(withoutDiagram)).toThrow(/no generated block for: suggestion diagram/);
  });

  it('fails for a registered workflow the page does not describe', () => {
    const registry = new Registry([suggestion, settings, collection]);
    const described = ['suggestion', 'settings'].flatMap((name) => PARTS.map((part) => block(name, part, '')));
    const page = [...described, block('settings', 'policy', '')].join('\n');
    expect(() => regenerate(page, registry)).toThrow(/no generated block for: collection diagram; collection commands; collection timers$/);
    expect(() => regenerate([page, ...PARTS.map((part) => block('collection', part, ''))].join('\n'), registry)).not.toThrow();
  });

  it('explains every rule code the workflows answer with', () => {
    const codes = ruleCodes();
    expect(codes.size).toBeGreaterThanOrEqual(25);
    expect(codes.get('quorum_not_met')).toBe('voting.ts');
    const missing = [...codes.keys()].filter((code) => !doc.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  it('describes every role a principal can hold', () => {
    for (const role of ROLES) expect(doc).toMatch(new RegExp(`^\\| \`${role}\` \\| `, 'm'));
  });

  it('explains the codes of the checks every command goes through', () => {
    for (const code of ['invalid_command', 'unknown_command', 'forbidden_role', 'command_not_allowed', 'same_person', 'version_conflict']) {
      expect(doc).toContain(`\`${code}\``);
    }
  });
});
