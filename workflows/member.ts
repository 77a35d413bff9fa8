/** The roster: one stream per member, from registration (import or admission) to departure (docs/workflows.md, "Member"). */
import { Type, type Static } from '@sinclair/typebox';
import { assign, setup } from 'xstate';
import {
  RuleViolation,
  type EventsOf,
  type Education,
  type Employment,
  type Gender,
  type MemberFacts,
  type Settings,
  type Title,
  type WorkflowDefinition,
} from './contract.ts';
import { command, Enum, Id, IsoDate, Nullable, Ref, Text } from './schemas.ts';

export const GENDERS: readonly Gender[] = ['male', 'female'];
export const EDUCATIONS: readonly Education[] = ['doctorate', 'master', 'bachelor', 'college', 'secondary'];
export const TITLES: readonly Title[] = ['senior', 'intermediate', 'junior', 'none'];
export const EMPLOYMENTS: readonly Employment[] = ['working', 'retired'];

/** The fields `UpdateProfile` may change, as recorded. */
const ProfileData = {
  name: Type.String({ description: 'Full name' }),
  gender: Enum(GENDERS),
  birthDate: IsoDate('Date of birth'),
  education: Enum(EDUCATIONS, 'Highest education'),
  title: Enum(TITLES, 'Professional title'),
  employment: Enum(EMPLOYMENTS),
  branchId: Type.String({ description: 'The branch the member belongs to' }),
};
const MemberProfileSchema = Type.Object(ProfileData);
export type MemberProfile = Static<typeof MemberProfileSchema>;

const MemberRegisteredFields = {
  ...ProfileData,
  joinedOn: IsoDate(),
  cpcMember: Nullable(Type.Boolean(), 'null when not stated at registration'),
  admittedBy: Nullable(Type.String(), 'The recruitment instance that admitted this member, when registered from an admission'),
};
const MemberRegisteredSchema = Type.Object(MemberRegisteredFields);

/** Plain JSON data: the member as folded from the stream. Dates are YYYY-MM-DD; `null` = not (yet) known. */
export const MemberContextSchema = Type.Object({
  ...MemberRegisteredFields,
  retiredOn: Nullable(IsoDate(), 'Set by RetirementRecorded; null for members registered as retired (date unknown) or still working'),
  departedOn: Nullable(IsoDate()),
  departureReason: Nullable(Type.String()),
});
export type MemberContext = Static<typeof MemberContextSchema>;

export const memberEvents = {
  MemberRegistered: MemberRegisteredSchema,
  RetirementRecorded: Type.Object({ retiredOn: IsoDate() }),
  DepartureRecorded: Type.Object({ reason: Type.String(), departedOn: IsoDate() }),
  ProfileUpdated: Type.Partial(MemberProfileSchema, { description: 'Only the fields that changed' }),
};

export const EMPTY_MEMBER: MemberContext = {
  name: '',
  gender: 'female',
  birthDate: '',
  education: 'secondary',
  title: 'none',
  employment: 'working',
  branchId: '',
  joinedOn: '',
  cpcMember: null,
  admittedBy: null,
  retiredOn: null,
  departedOn: null,
  departureReason: null,
};

const profileFields = {
  name: Text(200, 'Full name'),
  gender: Enum(GENDERS),
  birthDate: IsoDate('Date of birth'),
  education: Enum(EDUCATIONS, 'Highest education'),
  title: Enum(TITLES, 'Professional title'),
  employment: Enum(EMPLOYMENTS),
  branchId: Ref('branch', 'The branch the member belongs to'),
};

export const RegisterMember = command(
  'RegisterMember',
  {
    ...profileFields,
    joinedOn: IsoDate('The day the member joined (for an admitted applicant: the approval date)'),
    cpcMember: Type.Optional(Type.Boolean({ description: 'Also a member of the CPC' })),
    admittedBy: Type.Optional(Id('The recruitment instance that admitted this member')),
  },
  'Adds a member to the roster (import of an existing member, or an admitted applicant)',
);

export const RecordRetirement = command('RecordRetirement', {}, 'The member retired on `on` (default today)');

export const RecordDeparture = command(
  'RecordDeparture',
  { reason: Text(2000, 'Why the member left') },
  'The member left the organisation on `on` (default today)',
);

export const UpdateProfile = command(
  'UpdateProfile',
  {
    name: Type.Optional(profileFields.name),
    gender: Type.Optional(profileFields.gender),
    birthDate: Type.Optional(profileFields.birthDate),
    education: Type.Optional(profileFields.education),
    title: Type.Optional(profileFields.title),
    employment: Type.Optional(profileFields.employment),
    branchId: Type.Optional(profileFields.branchId),
  },
  'Corrects or updates any of the profile fields (at least one)',
);

interface RegisterMemberCommand extends MemberProfile {
  type: 'RegisterMember';
  joinedOn: string;
  cpcMember?: boolean;
  admittedBy?: string;
}
interface RecordDepartureCommand {
  type: 'RecordDeparture';
  reason: string;
}
type UpdateProfileCommand = { type: 'UpdateProfile' } & Partial<MemberProfile>;

export type MemberRegisteredData = Static<typeof MemberRegisteredSchema>;
export type MemberEvent = EventsOf<typeof memberEvents>;

const PROFILE_KEYS = ['name', 'gender', 'birthDate', 'education', 'title', 'employment', 'branchId'] as const;

function checkBranch(settings: Settings, branchId: string): void {
  if (settings.branches.length > 0 && !settings.branches.some((b) => b.id === branchId)) {
    throw new RuleViolation('unknown_branch', `there is no branch ${JSON.stringify(branchId)}`, {
      branches: settings.branches.map((b) => b.id),
    });
  }
}

function checkBornBeforeJoining(birthDate: string, joinedOn: string): void {
  if (!(birthDate < joinedOn)) {
    throw new RuleViolation('invalid_dates', `birthDate ${birthDate} must be before joinedOn ${joinedOn}`);
  }
}

function checkNotBeforeJoining(what: string, on: string, joinedOn: string): void {
  if (on < joinedOn) {
    throw new RuleViolation('invalid_dates', `${what} on ${on} cannot be before the member joined on ${joinedOn}`);
  }
}

const machine = setup({
  types: {} as { context: MemberContext; events: MemberEvent },
  actions: {
    register: assign(({ event }) => {
      if (event.type !== 'MemberRegistered') return {};
      return { ...event.data };
    }),
    retire: assign(({ event }) => {
      if (event.type !== 'RetirementRecorded') return {};
      return { employment: 'retired' as const, retiredOn: event.data.retiredOn };
    }),
    depart: assign(({ event }) => {
      if (event.type !== 'DepartureRecorded') return {};
      return { departedOn: event.data.departedOn, departureReason: event.data.reason };
    }),
    updateProfile: assign(({ context, event }) => {
      if (event.type !== 'ProfileUpdated') return {};
      const retiredOn = event.data.employment === 'working' ? null : context.retiredOn;
      return { ...event.data, retiredOn };
    }),
  },
}).createMachine({
  id: 'member',
  initial: 'start',
  context: EMPTY_MEMBER,
  states: {
    start: { on: { MemberRegistered: { target: 'active', actions: 'register' } } },
    active: {
      on: {
        RetirementRecorded: { actions: 'retire' },
        ProfileUpdated: { actions: 'updateProfile' },
        DepartureRecorded: { target: 'departed', actions: 'depart' },
      },
    },
    departed: { type: 'final' },
  },
});

/** What the engine's roster lookup returns for a member stream; `current` is false once the member departed. */
export function memberFacts(id: string, context: MemberContext, current: boolean): MemberFacts {
  return {
    id,
    name: context.name,
    gender: context.gender,
    birthDate: context.birthDate,
    education: context.education,
    title: context.title,
    employment: context.employment,
    branchId: context.branchId,
    joinedOn: context.joinedOn,
    current,
  };
}

export const member: WorkflowDefinition<MemberContext> = {
  name: 'member',
  version: 1,
  title: 'Roster member',
  machine,
  startCommands: ['RegisterMember'],
  timers: {},
  eventData: memberEvents,
  instanceData: MemberContextSchema,
  commands: {
    RegisterMember: {
      schema: RegisterMember,
      roles: ['admin'],
      event: 'MemberRegistered',
      decide: ({ command, settings }: { command: RegisterMemberCommand; settings: Settings }) => {
        checkBranch(settings, command.branchId);
        checkBornBeforeJoining(command.birthDate, command.joinedOn);
        const data: MemberRegisteredData = {
          name: command.name,
          gender: command.gender,
          birthDate: command.birthDate,
          education: command.education,
          title: command.title,
          employment: command.employment,
          branchId: command.branchId,
          joinedOn: command.joinedOn,
          cpcMember: command.cpcMember ?? null,
          admittedBy: command.admittedBy ?? null,
        };
        return [{ type: 'MemberRegistered', data }];
      },
    },
    RecordRetirement: {
      schema: RecordRetirement,
      roles: ['office'],
      event: 'RetirementRecorded',
      decide: ({ context, on }: { context: MemberContext; on: string }) => {
        if (context.employment !== 'working') {
          throw new RuleViolation('already_retired', `${context.name} is already retired`);
        }
        checkNotBeforeJoining('retirement', on, context.joinedOn);
        return [{ type: 'RetirementRecorded', data: { retiredOn: on } }];
      },
    },
    RecordDeparture: {
      schema: RecordDeparture,
      roles: ['office'],
      event: 'DepartureRecorded',
      decide: ({ command, context, on }: { command: RecordDepartureCommand; context: MemberContext; on: string }) => {
        checkNotBeforeJoining('departure', on, context.joinedOn);
        return [{ type: 'DepartureRecorded', data: { reason: command.reason, departedOn: on } }];
      },
    },
    UpdateProfile: {
      schema: UpdateProfile,
      roles: ['office'],
      event: 'ProfileUpdated',
      decide: ({ command, context, settings }: { command: UpdateProfileCommand; context: MemberContext; settings: Settings }) => {
        const changes: Record<string, unknown> = {};
        for (const key of PROFILE_KEYS) {
          if (command[key] !== undefined) changes[key] = command[key];
        }
        if (Object.keys(changes).length === 0) {
          throw new RuleViolation('empty_update', `UpdateProfile needs at least one of ${PROFILE_KEYS.join(', ')}`);
        }
        if (command.branchId !== undefined) checkBranch(settings, command.branchId);
        if (command.birthDate !== undefined) checkBornBeforeJoining(command.birthDate, context.joinedOn);
        return [{ type: 'ProfileUpdated', data: changes }];
      },
    },
  },
};
