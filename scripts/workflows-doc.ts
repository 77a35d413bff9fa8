/**
 * The generated parts of docs/workflows.md: for each registered workflow, its state diagram
 * (Mermaid, from the machine), its commands (roles, recorded event, fields, the states that take
 * it, the four-eyes rule, from the command specs) and its timers (from the machine's delayed
 * transitions and the definition's `timers`), and the organisation settings the rules read (from
 * the `ChangeSettings` schema and the defaults). The prose around them is written by hand.
 *
 * A block is everything between `<!-- generated: <workflow> <part> -->` and `<!-- end generated -->`;
 * `regenerate` rewrites every block and leaves the rest of the text as it is. `npm run docs:workflows`
 * writes the result; a test fails when the committed page differs from it.
 */
import type { TObject, TSchema } from '@sinclair/typebox';
import type { AnyStateMachine } from 'xstate';
import { DEFAULT_SETTINGS, type WorkflowDefinition } from '../workflows/contract.ts';
import { ChangeSettings } from '../workflows/settings.ts';
import { toMermaid } from '../src/diagram.ts';
import { Registry } from '../src/engine/registry.ts';

/** The parts every workflow has. */
export const PARTS = ['diagram', 'commands', 'timers'] as const;
export type Part = (typeof PARTS)[number] | 'policy';

const BLOCK = /<!-- generated: ([a-z-]+) ([a-z]+) -->\n[\s\S]*?<!-- end generated -->/g;
/** The machines' internal initial state: a new instance, before its first event. */
const INITIAL_STATE = 'start';
/** Fields every command has (`type`, and the optional business date and comment). */
const COMMON_FIELDS = new Set(['type', 'on', 'comment']);

type StateNode = AnyStateMachine['root'];

const code = (text: string): string => `\`${text}\``;
const list = (items: readonly string[]): string => (items.length > 0 ? items.map(code).join(', ') : '—');

function states(def: WorkflowDefinition): [string, StateNode][] {
  return Object.entries(def.machine.root.states);
}

function diagram(def: WorkflowDefinition): string {
  return ['```mermaid', toMermaid(def.machine).trimEnd(), '```'].join('\n');
}

/** The command's own fields, optional ones marked with `?`. */
function fields(schema: TObject): string {
  const required = new Set(schema.required ?? []);
  const own = Object.keys(schema.properties).filter((name) => !COMMON_FIELDS.has(name));
  return list(own.map((name) => (required.has(name) ? name : `${name}?`)));
}

/** The states whose transitions take `event`; a start command's event is taken by a new instance. */
function acceptedIn(def: WorkflowDefinition, command: string, event: string): string {
  const named = states(def)
    .filter(([name, node]) => name !== INITIAL_STATE && node.ownEvents.includes(event))
    .map(([name]) => code(name));
  return [...(def.startCommands.includes(command) ? ['(new instance)'] : []), ...named].join(', ');
}

/** The four-eyes column appears only for a workflow that has such a rule. */
function commands(def: WorkflowDefinition): string {
  const specs = Object.entries(def.commands);
  const fourEyes = specs.some(([, spec]) => spec.notBy);
  const rows = specs.map(([name, spec]) => {
    const cells = [code(name), list(spec.roles), code(spec.event), fields(spec.schema), acceptedIn(def, name, spec.event)];
    if (fourEyes) cells.push(spec.notBy ? `not by the actor of ${list(spec.notBy)}` : '');
    return `| ${cells.join(' | ')} |`;
  });
  const header = ['command', 'roles', 'records', 'fields', 'accepted in', ...(fourEyes ? ['four eyes'] : [])];
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---|').join('')}`, ...rows].join('\n');
}

function timers(def: WorkflowDefinition): string {
  const entries = Object.entries(def.timers);
  if (entries.length === 0) return 'Timers: none.';
  const rows = entries.map(([delay, event]) => {
    const armedIn = states(def)
      .filter(([, node]) => node.after.some((transition) => transition.delay === delay))
      .map(([name]) => code(name));
    return `| ${code(delay)} | ${armedIn.join(', ')} | ${code(event)} |`;
  });
  return ['Timers:', '', '| timer | armed in | records (actor `system`) |', '|---|---|---|', ...rows].join('\n');
}

type Bounded = TSchema & { minimum?: number; maximum?: number; description?: string };

const range = (schema: Bounded): string => `${schema.minimum ?? ''}–${schema.maximum ?? ''}`;

/** The settings the rules read: what `ChangeSettings` may set, its bounds and the defaults. */
function policy(): string {
  const { policy: policySchema, branches: _branches, committeeSize, recruitmentQuota } = ChangeSettings.properties;
  const top: [string, Bounded, number][] = [
    ['committeeSize', committeeSize, DEFAULT_SETTINGS.committeeSize],
    ['recruitmentQuota', recruitmentQuota, DEFAULT_SETTINGS.recruitmentQuota],
  ];
  const fields = policySchema.properties as Record<string, Bounded>;
  const nested = Object.entries(DEFAULT_SETTINGS.policy).map(([name, value]): [string, Bounded, number] => {
    const schema = fields[name];
    if (!schema) throw new Error(`ChangeSettings has no policy field ${name}`);
    return [`policy.${name}`, schema, value];
  });
  const rows = [...top, ...nested].map(([name, schema, value]) => `| ${code(name)} | ${value} | ${range(schema)} | ${schema.description ?? ''} |`);
  return ['| setting | default | range | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

const RENDER: Record<Part, (def: WorkflowDefinition) => string> = { diagram, commands, timers, policy };

/** Parts only some workflows have. */
const EXTRA_PARTS: readonly string[] = ['settings policy'];

const isPart = (workflow: string, part: string): part is Part =>
  (PARTS as readonly string[]).includes(part) || EXTRA_PARTS.includes(`${workflow} ${part}`);

export function block(workflow: string, part: Part, body: string): string {
  // Blank lines around the body keep Markdown from reading a marker as part of a table.
  return `<!-- generated: ${workflow} ${part} -->\n\n${body}\n\n<!-- end generated -->`;
}

/**
 * The page with every generated block rewritten from the registered workflows. Fails on a block
 * naming an unknown workflow or part, and on a registered workflow without a block of every part,
 * so a new workflow cannot go undocumented.
 */
export function regenerate(text: string, registry: Registry = new Registry()): string {
  const seen = new Set<string>();
  const result = text.replace(BLOCK, (_match, workflow: string, part: string) => {
    if (!registry.has(workflow)) throw new Error(`docs/workflows.md: a generated block names the unknown workflow ${workflow}`);
    if (!isPart(workflow, part)) throw new Error(`docs/workflows.md: a generated block names the unknown part ${workflow} ${part}`);
    seen.add(`${workflow} ${part}`);
    return block(workflow, part, RENDER[part](registry.latest(workflow)));
  });
  const expected = [...registry.names().flatMap((name) => PARTS.map((part) => `${name} ${part}`)), ...EXTRA_PARTS];
  const missing = expected.filter((key) => !seen.has(key));
  if (missing.length > 0) throw new Error(`docs/workflows.md has no generated block for: ${missing.join('; ')}`);
  return result;
}
