/**
 * Erasure by crypto-shredding (POST /admin/erasures; docs/data-protection.md, "Erasure"). In one
 * transaction, holding the subject's stream head: its data key is destroyed (the wrapped key row
 * deleted, the erasure recorded), the PersonalDataErased event (who, when, why) is appended to its
 * own stream with the state folded again without the key, the stream's view rows are projected
 * again from the log (the rebuild's code), and the stored answers of its commands lose their events.
 * The ciphertext in `events` is untouched, so the hash chains still verify; it can no longer be read.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../workflows/contract.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/schema.ts';
import type { Engine } from '../engine/engine.ts';
import { parseStreamId } from '../engine/registry.ts';
import { DomainError, notFound } from '../errors.ts';
import { reprojectStream } from '../projections/rebuild.ts';
import { destroyKey, forgetAnsweredEvents, isErased, lockSubjectStream } from './data-keys.query.ts';
import type { PersonalData } from './personal-data.ts';
import { PERSONAL_FIELDS } from './personal-fields.ts';

/** The workflows whose instances hold personal fields: the subjects an erasure may name. */
export const ERASABLE = Object.entries(PERSONAL_FIELDS)
  .filter(([, fields]) => fields.instance.length > 0)
  .map(([workflow]) => workflow);

export interface ErasureDeps {
  db: Kysely<Database>;
  engine: Engine;
  personalData: PersonalData;
  clock: Clock;
}

export interface ErasureRequest {
  /** `<workflow>/<id>`: the subject's stream id. */
  subject: string;
  reason: string;
  actor: Actor;
  requestId?: string;
}

export interface Erasure {
  subject: string;
  erasedAt: string;
}

export async function eraseSubject(deps: ErasureDeps, request: ErasureRequest): Promise<Erasure> {
  const { subject } = request;
  const { workflow } = parseStreamId(subject);
  if (!ERASABLE.includes(workflow)) throw new DomainError('not_erasable', `${workflow} instances hold no personal data`, 400, { subject });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    if ((await lockSubjectStream(trx, subject)) !== workflow) throw notFound(`subject ${JSON.stringify(subject)}`);
    if (await isErased(trx, subject)) throw new DomainError('already_erased', `${subject} was erased already`, 409, { subject });
    await destroyKey(trx, subject, now);
    deps.personalData.forget(subject);
    await deps.engine.recordErasure(trx, subject, request.actor, request.reason, now, request.requestId);
    await reprojectStream(trx, { registry: deps.engine.registry, projector: deps.engine.projector, personalData: deps.personalData }, subject);
    await forgetAnsweredEvents(trx, workflow, parseStreamId(subject).id);
  });
  // A read between the key's deletion and the commit may have cached it again.
  deps.personalData.forget(subject);
  return { subject, erasedAt: now.toISOString() };
}
