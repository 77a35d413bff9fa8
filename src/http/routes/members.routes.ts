/**
 * The member roster: listing (JSON, CSV or .xlsx) and one member (view_members), and the import of
 * existing members (admin; JSON array, CSV in UTF-8 or GB18030, or an .xlsx workbook, with Chinese or
 * English headers) as RegisterMember commands in one transaction, or as a dry run that writes
 * nothing. Other member commands (RecordRetirement, RecordDeparture, UpdateProfile) go through
 * POST /workflows/member/instances/{id}/commands.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readDbOf, ReadHeaders } from '../read-your-writes.ts';
import { Type, type TSchema } from '@sinclair/typebox';
import { notFound } from '../../errors.ts';
import { AUTH, Erased, errors, IdParam, ImportRowProblemSchema, named, PageCursor, Redacted, StringEnum } from '../schemas.ts';
import { EDUCATIONS, EMPLOYMENTS, GENDERS, RegisterMember, TITLES } from '../../../workflows/member.ts';
import { requireRole } from '../auth.ts';
import { readerOf } from '../reader.ts';
import { discloseMember, disclosedPage } from '../../privacy/disclose.ts';
import { ROSTER } from '../../privacy/read-policy.ts';
import { findMember, listMembers } from '../../members/member-queries.ts';
import { ACCEPTED_HEADERS, importRows, MAX_IMPORT_ROWS, type BranchResolver } from '../../members/import-rows.ts';
import { dryRunImport, importMembers, type ImportContext } from '../../members/member-import.ts';
import { loadSettings } from '../../engine/facts.ts';
import { BINARY_BODY, VALIDATED_BY_ENGINE } from '../validation.ts';
import { CSV_TYPE, XLSX_TYPE } from '../../office/media-types.ts';
import { SUPPORTED_CHARSETS } from '../../office/text.ts';
import { answer, everyPage, exportable } from '../../export/respond.ts';
import { MEMBERS_TABLE } from '../../export/tables.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A personal field of a roster row: left out when the caller may not see it, null once erased. */
const Personal = (description: string) =>
  Type.Optional(Type.Union([Type.String(), Type.Null()], { description: `${description}. Left out (see redacted) when the caller may not see it; null once erased` }));

const MemberSchema = named('Member', Type.Object({
  id: Type.String(),
  name: Personal('Full name'),
  gender: StringEnum<string>(GENDERS),
  birthDate: Personal('Date of birth'),
  education: StringEnum<string>(EDUCATIONS),
  title: StringEnum<string>(TITLES, 'Professional title'),
  employment: StringEnum<string>(EMPLOYMENTS),
  branchId: Type.String(),
  joinedOn: Type.String(),
  retiredOn: Nullable(Type.String()),
  departedOn: Nullable(Type.String()),
  current: Type.Boolean({ description: 'false once a departure is recorded' }),
  admittedBy: Nullable(Type.String({ description: 'The recruitment instance that admitted the member' })),
  redacted: Redacted,
  erased: Erased,
}));

const ListQuery = Type.Object(
  {
    branchId: Type.Optional(IdParam),
    current: Type.Optional(Type.Boolean({ description: 'true: current members only; false: departed only' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    cursor: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);

const ROW_HELP =
  `Each row: the RegisterMember fields (name, gender, birthDate, education, title, employment, branchId, joinedOn; ` +
  `optional cpcMember, admittedBy, on, comment) and an optional \`id\` (generated when absent); a row shaped like the ` +
  `RegisterMember command may carry \`type: "RegisterMember"\`, which is ignored. A row without \`on\` is recorded on its joinedOn. ` +
  `Closed lists take their value or a Chinese word (男/女, 博士/硕士/本科/大专/中专, 正高/副高/中级/初级, 在职/退休, 是/否); ` +
  `a branch is its id or its name; dates are YYYY-MM-DD, 1985/4/2, 1985.4.2, 1985年4月2日 or date cells. ` +
  `At most ${MAX_IMPORT_ROWS} rows. Any invalid row rejects the whole import with 422 naming the row, column, field and message, ` +
  `listing the other rows' problems in \`errors\`; nothing is imported. Text that could not be decoded (U+FFFD) or holds control ` +
  `characters is refused with 422 \`invalid_text\` naming the row and column, also in a dry run. See docs/office.md.`;

const SHEET_HELP =
  `A header row (a title row above it is skipped) naming the columns in Chinese or English, e.g. ${ACCEPTED_HEADERS.join(', ')} ` +
  `(docs/office.md lists every accepted header); a 序号 column is read past.`;

/** One JSON row: the RegisterMember command's fields, its `type` allowed (and ignored), and an optional id. */
const ImportRowSchema = named(
  'MemberImportRow',
  Type.Object(
    { ...RegisterMember.properties, type: Type.Optional(RegisterMember.properties.type), id: Type.Optional(IdParam) },
    {
      additionalProperties: false,
      description: 'A RegisterMember command with an optional `id`; `type` may be left out. Closed lists also take their Chinese words (see the operation).',
    },
  ),
);

const ImportBody = {
  content: {
    'application/json': {
      schema: Type.Array(ImportRowSchema, { description: `A JSON array of members. ${ROW_HELP}`, [VALIDATED_BY_ENGINE]: true }),
    },
    [CSV_TYPE]: {
      schema: Type.String({
        format: 'binary',
        description:
          `CSV in UTF-8 (with or without BOM) or GB18030/GBK: the \`charset\` parameter (${SUPPORTED_CHARSETS.join(', ')}) when given, ` +
          `otherwise detected (valid UTF-8 is UTF-8, anything else GB18030). ${SHEET_HELP} ${ROW_HELP}`,
        [BINARY_BODY]: true,
      }),
    },
    [XLSX_TYPE]: {
      schema: Type.String({ format: 'binary', description: `An Excel workbook; its first sheet is read. ${SHEET_HELP} ${ROW_HELP}`, [BINARY_BODY]: true }),
    },
  },
};

const ImportResult = named('MemberImportResult', Type.Object({
  imported: Type.Integer(),
  members: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
}));

const DryRunResult = named('MemberImportDryRun', Type.Object({
  dryRun: Type.Literal(true),
  valid: Type.Boolean({ description: 'true when the import would register every row' }),
  rows: Type.Array(
    Type.Object({
      row: Type.Integer(),
      line: Type.Optional(Type.Integer()),
      id: Nullable(Type.String({ description: 'null: the import generates the id' })),
      fields: Type.Object({}, { additionalProperties: true, description: 'The RegisterMember fields as read' }),
      problems: Type.Array(ImportRowProblemSchema),
    }),
  ),
  members: Type.Array(Type.Object({ id: Nullable(Type.String()), name: Type.String() }), { description: 'The members the import would register' }),
}));

export const membersRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, engine, clock, ids, registry, metrics } = app.docket;

  /** A branch cell is a branch's id or its name (as the organisation settings have them). */
  async function branchResolver(): Promise<BranchResolver> {
    const branches = (await loadSettings(database.db)).branches;
    return (text) => (branches.some((b) => b.id === text) ? text : (branches.find((b) => b.name === text)?.id ?? text));
  }

  app.get(
    '/members',
    {
      config: { reads: 'replica', operationId: 'listRoster' },
      schema: {
        tags: ['members'],
        summary: 'The roster, by joining date; filter by branch and current/departed',
        description:
          'Each row as the read policy lets the caller see it (docs/data-protection.md): fields left out are named in `redacted`; ' +
          'a caller who may not see the roster gets no rows. A page may hold fewer than `limit` rows: follow `cursor` until it is null.',
        security: AUTH,
        headers: ReadHeaders,
        querystring: ListQuery,
        response: {
          200: exportable(named('MemberPage', Type.Object({ items: Type.Array(MemberSchema), cursor: PageCursor })), 'The roster'),
          ...errors(400, 401, 503),
        },
      },
    },
    async (request, reply) => {
      const reader = readerOf(request);
      const { branchId, current } = request.query;
      const read = (cursor: string | null, limit: number) => listMembers(readDbOf(request), { branchId, current, cursor: cursor ?? undefined, limit });
      const page = (cursor: string | null | undefined, limit: number) =>
        disclosedPage(reader, ROSTER, read, cursor ?? null, limit, (items) => items.map((member) => discloseMember(reader, member)));
      return answer(request, reply, {
        table: MEMBERS_TABLE,
        json: () => page(request.query.cursor, request.query.limit ?? 100),
        rows: () => everyPage(page),
      });
    },
  );

  app.get(
    '/members/:id',
    {
      config: { reads: 'replica', operationId: 'getRosterMember' },
      schema: {
        tags: ['members'],
        summary: 'One member of the roster',
        security: AUTH,
        headers: ReadHeaders,
        params: Type.Object({ id: IdParam }),
        response: { 200: MemberSchema, ...errors(400, 401, 404, 503) },
      },
    },
    async (request) => {
      const reader = readerOf(request);
      const member = await findMember(readDbOf(request), request.params.id);
      const shown = member && discloseMember(reader, member);
      if (!shown) throw notFound(`member ${JSON.stringify(request.params.id)}`);
      return shown;
    },
  );

  app.post(
    '/members/import',
    {
      config: { operationId: 'importMembers', roles: ['admin'] },
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags: ['members'],
        summary: 'Import existing members (admin): all rows or none; or a dry run that writes nothing',
        description: `${ROW_HELP} With \`dryRun=true\` every row is checked the same way (the workflow's rules included) and ` +
          'each row\'s result is answered with 200; nothing is written.',
        security: AUTH,
        querystring: Type.Object(
          { dryRun: Type.Optional(Type.Boolean({ description: 'true: check every row and answer each row\'s result; write nothing' })) },
          { additionalProperties: false },
        ),
        body: ImportBody,
        response: { 200: DryRunResult, 201: ImportResult, ...errors(400, 401, 403, 409, 413, 415, 422, 503) },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request);
      const rows = await importRows(request.body, request.headers['content-type'], await branchResolver());
      const ctx: ImportContext = { db: database.db, engine, ids, definition: registry.latest('member'), principal, now: clock.now(), requestId: request.id };
      if (request.query.dryRun) {
        const outcome = await dryRunImport(ctx, rows);
        return reply.code(200).send({ dryRun: true, valid: outcome.problems.length === 0, rows: outcome.rows, members: outcome.members });
      }
      const members = await importMembers(ctx, rows);
      metrics.command('member', 'accepted');
      request.log.info({ imported: members.length }, 'members imported');
      return reply.code(201).send({ imported: members.length, members });
    },
  );
};
