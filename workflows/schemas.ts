/** Building blocks for command schemas: every command is a strict object with `type`, optional `on` and `comment`. */
import { Type, type TProperties, type TObject, type TLiteral, type TOptional, type TSchema, type TString } from '@sinclair/typebox';

export const DatePattern = '^\\d{4}-\\d{2}-\\d{2}$';

/** A real calendar date, YYYY-MM-DD (format `date` rejects 2023-02-30). */
export const IsoDate = (description?: string) =>
  Type.String({ format: 'date', pattern: DatePattern, ...(description ? { description } : {}) });

export const Text = (maxLength = 2000, description?: string) =>
  Type.String({ minLength: 1, maxLength, ...(description ? { description } : {}) });

export const Id = (description?: string) =>
  Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_.:-]+$', ...(description ? { description } : {}) });

/** What a command field may refer to; a client offers a picker by name for it (GET /directory?kind=…). */
export const REF_KINDS = ['member', 'principal', 'branch', 'collection', 'hostUnit'] as const;
export type RefKind = (typeof REF_KINDS)[number];

/** The JSON Schema keyword naming what a field refers to. */
export const REF_KEYWORD = 'x-docket-ref';

/** An id field referring to a member, a principal, a branch or a box collection (annotated with `x-docket-ref`). */
export const Ref = (kind: Exclude<RefKind, 'hostUnit'>, description?: string) =>
  Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_.:-]+$', [REF_KEYWORD]: kind, ...(description ? { description } : {}) });

export const Enum = <T extends string>(values: readonly T[], description?: string) =>
  Type.Union(values.map((v) => Type.Literal(v)), description ? { description } : {});

type CommandShape<TType extends string, P extends TProperties> = TObject<
  { type: TLiteral<TType>; on: TOptional<TString>; comment: TOptional<TString> } & P
>;

/** A command body: `{type, on?, comment?, ...fields}`, unknown fields rejected. */
export function command<TType extends string, P extends TProperties>(
  type: TType,
  fields: P,
  description?: string,
): CommandShape<TType, P> {
  return Type.Object(
    {
      type: Type.Literal(type),
      on: Type.Optional(IsoDate('Business date it happened (default: today)')),
      comment: Type.Optional(Text(2000, 'Free comment kept in the history')),
      ...fields,
    },
    { additionalProperties: false, title: type, ...(description ? { description } : {}) },
  ) as unknown as CommandShape<TType, P>;
}

// ---- recorded data ---------------------------------------------------------------------------
// Event data and instance data are described with the same building blocks as commands; the
// workflows derive their TypeScript types from these schemas (`Static<>`), so neither can drift.

/** `schema` or null. */
export const Nullable = <T extends TSchema>(schema: T, description?: string) =>
  Type.Union([schema, Type.Null()], description ? { description } : {});

/** A case's number, {year, seq} (contract.ts `CaseNumber`). */
export const CaseNumberSchema = Type.Object(
  { year: Type.Integer(), seq: Type.Integer({ minimum: 1 }) },
  { description: 'The case number: its sequence among the cases of its workflow started that year' },
);

/** The `caseNumber` the engine adds to a numbered workflow's first event (and a context copies from it). */
export const CaseNumberField = () => Type.Optional(CaseNumberSchema);

/** The data of an event that records nothing but its type (who, when and the comment are in the envelope). */
export const NoData = () => Type.Object({});

/** A reason given for a decision. */
export const ReasonData = () => Type.Object({ reason: Type.String({ description: 'Why' }) });

/** The data of an event a durable timer records when it fires (actor system). */
export const TimerData = () =>
  Type.Object({ dueOn: IsoDate('The day it fell due'), timerId: Type.String({ description: 'The timer that fired' }) });
