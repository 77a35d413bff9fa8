/**
 * Disclosure: the one function per kind of response through which personal data leaves the server
 * — an instance, a listing item, an event (history and feed), a roster row, an inbox or view row.
 * Each asks the read policy (read-policy.ts) what the reader may see, leaves out the rest
 * (redact.ts, answering which paths in `redacted`), drops what the reader may not see at all, and
 * tells the reader whose personal data it revealed (the access log). Exports page through the same
 * functions as the JSON they mirror.
 */
import type { Principal } from '../../workflows/contract.ts';
import { EVENT_COMMENT, MEMBER_ROW_FIELDS, PERSONAL_FIELDS, type PersonalField } from './personal-fields.ts';
import { grantFor, readsAny, ROSTER, type Subject } from './read-policy.ts';
import { redact } from './redact.ts';

/** Who is reading, and where the subjects whose personal data a response revealed are noted. */
export interface Reader {
  principal: Principal;
  /** The response reveals personal data (beyond names) of these subjects (`member/<id>`, `<workflow>/<id>`). */
  revealed(subjects: readonly string[]): void;
  /** Waits while what was revealed so far is being recorded (between the pages of a long export). */
  drain(): Promise<void>;
}

const NONE: readonly PersonalField[] = [];

/** The subjects an instance's personal data is about: the instance, and the member it concerns (if any). */
export function subjectsOf(workflow: string, id: string, data: Record<string, unknown> | null): string[] {
  const subjects = [`${workflow}/${id}`];
  const admission = data?.admission as { memberId?: unknown } | null | undefined;
  const memberId = data?.memberId ?? admission?.memberId;
  if (workflow !== 'member' && typeof memberId === 'string' && memberId.length > 0) subjects.push(`member/${memberId}`);
  return subjects;
}

export interface DisclosedData {
  data: Record<string, unknown>;
  redacted: string[];
  /** Personal fields of an erased subject (null in `data`). */
  erased: string[];
}

/** An instance's data (GET instance, listing item): null when the reader may not see the instance. */
export function discloseInstance(reader: Reader, workflow: string, subject: Subject): DisclosedData | null {
  const granted = grantFor(workflow, reader.principal, subject);
  if (granted === null) return null;
  const out = redact(subject.data, PERSONAL_FIELDS[workflow]?.instance ?? NONE, granted, 'data.', subject.erased === true);
  if (out.revealed) reader.revealed(subjectsOf(workflow, subject.id, subject.data));
  return { data: out.value, redacted: out.redacted, erased: out.erased };
}

/**
 * A recorded event's data and comment, read through its instance (`subject`), or without it (null:
 * the feed). Its `erased` (the fields whose key was destroyed, as the log was read) passes through.
 */
export function discloseEvent<E extends { type: string; data: Record<string, unknown>; comment?: string | null }>(
  reader: Reader,
  workflow: string,
  streamId: string,
  subject: Subject | null,
  event: E,
): (E & { redacted: string[] }) | null {
  const granted = grantFor(workflow, reader.principal, subject);
  if (granted === null) return null;
  const out = redact(event.data, PERSONAL_FIELDS[workflow]?.events[event.type] ?? NONE, granted, 'data.');
  const comment = event.comment;
  const hasComment = typeof comment === 'string' && comment.length > 0;
  const commentShown = hasComment && granted.has(EVENT_COMMENT.category);
  if (out.revealed || commentShown) reader.revealed(subjectsOf(workflow, streamId.slice(workflow.length + 1), subject?.data ?? event.data));
  if (hasComment && !commentShown) return { ...event, data: out.value, comment: null, redacted: [...out.redacted, EVENT_COMMENT.path] };
  return { ...event, data: out.value, redacted: out.redacted };
}

interface RosterFields {
  id: string;
  /** null: erased (as is birthDate). */
  name: string | null;
  birthDate: string | null;
  branchId: string;
  current: boolean;
}

/** A roster row as disclosed: its personal fields may be left out. */
export type DisclosedRow<M extends RosterFields> = Omit<M, 'name' | 'birthDate'> & Partial<Pick<M, 'name' | 'birthDate'>> & { redacted: string[]; erased: string[] };

/** A roster row (GET /members, /members/{id}, their exports): null when the reader may not see the roster. */
export function discloseMember<M extends RosterFields>(reader: Reader, member: M): DisclosedRow<M> | null {
  const subject: Subject = { id: member.id, state: member.current ? 'active' : 'departed', data: member as unknown as Record<string, unknown> };
  const granted = grantFor(ROSTER, reader.principal, subject);
  if (granted === null) return null;
  // A roster row has a name until its member is erased.
  const out = redact<DisclosedRow<M>>({ ...member, redacted: [], erased: [] }, MEMBER_ROW_FIELDS, granted, '', member.name === null);
  if (out.revealed) reader.revealed([`member/${member.id}`]);
  return { ...out.value, redacted: out.redacted, erased: out.erased };
}

/**
 * A view's answer about one instance (the secondment audit): `fields` are its personal fields (the
 * view declares them beside the instance's, in personal-fields.ts); null when the reader may not see the instance.
 */
export function discloseView<V>(reader: Reader, workflow: string, subject: Subject, value: V, fields: readonly PersonalField[]): (V & { redacted: string[]; erased: string[] }) | null {
  const granted = grantFor(workflow, reader.principal, subject);
  if (granted === null) return null;
  const out = redact(value, fields, granted, '', subject.erased === true);
  if (out.revealed) reader.revealed(subjectsOf(workflow, subject.id, subject.data));
  return { ...out.value, redacted: out.redacted, erased: out.erased };
}

/** Whether the reader may see the instance at all (views whose rows carry no personal field of it). */
export function visibleTo(reader: Reader, workflow: string, subject: Subject | undefined): boolean {
  return subject !== undefined && grantFor(workflow, reader.principal, subject) !== null;
}

/**
 * One page of a paged read of `workflow`'s instances, each item disclosed (null: left out). A page
 * the reader sees nothing of is skipped, so a page may hold fewer items than asked for, never none
 * unless it is the last: follow `cursor` until it is null. A reader none of whose roles sees any
 * instance of the workflow gets the empty last page without a read.
 */
export async function disclosedPage<Item, Out>(
  reader: Reader,
  workflow: string | null,
  read: (cursor: string | null, limit: number) => Promise<{ items: Item[]; cursor: string | null }>,
  cursor: string | null,
  limit: number,
  disclose: (items: Item[]) => Promise<(Out | null)[]> | (Out | null)[],
): Promise<{ items: Out[]; cursor: string | null }> {
  if (workflow !== null && !readsAny(workflow, reader.principal)) return { items: [], cursor: null };
  let next = cursor;
  await reader.drain();
  for (;;) {
    const page = await read(next, limit);
    const items = (await disclose(page.items)).filter((item): item is Out => item !== null);
    if (items.length > 0 || page.cursor === null) return { items, cursor: page.cursor };
    next = page.cursor;
  }
}
