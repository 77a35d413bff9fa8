/** The member roster, read by the rules' roster lookup and by GET /members. */
import type { MemberContext } from '../../workflows/member.ts';
import type { Projection } from './projector.ts';
import { write } from './view-tables.ts';

export const membersProjection: Projection = {
  name: 'members',
  tables: ['view_members'],
  workflows: ['member'],
  project({ streamId, id, folded }) {
    const m = folded.snapshot.context as MemberContext;
    return [
      write('view_members', {
        id,
        stream_id: streamId,
        name: m.name,
        gender: m.gender,
        birth_date: m.birthDate,
        education: m.education,
        title: m.title,
        employment: m.employment,
        branch_id: m.branchId,
        joined_on: m.joinedOn,
        retired_on: m.retiredOn,
        departed_on: m.departedOn,
        current: m.departedOn === null,
        admitted_by: m.admittedBy,
      }),
    ];
  },
};
