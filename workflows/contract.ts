/**
 * The contract between pure workflow definitions and the engine that runs them.
 *
 * A workflow is an XState machine whose events are the *recorded domain events*
 * (past tense, e.g. `SponsorEndorsed`), plus one `CommandSpec` per command a client
 * may send (present tense, e.g. `EndorseAsSponsor`). The engine:
 *   1. folds the stream's events through the machine with the pure `transition()`;
 *   2. checks the principal's role against `spec.roles` (403 `forbidden_role`);
 *   3. checks that the current state accepts `spec.event` (422 `command_not_allowed`);
 *   4. checks the declarative four-eyes rule `spec.notBy` (422 `same_person`) and the
 *      caller rules of `spec.forbids` (an earlier vote, an assignment, a branch);
 *   5. calls the pure `spec.decide(input)` which returns the events to record or
 *      throws `RuleViolation` (422 with the rule's code) / `ScopeViolation` (403);
 *   6. feeds those events through the machine, turns `xstate.raise`/`xstate.cancel`
 *      of delayed transitions into timer rows, and appends everything in one transaction.
 *
 * Nothing in `workflows/` may read the clock, do I/O or use randomness.
 */
import type { AnyStateMachine } from 'xstate';
import type { Static, TObject } from '@sinclair/typebox';

export const ROLES = [
  'admin',
  'office',
  'member',
  'branch_chair',
  'committee',
  'chair',
  'city_committee',
  'united_front',
  'host_unit',
  'suggestion_manager',
  'handler',
] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  id: string;
  name: string;
  role: Role | 'system';
}

export const SYSTEM_ACTOR: Actor = { id: 'system', name: 'system', role: 'system' };

/** A recorded event, as the machine sees it (and as it is folded on replay). */
export interface DomainEvent<TType extends string = string, TData = Record<string, unknown>> {
  type: TType;
  data: TData;
  /** Business date, YYYY-MM-DD. */
  on: string;
  actor: Actor;
  comment?: string | undefined;
}

/**
 * The recorded events of a workflow, as one union, from its event data schemas (event type → TypeBox
 * schema of `data`): the schema a client reads in the API and the type the machine folds are one definition.
 */
export type EventsOf<TSchemas extends Record<string, TObject>> = {
  [K in keyof TSchemas & string]: DomainEvent<K, Static<TSchemas[K]>>;
}[keyof TSchemas & string];

/** What a workflow's `decide` returns: events to record (actor/on/comment are added by the engine). */
export interface NewEvent {
  type: string;
  data: Record<string, unknown>;
}

export interface Principal {
  id: string;
  name: string;
  roles: Role[];
  memberId: string | null;
  branchId: string | null;
  /** The government body a `host_unit` principal speaks for (null for every other principal). */
  hostUnit: string | null;
}

export type Gender = 'male' | 'female';
export type Education = 'doctorate' | 'master' | 'bachelor' | 'college' | 'secondary';
export type Title = 'senior' | 'intermediate' | 'junior' | 'none';
export type Employment = 'working' | 'retired';

/** A member of the roster as the engine looks it up (see `FactRequest`). */
export interface MemberFacts {
  id: string;
  name: string;
  gender: Gender;
  birthDate: string;
  education: Education;
  title: Title;
  employment: Employment;
  branchId: string;
  joinedOn: string;
  /** false once a departure is recorded. */
  current: boolean;
}

export interface Policy {
  /** recruitment: minimum days in `cultivation` before `CompleteCultivation`. */
  minCultivationDays: number;
  /** secondment: maximum age on `startsOn` without an `ageExceptionReason`. */
  secondmentMaxAge: number;
  /** suggestion: days from `receivedOn` to the reply deadline. */
  replyDays: number;
  /** suggestion: the longest extension one `RequestExtension` may ask for. */
  maxExtensionDays: number;
  /** suggestion boxes: collections per box and month below which the month is flagged. */
  minCollectionsPerMonth: number;
  /** secondment: months between interim reviews while on duty. */
  interimReviewMonths: number;
  /** cadre training: days in the pool between annual reviews. */
  annualReviewDays: number;
  /** secondment: bounds of `months` and of the whole term (with extensions). */
  maxSecondmentMonths: number;
}

export const DEFAULT_POLICY: Policy = {
  minCultivationDays: 0,
  secondmentMaxAge: 45,
  replyDays: 15,
  maxExtensionDays: 30,
  minCollectionsPerMonth: 2,
  interimReviewMonths: 6,
  annualReviewDays: 365,
  maxSecondmentMonths: 24,
};

export interface Branch {
  id: string;
  name: string;
}

/** The words an organisation uses for its members, branches and bodies (src/vocabulary.ts has them). */
export const VOCABULARIES = ['generic', 'jiusan'] as const;
export type VocabularyName = (typeof VOCABULARIES)[number];

export interface Settings {
  committeeSize: number;
  recruitmentQuota: number;
  branches: Branch[];
  policy: Policy;
  /** Which words every screen, export, report and notice uses. */
  vocabulary: VocabularyName;
  /** The organisation's IANA time zone: its business day ("today", due dates, report cut-off). */
  timeZone: string;
  /** The managed list of suggestion categories (empty: any category is accepted). */
  categories: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  committeeSize: 9,
  recruitmentQuota: 3,
  branches: [],
  policy: DEFAULT_POLICY,
  vocabulary: 'generic',
  timeZone: 'Asia/Shanghai',
  categories: [],
};

/** Cross-stream facts a command needs; the engine resolves them through one lookup before `decide`. */
export interface FactRequest {
  /** Member ids to look up in the roster. */
  members?: string[];
  /** Year whose admissions (AdmissionApproved) should be counted. */
  admissionsInYear?: number;
  /** Member id whose open (not final) cadre nominations should be counted, excluding this instance. */
  openNominationsOf?: string;
  /** A numbered workflow's start: the next case number of this workflow in this year. */
  caseNumberIn?: { workflow: string; year: number };
  /** Member id whose open (not ended) secondment should be found, excluding this instance. */
  openSecondmentOf?: string;
}

/** A case's number: its sequence among the workflow's cases started in that year (shown as 2026-意见-012). */
export interface CaseNumber {
  year: number;
  seq: number;
}

export interface Facts {
  members: ReadonlyMap<string, MemberFacts>;
  admissionsInYear: number;
  openNominations: number;
  /** The number the instance being started gets (null when none was asked for). */
  caseNumber: CaseNumber | null;
  /** The member's open secondment (`openSecondmentOf`), or null. */
  openSecondment: { id: string; caseNumber: CaseNumber | null; hostUnit: string } | null;
}

/** The case number recorded on an instance's first event (the engine adds it: see `WorkflowDefinition.numbered`). */
export function caseNumberOf(history: readonly { data: Record<string, unknown> }[]): CaseNumber | null {
  const recorded = history[0]?.data.caseNumber as Partial<CaseNumber> | undefined;
  return recorded && typeof recorded.year === 'number' && typeof recorded.seq === 'number' ? { year: recorded.year, seq: recorded.seq } : null;
}

export interface DecideInput<TContext, TCommand> {
  /** The instance id (stream id without workflow prefix). */
  instanceId: string;
  /** Current state value (a string for flat machines; dotted path for nested states). */
  state: string;
  context: TContext;
  /** The stream's events so far, oldest first. */
  history: readonly DomainEvent[];
  /** The validated command, including `type`, optional `on` and `comment`. */
  command: TCommand;
  /** Business date of this command (`command.on` or today by the engine's clock). */
  on: string;
  /** Today, by the engine's clock. */
  today: string;
  principal: Principal;
  /** The role the principal acts in for this command. */
  role: Role;
  settings: Settings;
  facts: Facts;
}

/** What a `forbids` rule reads: the instance and who asks, in which role (never the command's body). */
export interface CallerInput<TContext> {
  context: TContext;
  /** The stream's events so far, oldest first. */
  history: readonly DomainEvent[];
  principal: Principal;
  /** The role the principal acts in for this command. */
  role: Role;
}

// Method syntax below (not arrow properties) keeps specs of different command types assignable to CommandSpec.
export interface CommandSpec<TContext = unknown, TCommand = unknown> {
  /** TypeBox schema of the whole command body, `type` literal, `on` and `comment` included; `additionalProperties: false`. */
  schema: TObject;
  /** Roles allowed to send it, in order of preference when a principal holds several. */
  roles: readonly Role[];
  /** The event type this command records (its past tense). */
  event: string;
  /**
   * `backward` for a command that stops or turns the case back (reject, withdraw, decline, cancel):
   * listed after the forward ones, never offered first. Forward when absent.
   */
  kind?: CommandKind;
  /** Declarative four-eyes rule: the principal may not be the actor of any earlier event of these types (`same_person`). */
  notBy?: readonly string[];
  /**
   * The command's rules that need only the instance and who asks, not the command's body (an earlier
   * vote, the assigned handler, the branch, a request to approve): the refusal, or null. The engine
   * checks it after role, state and `notBy`, before `decide`; `allowedCommands` leaves the command out
   * when it refuses, so a client is never offered a command that is bound to fail. Pure.
   */
  forbids?(input: CallerInput<TContext>): RuleViolation | ScopeViolation | ConflictViolation | null;
  /** Cross-stream facts to resolve before `decide`; `on` is the command's business date (`command.on` or today). */
  needs?(command: TCommand, context: TContext, principal: Principal, on: string): FactRequest;
  /** Pure: returns the events to record, or throws RuleViolation / ScopeViolation / ConflictViolation. */
  decide(input: DecideInput<TContext, TCommand>): NewEvent[];
}

export type CommandKind = 'forward' | 'backward';

/** Marks a command as one that stops or turns the case back (see `CommandSpec.kind`). */
export function backward<S extends { kind?: CommandKind }>(spec: S): S {
  return { ...spec, kind: 'backward' };
}

export interface WorkflowDefinition<TContext = unknown> {
  name: string;
  version: number;
  title: string;
  /** Machine whose events are `DomainEvent`s; initial state `start` accepts the start command's event. */
  machine: AnyStateMachine;
  commands: Record<string, CommandSpec<TContext, never>>;
  /** Commands that create an instance (sent to POST /workflows/{w}/instances); only these are allowed on a new stream. */
  startCommands: readonly string[];
  /** Delay name (in `setup({delays})`) → event type recorded (as SYSTEM_ACTOR) when that timer fires. */
  timers: Record<string, string>;
  /**
   * Cases of this workflow get a human number per year of their start date: the engine takes the
   * next one under a lock (two concurrent starts never share one) and records it as `caseNumber`
   * ({year, seq}) in the data of the instance's first event.
   */
  numbered?: boolean;
  /**
   * Event type → TypeBox schema of its `data`, for every event the machine takes (the workflow's
   * event types are `Static<>` of these). A numbered workflow's first event also carries the engine's
   * `caseNumber` (see `numbered`). The API documents each as `<EventType>EventData`.
   */
  eventData: Readonly<Record<string, TObject>>;
  /** TypeBox schema of the instance's `data` (the `view` of the context, or the context itself); the API's `<Workflow>InstanceData`. */
  instanceData: TObject;
  /** Fields shown as the instance's `data`; defaults to the context itself. */
  view?(context: TContext): Record<string, unknown>;
  /**
   * For a workflow with roles bound to some of its instances (a host unit to its own secondments):
   * whether a principal acting in `role` may act on the instance with this context (true for a role
   * the workflow does not bind). An instance that none of the principal's roles may act on does not
   * exist for it (404, not 403, so its existence does not leak). Pure, like `decide`.
   */
  inScope?(role: Role, context: TContext, principal: Principal): boolean;
}

/**
 * Every code a workflow rule refuses a command with (`RuleViolation`, `ConflictViolation`), the
 * engine's own rules (four eyes, business dates) included: the API's `Problem.code` enum lists them,
 * and the compiler refuses a rule that throws a code missing here.
 */
export const RULE_CODES = [
  // the engine's rules for every workflow
  'same_person',
  'date_in_future',
  'date_before_previous_step',
  // committee ballot (voting.ts)
  'already_voted',
  'quorum_not_met',
  // recruitment
  'cpc_member_not_eligible',
  'unknown_branch',
  'not_a_member',
  'min_cultivation_days',
  'investigation_required',
  'invalid_sponsor',
  'invalid_tally',
  // cadre training
  'already_nominated',
  'review_required',
  'unknown_task',
  'unknown_course',
  'invalid_period',
  // secondment
  'already_seconded',
  'age_limit',
  'term_too_long',
  'assessment_missing',
  // suggestion
  'anonymous_with_submitter',
  'submitter_required',
  'received_after_registration',
  'unknown_category',
  'collection_needs_box_channel',
  'extension_too_long',
  'no_extension_requested',
  'anonymous_needs_posted_notice',
  // member
  'already_retired',
  'invalid_dates',
  'empty_update',
  // settings
  'duplicate_branch',
  'unknown_time_zone',
  'duplicate_category',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

/** A broken business rule: 422 with `code` (each workflow's codes are listed in docs/workflows.md). */
export class RuleViolation extends Error {
  readonly status = 422;
  constructor(
    readonly code: RuleCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'RuleViolation';
  }
}

/** The principal holds the role but may not act on this instance (wrong branch, not the assigned handler, sponsoring for someone else): 403. */
export class ScopeViolation extends Error {
  readonly status = 403;
  readonly code = 'forbidden_role';
  constructor(message: string) {
    super(message);
    this.name = 'ScopeViolation';
  }
}

/** Conflicting concurrent action detected by a rule (e.g. a second vote): 409 with `code`. */
export class ConflictViolation extends Error {
  readonly status = 409;
  constructor(
    readonly code: RuleCode,
    message: string,
  ) {
    super(message);
    this.name = 'ConflictViolation';
  }
}
