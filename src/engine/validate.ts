/** Validates a raw command body against its TypeBox schema, with clear 400 errors. */
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import { FormatRegistry, type TObject } from '@sinclair/typebox';
import type { WorkflowDefinition } from '../../workflows/contract.ts';
import { isCalendarDate } from '../../workflows/dates.ts';
import { DomainError } from '../errors.ts';

if (!FormatRegistry.Has('date')) FormatRegistry.Set('date', isCalendarDate);

const compiled = new WeakMap<TObject, TypeCheck<TObject>>();

function checker(schema: TObject): TypeCheck<TObject> {
  let check = compiled.get(schema);
  if (!check) {
    check = TypeCompiler.Compile(schema);
    compiled.set(schema, check);
  }
  return check;
}

export interface ValidCommand {
  type: string;
  on?: string;
  comment?: string;
  [field: string]: unknown;
}

export function validateCommand(def: WorkflowDefinition, body: unknown): ValidCommand {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new DomainError('invalid_command', 'a command is a JSON object with a "type"', 400);
  }
  const type = (body as { type?: unknown }).type;
  if (typeof type !== 'string') {
    throw new DomainError('invalid_command', 'a command needs a string "type"', 400, { commands: Object.keys(def.commands) });
  }
  const spec = Object.hasOwn(def.commands, type) ? def.commands[type] : undefined;
  if (!spec) {
    throw new DomainError('unknown_command', `${def.name} has no command ${JSON.stringify(type)}`, 400, {
      commands: Object.keys(def.commands),
    });
  }
  const check = checker(spec.schema);
  if (!check.Check(body)) {
    const errors = [...check.Errors(body)].slice(0, 10).map((e) => ({ path: e.path || '/', message: e.message }));
    const first = errors[0];
    throw new DomainError(
      'invalid_command',
      `${type}: ${first ? `${first.path} ${first.message}` : 'invalid body'}`,
      400,
      { errors },
    );
  }
  return body as ValidCommand;
}
