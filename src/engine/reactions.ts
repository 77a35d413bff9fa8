/**
 * Process managers: commands that follow from recorded events and are committed with them.
 * AdmissionApproved registers the new member in the roster (joinedOn = the approval date).
 * The member id is derived from the application, so the member stream can only ever be
 * created once: a second attempt would meet an existing stream and fail with version_conflict.
 */
import type { Principal } from '../../workflows/contract.ts';
import type { StoredEvent } from '../store/types.ts';

/** The principal process managers are authorised as (their events are recorded as actor `system`, role `system`). */
const SYSTEM_PRINCIPAL: Principal = { id: 'system', name: 'system', roles: ['admin'], memberId: null, branchId: null, hostUnit: null };

/** A command a process manager sends because of recorded events (committed with them). */
interface Reaction {
  workflow: string;
  instanceId: string;
  principal: Principal;
  causationId: string;
  command: Record<string, unknown>;
}

interface AdmissionApproved {
  memberId: string;
  joinedOn: string;
  branchId: string;
  applicant: { name: string; gender: string; birthDate: string; education: string; title: string; employment: string };
}

export function reactionsTo(events: readonly StoredEvent[]): Reaction[] {
  return events.flatMap((event): Reaction[] => {
    if (event.workflow !== 'recruitment' || event.type !== 'AdmissionApproved') return [];
    const data = event.data as unknown as AdmissionApproved;
    const applicationId = event.streamId.slice(event.streamId.indexOf('/') + 1);
    return [
      {
        workflow: 'member',
        instanceId: data.memberId,
        principal: SYSTEM_PRINCIPAL,
        causationId: `${event.streamId}@${event.version}`,
        command: {
          type: 'RegisterMember',
          on: data.joinedOn,
          name: data.applicant.name,
          gender: data.applicant.gender,
          birthDate: data.applicant.birthDate,
          education: data.applicant.education,
          title: data.applicant.title,
          employment: data.applicant.employment,
          branchId: data.branchId,
          joinedOn: data.joinedOn,
          admittedBy: applicationId,
        },
      },
    ];
  });
}
