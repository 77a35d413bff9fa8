/**
 * What the workflows' fields refer to. Command fields are annotated in their schemas
 * (`x-docket-ref`, workflows/schemas.ts `Ref`); from them come the roles that may look a kind up by
 * name (those that send a command naming one, and admin). Instance data is read by field name
 * (`handlerId` is a principal, `branchId` a branch …) to give every referenced id its display name.
 */
import type { TSchema } from '@sinclair/typebox';
import type { Role, WorkflowDefinition } from '../../workflows/contract.ts';
import { REF_KEYWORD, REF_KINDS, type RefKind } from '../../workflows/schemas.ts';

/** Organisation units, not people: every signed-in principal may look them up. */
export const PUBLIC_KINDS: ReadonlySet<RefKind> = new Set(['branch', 'hostUnit']);

function refsIn(schema: TSchema, found: Set<RefKind>): void {
  const kind = (schema as Record<string, unknown>)[REF_KEYWORD];
  if (typeof kind === 'string' && (REF_KINDS as readonly string[]).includes(kind)) found.add(kind as RefKind);
  const s = schema as { properties?: Record<string, TSchema>; items?: TSchema; anyOf?: TSchema[] };
  for (const child of Object.values(s.properties ?? {})) refsIn(child, found);
  if (s.items) refsIn(s.items, found);
  for (const child of s.anyOf ?? []) refsIn(child, found);
}

/** The kinds each command's fields refer to, e.g. AssignHandler → principal. */
export function commandRefs(def: WorkflowDefinition, command: string): RefKind[] {
  const spec = def.commands[command];
  const found = new Set<RefKind>();
  if (spec) refsIn(spec.schema, found);
  return [...found];
}

/** Per kind, the roles that may look it up: those sending a command that names one, and admin. */
export function lookupRoles(definitions: readonly WorkflowDefinition[]): ReadonlyMap<RefKind, ReadonlySet<Role>> {
  const roles = new Map<RefKind, Set<Role>>(REF_KINDS.map((k) => [k, new Set<Role>(['admin'])]));
  for (const def of definitions) {
    for (const [name, spec] of Object.entries(def.commands)) {
      for (const kind of commandRefs(def, name)) for (const role of spec.roles) roles.get(kind)?.add(role);
    }
  }
  return roles;
}

type IdKind = Exclude<RefKind, 'hostUnit'>;

/** Instance data fields holding an id, and what the id refers to. */
const FIELD_KINDS: Readonly<Record<string, IdKind>> = {
  handlerId: 'principal',
  requestedBy: 'principal',
  by: 'principal',
  branchId: 'branch',
  memberId: 'member',
  participants: 'member',
  collectionId: 'collection',
};

export type ReferencedIds = Record<IdKind, Set<string>>;

export const noReferences = (): ReferencedIds => ({ member: new Set(), principal: new Set(), branch: new Set(), collection: new Set() });

/** Adds the ids `data` refers to (nested objects and lists too) to `into`. */
export function collectReferences(data: unknown, into: ReferencedIds, depth = 0): ReferencedIds {
  if (depth > 6 || data === null || typeof data !== 'object') return into;
  if (Array.isArray(data)) {
    for (const item of data) collectReferences(item, into, depth + 1);
    return into;
  }
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const kind = Object.hasOwn(FIELD_KINDS, key) ? FIELD_KINDS[key] : undefined;
    if (kind && typeof value === 'string' && value !== '') {
      into[kind].add(value);
    } else if (kind && Array.isArray(value)) {
      for (const v of value) if (typeof v === 'string') into[kind].add(v);
    } else {
      collectReferences(value, into, depth + 1);
    }
  }
  return into;
}
