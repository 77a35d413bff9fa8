/**
 * GET /reports/annual?year=: the year's report on organisation building, computed from the log,
 * as JSON, an HTML page or a Word document (by `Accept`), in Chinese or English (by
 * `Accept-Language`). It names admitted members, reserve cadres and secondees, so only the
 * roles in ANNUAL_REPORT_READERS may read it.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readDbOf, ReadHeaders } from '../read-your-writes.ts';
import { Type, type TSchema } from '@sinclair/typebox';
import { ACTIVITY_KINDS } from '../../../workflows/activity.ts';
import { Enum } from '../../../workflows/schemas.ts';
import { businessToday } from '../../clock.ts';
import { DomainError } from '../../errors.ts';
import { annualReport, ANNUAL_REPORT_READERS } from '../../reports/annual.report.ts';
import { annualReportDocument } from '../../reports/annual-report.document.ts';
import { loadSettings } from '../../engine/facts.ts';
import { reportDocx } from '../../reports/report-docx.ts';
import { reportHtml } from '../../reports/report-html.ts';
import { requireRole } from '../auth.ts';
import { contentDisposition, languageOf, preferredType } from '../../export/negotiate.ts';
import { AUTH, errors } from '../schemas.ts';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FORMATS = ['application/json', 'text/html', DOCX] as const;

const Count = (description?: string) => Type.Integer({ minimum: 0, ...(description ? { description } : {}) });
const Str = Type.String();
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const List = <T extends TSchema>(item: T, description: string) => Type.Array(item, { description });

const AnnualReportSchema = Type.Object({
  year: Type.Integer(),
  asOf: Type.String({ description: '31 December of the year, or today for the current year' }),
  membership: Type.Object({
    members: Count(),
    working: Count(),
    retired: Count(),
    bornByDecade: Type.Record(Type.String(), Type.Integer(), { description: 'Members by decade of birth, e.g. {"1980s": 14}' }),
    workingWithDegree: Count('Working members with a university degree'),
    workingSeniorOrIntermediate: Count('Working members with a senior or intermediate title'),
    workingSeniorOrIntermediateShare: Type.Number({ minimum: 0, maximum: 1 }),
  }),
  branches: List(Type.Object({ id: Str, name: Nullable(Str), members: Count() }), 'Branches and their members on asOf'),
  committee: Type.Object({ size: Count('Members of the grassroots committee (settings in force on asOf)') }),
  recruitment: Type.Object({
    quota: Count(),
    admitted: Count('Admissions approved in the year'),
    overQuota: Count(),
    applicationsReceived: Count('Applications received in the year'),
    inProgress: Count('Applications still open on asOf'),
    members: List(Type.Object({ name: Str, branchId: Str, approvedOn: Str, approvalNo: Str, overQuota: Type.Boolean() }), 'Admitted in the year'),
  }),
  reserveCadres: Type.Object({
    pool: Count('In the pool on asOf'),
    enteredPool: Count(),
    appointed: Count(),
    removed: Count(),
    cadres: List(Type.Object({ memberName: Str, branchId: Nullable(Str), poolSince: Str, state: Str }), 'In the pool, or appointed or removed in the year'),
    tasks: List(Type.Object({ memberName: Str, title: Str, assignedOn: Str, dueOn: Str, completedOn: Nullable(Str) }), 'Tasks assigned in the year'),
    courses: List(
      Type.Object({ memberName: Str, course: Str, institution: Str, startsOn: Str, endsOn: Str, completedOn: Nullable(Str) }),
      'Courses started or enrolled in the year',
    ),
  }),
  secondments: Type.Object({
    count: Count('Members on duty at some time in the year'),
    items: List(
      Type.Object({ memberName: Str, hostUnit: Str, post: Str, reportedOn: Str, termMonths: Count(), termEndsOn: Nullable(Str), state: Str }),
      'Who, where, how long',
    ),
  }),
  suggestions: Type.Object({
    received: Count('Received in the year'),
    repliedOnTime: Count(),
    repliedLate: Count(),
    pending: Count('Awaiting a reply on asOf'),
    overdue: Count('Pending and past their deadline on asOf'),
    minimumCollectionsPerMonth: Count('The policy: collections per box and month'),
    collections: List(Type.Object({ box: Str, month: Str, collections: Count(), suggestions: Count(), belowMinimum: Type.Boolean() }), 'Per box and month'),
    missedMonths: List(Type.Object({ box: Str, month: Str, collections: Count() }), 'Months below the minimum, up to asOf'),
  }),
  activities: Type.Object({
    count: Count('Activities held in the year (withdrawn records left out)'),
    participations: Count('Member participations: each member once per activity'),
    participants: Count('Different members who took part'),
    byKind: List(Type.Object({ kind: Enum(ACTIVITY_KINDS), count: Count(), participations: Count() }), 'By kind, most frequent first'),
    items: List(Type.Object({ id: Str, date: Str, kind: Enum(ACTIVITY_KINDS), title: Str, place: Str, participants: Count() }), 'By date'),
  }),
});

export const annualReportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, registry, clock, personalData } = app.docket;

  app.get(
    '/reports/annual',
    {
      config: { reads: 'replica', operationId: 'getAnnualReport', roles: ANNUAL_REPORT_READERS },
      schema: {
        tags: ['reports'],
        summary: 'The annual report on organisation building, from the log (chair, committee, office, admin)',
        description:
          'JSON, HTML or a Word document by `Accept`; Chinese (default) or English by `Accept-Language`. ' +
          'For the current year the figures hold on today. It names admitted members, reserve cadres and secondees.',
        security: AUTH,
        headers: ReadHeaders,
        querystring: Type.Object({ year: Type.Integer({ minimum: 1949, maximum: 9999, description: 'The year reported on' }) }, { additionalProperties: false }),
        response: {
          200: {
            description: 'The report',
            content: {
              'application/json': { schema: AnnualReportSchema },
              'text/html': { schema: Type.String({ description: 'A self-contained HTML page' }) },
              [DOCX]: { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'A Word document' }) },
            },
          },
          ...errors(400, 401, 403, 406, 422, 503),
        },
      },
    },
    async (request, reply) => {
      requireRole(request);
      const format = preferredType(request.headers.accept, FORMATS);
      if (format === null) throw new DomainError('not_acceptable', `the report is available as ${FORMATS.join(', ')}`, 406, { available: FORMATS });
      const language = languageOf(request.headers['accept-language']);
      const { year } = request.query;
      const settings = await loadSettings(readDbOf(request));
      const now = businessToday(clock, settings.timeZone);
      if (`${year}-01-01` > now) throw new DomainError('year_not_started', `the year ${year} has not begun`, 422, { year });
      const report = await annualReport(readDbOf(request), { registry, personalData }, year, now);
      reply.header('vary', 'accept, accept-language');
      if (format === 'application/json') return reply.type('application/json; charset=utf-8').send(report);
      const document = annualReportDocument(report, language, settings.vocabulary);
      reply.header('content-language', language);
      // A file name in the reader's language, with an ASCII one beside it for old clients.
      const fileName = (ext: string) =>
        contentDisposition(language === 'en' ? `annual-report-${year}.${ext}` : `年度组织建设工作报告-${year}.${ext}`, `annual-report-${year}.${ext}`);
      if (format === 'text/html') return reply.type('text/html; charset=utf-8').header('content-disposition', fileName('html')).send(reportHtml(document));
      return reply.type(DOCX).header('content-disposition', fileName('docx')).send(await reportDocx(document));
    },
  );
};
