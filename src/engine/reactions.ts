/**
 * Process managers that react to an event inside the same transaction. AdmissionApproved
 * creates the new member's roster stream (joinedOn = approval date). The member stream id is
 * derived from the application, so the reaction can only ever create it once: a second attempt
 * meets an existing stream (expected version 0) and is skipped.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Principal } from '../../workflows/contract.ts';
import type { StoredEvent } from '../store/types.ts';
import { readStreamHeader } from '../store/event-store.ts';
import { streamIdOf } from './registry.ts';
import type { Engine } from './engine.ts';

/** The principal process managers act as. */
export const SYSTEM_PRINCIPAL: Principal = { id: 'system', name: 'system', roles: ['admin'], memberId: null, branchId: null };

export async function reactTo(engine: Engine, trx: Transaction<Database>, event: StoredEvent, now: Date): Promise<void> {
  if (event.workflow === 'recruitment' && event.type === 'AdmissionApproved') {
    await admitMember(engine, trx, event, now);
  }
}

async function admitMember(engine: Engine, trx: Transaction<Database>, event: StoredEvent, now: Date): Promise<void> {
  const data = event.data as {
    memberId: string;
    joinedOn: string;
    branchId: string;
    applicant: {
      name: string;
      gender: string;
      birthDate: string;
      education: string;
      title: string;
      employment: string;
      cpcMember?: boolean;
    };
  };
  if (await readStreamHeader(trx, streamIdOf('member', data.memberId))) return;
  const applicationId = event.streamId.slice(event.streamId.indexOf('/') + 1);
  await engine.decideAndAppend(
    trx,
    {
      workflow: 'member',
      instanceId: data.memberId,
      principal: SYSTEM_PRINCIPAL,
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
    true,
    now,
    `${event.streamId}@${event.version}`,
  );
}
