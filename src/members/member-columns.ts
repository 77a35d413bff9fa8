/**
 * The roster's columns as an office writes them: for every RegisterMember field the header an
 * export writes (Chinese and English), the other headers an import accepts, and for closed lists the
 * words that mean each value (男/女, 博士/硕士/本科/大专/中专, 正高/副高 → senior …). Imports read
 * with it (src/members/import-rows.ts) and the roster export writes with it, so an exported roster
 * imports again. docs/office.md lists the same table.
 */
import type { Language } from '../export/negotiate.ts';
import { EDUCATIONS, EMPLOYMENTS, GENDERS, TITLES } from '../../workflows/member.ts';

export type ColumnKind = 'text' | 'id' | 'date' | 'enum' | 'boolean';

export interface MemberColumn {
  /** The RegisterMember field (or `id`, or `type`, which is accepted and ignored). */
  field: string;
  kind: ColumnKind;
  header: Readonly<Record<Language, string>>;
  /** Other headers meaning the same column (compared after normalizeHeader). */
  aliases: readonly string[];
  /** enum: each value with the words that mean it, the first Chinese one written by a Chinese export. */
  values?: Readonly<Record<string, readonly string[]>>;
}

const header = (zh: string, en: string) => ({ 'zh-CN': zh, en });

export const GENDER_WORDS: Readonly<Record<(typeof GENDERS)[number], readonly string[]>> = {
  male: ['男', '男性', 'm'],
  female: ['女', '女性', 'f'],
};

export const EDUCATION_WORDS: Readonly<Record<(typeof EDUCATIONS)[number], readonly string[]>> = {
  doctorate: ['博士研究生', '博士', '博士学位', 'phd', 'doctor'],
  // 研究生 alone is read as a master's degree, the far more common case.
  master: ['硕士研究生', '硕士', '研究生', '硕士学位'],
  bachelor: ['大学本科', '本科', '大学', '学士', '学士学位'],
  college: ['大学专科', '大专', '专科', '高职'],
  secondary: ['中专及以下', '中专', '高中', '中学', '初中', '中技', '技校', '职高'],
};

export const TITLE_WORDS: Readonly<Record<(typeof TITLES)[number], readonly string[]>> = {
  senior: ['高级', '正高', '正高级', '副高', '副高级', '高级职称', '正高级职称', '副高级职称'],
  intermediate: ['中级', '中级职称'],
  junior: ['初级', '初级职称', '助理级', '员级'],
  none: ['无职称', '无', '暂无', '未评'],
};

export const EMPLOYMENT_WORDS: Readonly<Record<(typeof EMPLOYMENTS)[number], readonly string[]>> = {
  working: ['在职', '在岗', '工作'],
  retired: ['退休', '离退休', '已退休', '离休'],
};

export const BOOLEAN_WORDS: Readonly<Record<'true' | 'false', readonly string[]>> = {
  true: ['是', '中共党员', '党员', 'yes', 'y', '1'],
  false: ['否', '非党员', 'no', 'n', '0'],
};

/** The columns of an import, in the order a roster export writes the ones it has. */
export const MEMBER_COLUMNS: readonly MemberColumn[] = [
  { field: 'id', kind: 'id', header: header('编号', 'ID'), aliases: ['成员编号', '社员编号', '会员编号', 'id'] },
  { field: 'name', kind: 'text', header: header('姓名', 'Name'), aliases: ['名字', '成员姓名'] },
  { field: 'gender', kind: 'enum', header: header('性别', 'Gender'), aliases: ['sex'], values: GENDER_WORDS },
  {
    field: 'birthDate',
    kind: 'date',
    header: header('出生日期', 'Date of birth'),
    aliases: ['出生年月日', '出生年月', '生日', '出生时间', 'birthdate', 'birthday'],
  },
  { field: 'education', kind: 'enum', header: header('学历', 'Education'), aliases: ['最高学历', '文化程度'], values: EDUCATION_WORDS },
  { field: 'title', kind: 'enum', header: header('职称', 'Title'), aliases: ['专业技术职称', '技术职称', '职称级别', '职称等级'], values: TITLE_WORDS },
  {
    field: 'employment',
    kind: 'enum',
    header: header('在职/退休', 'Employment'),
    aliases: ['在职或退休', '在职情况', '在职状态', '工作状态', '在职退休'],
    values: EMPLOYMENT_WORDS,
  },
  {
    field: 'branchId',
    kind: 'id',
    header: header('支社', 'Branch'),
    aliases: ['支部', '所属支社', '所属支部', '支社编号', '支部编号', '基层组织', 'branchid'],
  },
  { field: 'joinedOn', kind: 'date', header: header('入社日期', 'Joined on'), aliases: ['入会日期', '入社时间', '入会时间', '加入日期', 'joinedon'] },
  { field: 'cpcMember', kind: 'boolean', header: header('中共党员', 'CPC member'), aliases: ['是否中共党员', '是否党员', 'cpcmember'] },
  { field: 'admittedBy', kind: 'id', header: header('入会申请编号', 'Admitting application'), aliases: ['入社申请编号', 'admittedby'] },
  { field: 'on', kind: 'date', header: header('业务日期', 'Recorded on'), aliases: ['记录日期', 'on'] },
  { field: 'comment', kind: 'text', header: header('备注', 'Comment'), aliases: ['说明'] },
  { field: 'type', kind: 'text', header: header('类型', 'Type'), aliases: [] },
];

/** Headers that number the rows of a sheet; the column is read past. */
export const IGNORED_HEADERS: readonly string[] = ['序号', 'no', 'no.', '#'];

/**
 * A header as compared: no white space (ASCII or full-width), full-width forms folded to ASCII,
 * lower case, and without a trailing required-marker (`*`, `(必填)`).
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/(\*|\(必填\))$/, '')
    .toLowerCase();
}

const byHeader = new Map<string, MemberColumn>();
for (const column of MEMBER_COLUMNS) {
  for (const name of [column.field, column.header['zh-CN'], column.header.en, ...column.aliases]) byHeader.set(normalizeHeader(name), column);
}
const ignored = new Set(IGNORED_HEADERS.map(normalizeHeader));

/** The column a header names; 'ignored' for a row-number column; null when unknown. */
export function columnOf(headerText: string): MemberColumn | 'ignored' | null {
  const key = normalizeHeader(headerText);
  if (ignored.has(key)) return 'ignored';
  return byHeader.get(key) ?? null;
}

/** A closed-list value in the export's language: the first Chinese word, or the value itself. */
export function valueLabel(column: MemberColumn, value: string, language: Language): string {
  if (language === 'en') return value;
  return column.values?.[value]?.[0] ?? value;
}

export function memberColumn(field: string): MemberColumn {
  const column = MEMBER_COLUMNS.find((c) => c.field === field);
  if (!column) throw new Error(`no member column ${field}`);
  return column;
}
