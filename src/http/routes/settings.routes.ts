/**
 * Organisation settings (admin): read, and change through ChangeSettings on the single settings
 * stream `settings/organization`, recorded as SettingsChanged events. PUT supports If-Match.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ETAG } from '../openapi-document.ts';
import { AUTH, errors } from '../schemas.ts';
import { principalOf, requireRole } from '../auth.ts';
import { loadSettings } from '../../engine/facts.ts';
import { vocabularyOf } from '../../vocabulary.ts';
import { businessToday } from '../../clock.ts';
import { DomainError } from '../../errors.ts';
import { ChangeSettings } from '../../../workflows/settings.ts';
import { currentSettings, changeSettings } from '../../settings/organization-settings.ts';

const { type: _type, ...changeFields } = ChangeSettings.properties;

const SettingsBody = Type.Object(changeFields, {
  additionalProperties: false,
  description: 'Fields to change (at least one); branches replace the whole list; policy fields are merged. Optional `on` (business date) and `comment`.',
});

const PolicySchema = Type.Object({}, { additionalProperties: Type.Integer(), description: 'Every policy value in force' });

const SettingsView = Type.Object({
  committeeSize: Type.Integer(),
  recruitmentQuota: Type.Integer(),
  branches: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  policy: PolicySchema,
  vocabulary: Type.String({ description: 'generic or jiusan: the words used everywhere (GET /settings/vocabulary has them)' }),
  timeZone: Type.String({ description: 'IANA time zone of the organisation: its business day' }),
  categories: Type.Array(Type.String(), { description: 'The managed list of suggestion categories (empty: any)' }),
  version: Type.Integer({ description: 'Version of the settings stream (0: never changed, defaults in force); use it in If-Match' }),
});

const TermsSchema = Type.Object({
  member: Type.String(),
  branch: Type.String(),
  branchChair: Type.String(),
  join: Type.String(),
  leave: Type.String(),
  committee: Type.String(),
  chair: Type.String(),
  cityCommittee: Type.String(),
  organisation: Type.String(),
});

const VocabularyView = Type.Object({
  name: Type.String({ description: 'The vocabulary in force: generic or jiusan' }),
  terms: Type.Object({ 'zh-CN': TermsSchema, en: TermsSchema }),
  caseCodes: Type.Record(Type.String(), Type.String(), { description: 'Per workflow, the word a case number carries (2026-意见-012)' }),
  categories: Type.Array(Type.String(), { description: 'The managed list of suggestion categories (empty: free text)' }),
  timeZone: Type.String({ description: 'The organisation’s IANA time zone' }),
  today: Type.String({ description: 'Today in the organisation’s time zone (YYYY-MM-DD): the default business date' }),
});

const Headers = Type.Object({
  'if-match': Type.Optional(Type.String({ maxLength: 40, description: 'Expected settings version, e.g. "3" ("0" before the first change)' })),
});

function expectedVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch.trim());
  if (!match) throw new DomainError('invalid_if_match', 'If-Match must be the expected version, e.g. "3"', 400);
  return Number(match[1]);
}

export const settingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, engine, clock, metrics } = app.docket;

  app.get(
    '/admin/settings',
    {
      config: { operationId: 'getAdminSettings', roles: ['admin'] },
      schema: {
        tags: ['settings'],
        summary: 'The organisation settings in force (admin)',
        security: AUTH,
        [ETAG]: true,
        response: { 200: SettingsView, ...errors(401, 403, 503) },
      },
    },
    async (request, reply) => {
      requireRole(request);
      const view = await currentSettings(database.db);
      reply.header('etag', `"${view.version}"`);
      return view;
    },
  );

  app.get(
    '/settings/vocabulary',
    {
      config: { operationId: 'getVocabulary' },
      schema: {
        tags: ['settings'],
        summary: 'The organisation’s words (vocabulary, case-number words, suggestion categories), time zone and today; any signed-in principal',
        security: AUTH,
        response: { 200: VocabularyView, ...errors(401, 503) },
      },
    },
    async (request) => {
      principalOf(request);
      const settings = await loadSettings(database.db);
      const vocabulary = vocabularyOf(settings.vocabulary);
      return {
        name: vocabulary.name,
        terms: vocabulary.terms,
        caseCodes: { ...vocabulary.caseCodes },
        categories: settings.categories,
        timeZone: settings.timeZone,
        today: businessToday(clock, settings.timeZone),
      };
    },
  );

  app.put(
    '/admin/settings',
    {
      config: { operationId: 'updateAdminSettings', roles: ['admin'] },
      schema: {
        tags: ['settings'],
        summary: 'Change the organisation settings (admin); recorded as a SettingsChanged event',
        security: AUTH,
        headers: Headers,
        body: SettingsBody,
        [ETAG]: true,
        response: { 200: SettingsView, ...errors(400, 401, 403, 409, 413, 415, 422, 503) },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request);
      const view = await metrics.timeCommand('settings', 'ChangeSettings', () =>
        changeSettings(
          { db: database.db, engine, clock },
          {
            command: { type: 'ChangeSettings', ...request.body },
            principal,
            expectedVersion: expectedVersion(request.headers['if-match']),
            requestId: request.id,
          },
        ),
      );
      reply.header('etag', `"${view.version}"`);
      return view;
    },
  );
};
