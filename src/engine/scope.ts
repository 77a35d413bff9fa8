/**
 * Instance scope: which instances a principal bound to part of a workflow (a host unit to its own
 * secondments) may see and act on, from the workflow's `inScope`. Pure; the one place the engine
 * (commands) and the instance reads ask.
 */
import { ScopeViolation, type CommandSpec, type Principal, type Role, type WorkflowDefinition } from '../../workflows/contract.ts';
import { notFound, type DomainError } from '../errors.ts';

/** Whether a principal acting in `role` may touch this instance. */
export function roleInScope(def: WorkflowDefinition, role: Role, context: unknown, principal: Principal): boolean {
  return def.inScope === undefined || def.inScope(role, context, principal);
}

/** Whether the instance exists for this principal: at least one of its roles may see it. */
export function canSee(def: WorkflowDefinition, context: unknown, principal: Principal): boolean {
  return def.inScope === undefined || principal.roles.some((role) => roleInScope(def, role, context, principal));
}

/** The same answer as for an instance that does not exist. */
export const instanceNotFound = (workflow: string, id: string): DomainError => notFound(`${workflow} instance ${JSON.stringify(id)}`);

/**
 * The role a principal acts in for `spec` on this instance: the first of the spec's roles it holds
 * and whose scope takes the instance. An instance the principal may not see is 404; a role held
 * only outside its scope is 403 (ScopeViolation); holding none of the roles gives null.
 */
export function actingRole(
  def: WorkflowDefinition,
  spec: CommandSpec,
  instance: { id: string; context: unknown; isNew: boolean },
  principal: Principal,
): Role | null {
  const held = spec.roles.filter((role) => principal.roles.includes(role));
  // A new instance has no owner yet: only the role decides who may start it.
  if (instance.isNew) return held[0] ?? null;
  if (!canSee(def, instance.context, principal)) throw instanceNotFound(def.name, instance.id);
  const role = held.find((r) => roleInScope(def, r, instance.context, principal));
  if (role) return role;
  if (held.length > 0) throw new ScopeViolation(`this ${def.name} instance is outside the scope of your role ${held.join(', ')}`);
  return null;
}
