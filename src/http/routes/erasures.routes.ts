/**
 * Erasure (admin): destroys a subject's data key, so its personal fields read as erased everywhere
 * from then on (src/privacy/erasure.ts; docs/data-protection.md, "Erasure").
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AUTH, errors } from '../schemas.ts';
import { requireRole } from '../auth.ts';
import { ERASABLE, eraseSubject } from '../../privacy/erasure.ts';

const SubjectSchema = Type.String({
  pattern: `^(${ERASABLE.join('|')})/[A-Za-z0-9_.:-]{1,100}$`,
  maxLength: 130,
  description: `The instance whose person is forgotten, as its stream names it: ${ERASABLE.map((w) => `${w}/<id>`).join(', ')}`,
  examples: ['member/m-17', 'suggestion/01J9Z5R2V3'],
});

const ErasureSchema = Type.Object(
  {
    subject: SubjectSchema,
    reason: Type.String({ minLength: 1, maxLength: 2000, description: 'Why (the request it answers): recorded in the erasure event, with who and when' }),
  },
  { additionalProperties: false },
);

export const erasureRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { engine, database, personalData, clock } = app.docket;

  app.post(
    '/admin/erasures',
    {
      config: { operationId: 'eraseSubject', roles: ['admin'] },
      schema: {
        tags: ['privacy'],
        summary: "Erase a person's personal data from the log: their data key is destroyed, their fields read as erased from now on",
        description:
          'The subject’s personal fields stay in the log as ciphertext (the hash chains still verify) that nothing can open any more; ' +
          'every read then shows them null and lists them in `erased`. Records a PersonalDataErased event (who, when, why) on the subject’s stream ' +
          'and projects its views again. Aggregate reports keep their figures. 404: no such subject; 409 already_erased: erased before.',
        security: AUTH,
        body: ErasureSchema,
        response: {
          201: Type.Object({ subject: Type.String(), erasedAt: Type.String({ description: 'ISO timestamp' }) }),
          ...errors(400, 401, 403, 404, 409, 415),
        },
      },
    },
    async (request, reply) => {
      const admin = requireRole(request);
      const erased = await eraseSubject(
        { db: database.db, engine, personalData, clock },
        { subject: request.body.subject, reason: request.body.reason, actor: { id: admin.id, name: admin.name, role: 'admin' }, requestId: request.id },
      );
      request.log.info({ subject: erased.subject, by: admin.id }, 'subject erased');
      return reply.code(201).send(erased);
    },
  );
};
