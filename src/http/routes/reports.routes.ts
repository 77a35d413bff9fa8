/** GET /reports/organization?asOf=: the organisation report, computed from the log as of a business date (JSON, CSV or .xlsx). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readDbOf, ReadHeaders } from '../read-your-writes.ts';
import { Type } from '@sinclair/typebox';
import { AUTH, errors, IsoDateSchema } from '../schemas.ts';
import { principalOf } from '../auth.ts';
import { businessToday } from '../../clock.ts';
import { loadSettings } from '../../engine/facts.ts';
import { organizationReport } from '../../reports/organization.report.ts';
import { answer, exportable, onePage } from '../../export/respond.ts';
import { organizationReportTable, reportLines } from '../../export/tables.ts';

const Count = (description: string) => Type.Integer({ minimum: 0, description });

const ReportSchema = Type.Object({
  asOf: Type.String({ description: 'The business date the figures hold on' }),
  members: Count('Members on asOf: joined by then and not departed by then'),
  working: Count('Members still working'),
  retired: Count('Members retired'),
  bornByDecade: Type.Record(Type.String(), Type.Integer(), { description: 'Members by decade of birth, e.g. {"1980s": 14}' }),
  workingWithDegree: Count('Working members with a university degree (bachelor or higher)'),
  workingSeniorOrIntermediate: Count('Working members with a senior or intermediate title'),
  workingSeniorOrIntermediateShare: Type.Number({ minimum: 0, maximum: 1, description: 'Share of working members, three decimals' }),
  branches: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.Union([Type.String(), Type.Null()], { description: 'null for a branch id no settings ever named' }),
      members: Count('Members of the branch'),
    }),
    { description: 'Branches configured on asOf, then any other branch a member belongs to' },
  ),
  admissions: Type.Object({
    year: Type.Integer({ description: 'The year of asOf' }),
    count: Count('Admissions approved from 1 January to asOf'),
    quota: Count('The recruitment quota in force on asOf'),
    overQuota: Count('How many of them were recorded over the quota'),
  }),
  suggestions: Type.Object(
    {
      received: Count('Suggestions registered by asOf'),
      repliedOnTime: Count('Replied by their deadline (and not reopened)'),
      repliedLate: Count('Replied after their deadline'),
      pending: Count('Awaiting a reply on asOf (registered or in progress)'),
      overdue: Count('Pending and past their deadline on asOf'),
    },
    { description: 'All suggestions registered up to asOf, in their state on asOf' },
  ),
});

export const reportsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, registry, clock, personalData } = app.docket;

  app.get(
    '/reports/organization',
    {
      config: { reads: 'replica', operationId: 'getOrganizationReport' },
      schema: {
        tags: ['reports'],
        summary: 'Organisation statistics as of a business date (default today), computed from the log',
        security: AUTH,
        headers: ReadHeaders,
        querystring: Type.Object({ asOf: Type.Optional(IsoDateSchema) }, { additionalProperties: false }),
        response: { 200: exportable(ReportSchema, 'The report (an export holds one figure a line)'), ...errors(400, 401, 503) },
      },
    },
    async (request, reply) => {
      principalOf(request);
      const settings = await loadSettings(readDbOf(request));
      const asOf = request.query.asOf ?? businessToday(clock, settings.timeZone);
      const read = () => organizationReport(readDbOf(request), { registry, personalData }, asOf);
      return answer(request, reply, { table: organizationReportTable(asOf), json: read, rows: () => onePage(async () => reportLines(await read(), settings.vocabulary)) });
    },
  );
};
