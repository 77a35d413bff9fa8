/** The organisation's settings: one long-lived stream, changed by the admin, every change recorded in full. */
import { Type, type Static, type TInteger } from '@sinclair/typebox';
import { assign, setup } from 'xstate';
import {
  DEFAULT_SETTINGS,
  RuleViolation,
  VOCABULARIES,
  type VocabularyName,
  type Branch,
  type EventsOf,
  type Policy,
  type Settings,
  type WorkflowDefinition,
} from './contract.ts';
import { command, Enum, Id, Text } from './schemas.ts';

/**
 * Plain JSON data: the settings as last recorded, or `{}` before the first change.
 * Kept partial so that a policy field added to DEFAULT_POLICY later is filled in by `settingsFrom`.
 */
export interface SettingsContext {
  committeeSize?: number;
  recruitmentQuota?: number;
  branches?: Branch[];
  policy?: Partial<Policy>;
  vocabulary?: VocabularyName;
  timeZone?: string;
  categories?: string[];
}

const int = (minimum: number, maximum: number, description: string) =>
  Type.Integer({ minimum, maximum, description });

/** Bounds of every policy field (inclusive). */
export const POLICY_BOUNDS: { [K in keyof Policy]: readonly [number, number] } = {
  minCultivationDays: [0, 3650],
  secondmentMaxAge: [18, 99],
  replyDays: [1, 365],
  maxExtensionDays: [1, 365],
  minCollectionsPerMonth: [0, 100],
  interimReviewMonths: [1, 60],
  annualReviewDays: [1, 3650],
  maxSecondmentMonths: [1, 120],
};

const policyDescriptions: { [K in keyof Policy]: string } = {
  minCultivationDays: 'recruitment: minimum days in cultivation before CompleteCultivation',
  secondmentMaxAge: 'secondment: maximum age on startsOn without an ageExceptionReason',
  replyDays: 'suggestion: days from receivedOn to the reply deadline',
  maxExtensionDays: 'suggestion: the longest extension one RequestExtension may ask for',
  minCollectionsPerMonth: 'suggestion boxes: collections per box and month below which the month is flagged',
  interimReviewMonths: 'secondment: months between interim reviews while on duty',
  annualReviewDays: 'cadre training: days in the pool between annual reviews',
  maxSecondmentMonths: 'secondment: bound of months and of the whole term',
};

const policyField = (key: keyof Policy) => {
  const [min, max] = POLICY_BOUNDS[key];
  return Type.Optional(int(min, max, policyDescriptions[key]));
};

const PolicyPatch = Type.Object(
  {
    minCultivationDays: policyField('minCultivationDays'),
    secondmentMaxAge: policyField('secondmentMaxAge'),
    replyDays: policyField('replyDays'),
    maxExtensionDays: policyField('maxExtensionDays'),
    minCollectionsPerMonth: policyField('minCollectionsPerMonth'),
    interimReviewMonths: policyField('interimReviewMonths'),
    annualReviewDays: policyField('annualReviewDays'),
    maxSecondmentMonths: policyField('maxSecondmentMonths'),
  },
  { additionalProperties: false, minProperties: 1, description: 'Policy fields to change; the others keep their value' },
);

const BranchSchema = Type.Object(
  { id: Id('Branch id, referenced by members and applications'), name: Text(200, 'Branch name') },
  { additionalProperties: false },
);

export const ChangeSettings = command(
  'ChangeSettings',
  {
    committeeSize: Type.Optional(int(1, 99, 'Members of the grassroots committee (quorum and majority are computed from it)')),
    recruitmentQuota: Type.Optional(int(0, 1000, 'Admissions per year before they are recorded over quota')),
    branches: Type.Optional(
      Type.Array(BranchSchema, { maxItems: 500, description: 'The whole list of branches (replaces the previous one)' }),
    ),
    policy: Type.Optional(PolicyPatch),
    vocabulary: Type.Optional(Enum(VOCABULARIES, 'The words used everywhere: generic (会员, 支部, 入会 …) or jiusan (社员, 支社, 入社 …)')),
    timeZone: Type.Optional(
      Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_+/-]+$', description: 'IANA time zone of the organisation, e.g. Asia/Shanghai' }),
    ),
    categories: Type.Optional(
      Type.Array(Text(100, 'A suggestion category'), { maxItems: 200, description: 'The whole list of suggestion categories (replaces the previous one)' }),
    ),
  },
  'Changes the organisation settings (at least one field); the recorded event carries the full resulting settings',
);

interface ChangeSettingsCommand {
  type: 'ChangeSettings';
  committeeSize?: number;
  recruitmentQuota?: number;
  branches?: Branch[];
  policy?: Partial<Policy>;
  vocabulary?: VocabularyName;
  timeZone?: string;
  categories?: string[];
}

/** The settings in full, as each change records them and the instance shows them. */
export const SettingsData = Type.Object({
  committeeSize: Type.Integer({ description: 'Members of the grassroots committee' }),
  recruitmentQuota: Type.Integer({ description: 'Admissions per year before they are recorded over quota' }),
  branches: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  policy: Type.Object(
    Object.fromEntries((Object.keys(POLICY_BOUNDS) as (keyof Policy)[]).map((key) => [key, Type.Integer({ description: policyDescriptions[key] })])) as {
      [K in keyof Policy]: TInteger;
    },
  ),
  vocabulary: Enum(VOCABULARIES, 'The words used everywhere'),
  timeZone: Type.String({ description: 'IANA time zone of the organisation' }),
  categories: Type.Array(Type.String(), { description: 'The suggestion categories (empty: any category is accepted)' }),
});
/** `Settings` (contract.ts) is the engine's name for the same shape: the compiler keeps the two equal. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const settingsDataIsSettings: Same<Static<typeof SettingsData>, Settings> = true;
void settingsDataIsSettings;

export const settingsEvents = { SettingsChanged: SettingsData };
type SettingsChanged = EventsOf<typeof settingsEvents>;

/** The effective settings: what was recorded, merged onto the defaults (policy field by field). */
export function settingsFrom(context: SettingsContext): Settings {
  return {
    committeeSize: context.committeeSize ?? DEFAULT_SETTINGS.committeeSize,
    recruitmentQuota: context.recruitmentQuota ?? DEFAULT_SETTINGS.recruitmentQuota,
    branches: (context.branches ?? DEFAULT_SETTINGS.branches).map((b) => ({ id: b.id, name: b.name })),
    policy: { ...DEFAULT_SETTINGS.policy, ...context.policy },
    vocabulary: context.vocabulary ?? DEFAULT_SETTINGS.vocabulary,
    timeZone: context.timeZone ?? DEFAULT_SETTINGS.timeZone,
    categories: [...(context.categories ?? DEFAULT_SETTINGS.categories)],
  };
}

/** Whether the runtime knows the IANA time zone (Intl is pure: no clock, no I/O). */
function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function checkUniqueBranches(branches: readonly Branch[]): void {
  const seen = new Set<string>();
  for (const branch of branches) {
    if (seen.has(branch.id)) {
      throw new RuleViolation('duplicate_branch', `branch id ${JSON.stringify(branch.id)} is listed twice`, { branchId: branch.id });
    }
    seen.add(branch.id);
  }
}

const machine = setup({
  types: {} as { context: SettingsContext; events: SettingsChanged },
  actions: {
    record: assign(({ event }) => ({ ...event.data })),
  },
}).createMachine({
  id: 'settings',
  initial: 'start',
  context: {},
  states: {
    start: { on: { SettingsChanged: { target: 'active', actions: 'record' } } },
    active: { on: { SettingsChanged: { actions: 'record' } } },
  },
});

export const settings: WorkflowDefinition<SettingsContext> = {
  name: 'settings',
  version: 1,
  title: 'Organisation settings',
  machine,
  startCommands: ['ChangeSettings'],
  timers: {},
  eventData: settingsEvents,
  instanceData: SettingsData,
  view: (context) => ({ ...settingsFrom(context) }),
  commands: {
    ChangeSettings: {
      schema: ChangeSettings,
      roles: ['admin'],
      event: 'SettingsChanged',
      decide: ({ command, context }: { command: ChangeSettingsCommand; context: SettingsContext }) => {
        const { committeeSize, recruitmentQuota, branches, policy, vocabulary, timeZone, categories } = command;
        if ([committeeSize, recruitmentQuota, branches, policy, vocabulary, timeZone, categories].every((v) => v === undefined)) {
          throw new RuleViolation(
            'empty_update',
            'ChangeSettings needs at least one of committeeSize, recruitmentQuota, branches, policy, vocabulary, timeZone, categories',
          );
        }
        if (branches) checkUniqueBranches(branches);
        if (timeZone !== undefined && !isTimeZone(timeZone)) {
          throw new RuleViolation('unknown_time_zone', `${JSON.stringify(timeZone)} is not an IANA time zone`, { timeZone });
        }
        if (categories && new Set(categories).size !== categories.length) {
          throw new RuleViolation('duplicate_category', 'a category is listed twice');
        }
        const current = settingsFrom(context);
        const next: Settings = {
          committeeSize: committeeSize ?? current.committeeSize,
          recruitmentQuota: recruitmentQuota ?? current.recruitmentQuota,
          branches: branches ? branches.map((b) => ({ id: b.id, name: b.name })) : current.branches,
          policy: { ...current.policy, ...policy },
          vocabulary: vocabulary ?? current.vocabulary,
          timeZone: timeZone ?? current.timeZone,
          categories: categories ? [...categories] : current.categories,
        };
        return [{ type: 'SettingsChanged', data: { ...next } }];
      },
    },
  },
};
