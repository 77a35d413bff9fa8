import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { testApp, type TestApp } from '../support/app.ts';
import { loadHainingDemoInto } from '../../scripts/demo-load.ts';
import { DEMO_EXPECTED_ACTIVITIES_2018 } from '../../scripts/demo-data/haining-2018-annual.ts';
import { DOCX } from '../../src/http/routes/annual-report.routes.ts';
import { REPORT_TEXT } from '../../src/reports/annual-report.text.ts';
import { speak } from '../../src/vocabulary.ts';

/** The report's Chinese headings as the demo organisation (Jiusan vocabulary) reads them. */
const jiusanHeadings = () =>
  Object.fromEntries(Object.entries(REPORT_TEXT['zh-CN'].headings).map(([k, v]) => [k, speak(v, 'jiusan')])) as typeof REPORT_TEXT['zh-CN']['headings'];

/** The text of word/document.xml, one line per paragraph. */
async function docxText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no word/document.xml in the document');
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter((line) => line.length > 0)
    .join('\n')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The text between one heading and the next. */
function sectionOf(text: string, heading: string, headings: readonly string[]): string {
  const start = text.indexOf(heading);
  expect(start, `heading ${heading}`).toBeGreaterThanOrEqual(0);
  const ends = headings.map((h) => text.indexOf(h, start + heading.length)).filter((i) => i > start);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : undefined);
}

describe('GET /reports/annual: the Haining 2018 annual report from the log', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    const loaded = await loadHainingDemoInto(t.app, { adminToken: t.admin.token });
    expect(loaded.status).toBe('loaded');
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (who = t.admin, headers: Record<string, string> = {}, year = '2018') =>
    t.as(who, { method: 'GET', url: `/reports/annual?year=${year}`, headers });

  it('answers JSON with the figures of the year', async () => {
    const res = await get();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    const r = res.json();
    expect(r).toMatchObject({
      year: 2018,
      asOf: '2018-12-31',
      membership: { members: 76, working: 47, retired: 29, workingWithDegree: 47, workingSeniorOrIntermediate: 40, workingSeniorOrIntermediateShare: 0.851 },
      committee: { size: 9 },
      recruitment: { quota: 3, admitted: 3, overQuota: 0, applicationsReceived: 3, inProgress: 0 },
      secondments: { count: 2 },
      suggestions: { received: 14, repliedOnTime: 10, repliedLate: 1, pending: 3, overdue: 1, minimumCollectionsPerMonth: 2, missedMonths: [] },
      activities: { count: 8, participations: 36 },
      reserveCadres: { pool: 3, enteredPool: 0, appointed: 0, removed: 0 },
    });
    expect(r.membership.bornByDecade['1980s']).toBe(14);
    expect(r.branches).toHaveLength(3);
    expect(r.recruitment.members.map((m: { name: string }) => m.name).sort()).toEqual(['张蕾', '朱晨阳', '金雨婷'].sort());
    expect(r.secondments.items.map((s: { memberName: string; hostUnit: string; termMonths: number }) => [s.memberName, s.hostUnit, s.termMonths])).toEqual([
      ['蔡文静', '浙江省经济和信息化委员会', 12],
      ['钱志强', '海宁市发展和改革局', 12],
    ]);
    expect(r.reserveCadres.tasks).toHaveLength(3);
    expect(r.reserveCadres.courses.map((c: { institution: string }) => c.institution)).toEqual(['浙江省社会主义学院', '嘉兴市社会主义学院', '海宁市社会主义学院']);
    expect(r.suggestions.collections).toHaveLength(12);
    expect(r.activities.items).toHaveLength(DEMO_EXPECTED_ACTIVITIES_2018.count);
    expect(r.activities.byKind[0]).toEqual({ kind: 'social_service', count: 2, participations: 7 });
  });

  it('reads the figures back out of the Word document, each in its section (Chinese by default)', async () => {
    const res = await get(t.admin, { accept: DOCX });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX);
    expect(res.headers['content-language']).toBe('zh-CN');
    expect(res.headers['content-disposition']).toContain('annual-report-2018.docx');
    const zip = await JSZip.loadAsync(res.rawPayload);
    expect(Object.keys(zip.files).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    const text = await docxText(res.rawPayload);
    // The demo organisation speaks the Jiusan Society's words (社员, 支社, 基层委).
    const zh = { headings: jiusanHeadings() };
    const headings = Object.values(zh.headings);
    expect(text).toContain('2018年度组织建设工作报告');
    const section = (h: string) => sectionOf(text, h, headings);
    const membership = section(zh.headings.membership);
    for (const figure of ['共有社员76人', '在职47人', '退休29人', '80后社员14人', '学历的47人', '职称的40人', '85.1%']) expect(membership).toContain(figure);
    expect(section(zh.headings.branches)).toContain('下设支社3个，基层委委员9人');
    expect(section(zh.headings.recruitment)).toContain('发展新社员3名，年度发展名额3名');
    const cadres = section(zh.headings.cadres);
    expect(cadres).toContain('后备干部库现有3人');
    expect(cadres).toContain('浙江省社会主义学院');
    const secondments = section(zh.headings.secondments);
    expect(secondments).toContain('本年共有2名社员');
    expect(secondments).toContain('蔡文静');
    expect(secondments).toContain('12个月');
    const suggestions = section(zh.headings.suggestions);
    expect(suggestions).toContain('收到意见建议14件，按期答复10件，逾期答复1件，尚待答复3件（其中已逾期1件）');
    expect(suggestions).toContain('各月均达到要求');
    const activities = section(zh.headings.activities);
    expect(activities).toContain('本年共组织活动8次，社员参加36人次');
    expect(activities).toContain('“同心”义诊进社区');
  });

  it('speaks English when asked, in the document and the HTML page', async () => {
    const en = REPORT_TEXT.en;
    const docx = await get(t.admin, { accept: DOCX, 'accept-language': 'en-GB,en;q=0.9,zh;q=0.5' });
    expect(docx.headers['content-language']).toBe('en');
    const text = await docxText(docx.rawPayload);
    for (const heading of Object.values(en.headings)) expect(text).toContain(heading);
    expect(sectionOf(text, en.headings.membership, Object.values(en.headings))).toContain('had 76 members: 47 working and 29 retired; 14 were born in the 1980s');
    expect(sectionOf(text, en.headings.activities, Object.values(en.headings))).toContain('8 activities were held this year, with 36 participations');

    const html = await get(t.admin, { accept: 'text/html', 'accept-language': 'en' });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('<html lang="en">');
    for (const heading of Object.values(en.headings)) expect(html.body).toContain(`<h2>${heading}</h2>`);
    expect(html.body).toContain('data:image/png;base64,');

    const zhHtml = await get(t.admin, { accept: 'text/html' });
    for (const heading of Object.values(jiusanHeadings())) expect(zhHtml.body).toContain(`<h2>${heading}</h2>`);
  });

  it('is for the chair, the committee, the office and the admin only', async () => {
    for (const roles of [['chair'], ['committee'], ['office']] as const) {
      expect((await get(await t.principal([...roles]))).statusCode, roles.join()).toBe(200);
    }
    for (const roles of [['member'], ['handler'], ['united_front'], ['suggestion_manager'], ['host_unit']] as const) {
      const res = await get(await t.principal([...roles], roles[0] === 'host_unit' ? { hostUnit: '海宁市发展和改革局' } : {}));
      expect(res.statusCode, roles.join()).toBe(403);
      expect(res.json().code).toBe('forbidden_role');
    }
    expect((await t.as(null, { method: 'GET', url: '/reports/annual?year=2018' })).statusCode).toBe(401);
  });

  it('refuses what it cannot answer with problem+json', async () => {
    const pdf = await get(t.admin, { accept: 'application/pdf' });
    expect(pdf.statusCode).toBe(406);
    expect(pdf.headers['content-type']).toContain('application/problem+json');
    expect(pdf.json()).toMatchObject({ code: 'not_acceptable', available: ['application/json', 'text/html', DOCX] });
    expect((await t.as(t.admin, { method: 'GET', url: '/reports/annual' })).statusCode).toBe(400);
    expect((await get(t.admin, {}, 'abc')).statusCode).toBe(400);
    const future = await get(t.admin, {}, '2025');
    expect(future.statusCode).toBe(422);
    expect(future.json().code).toBe('year_not_started');
  });

  it('the current year holds on today; an empty year has nothing to report but says so', async () => {
    const now = (await get(t.admin, {}, '2024')).json();
    expect(now).toMatchObject({ year: 2024, asOf: '2024-03-01', activities: { count: 0, participations: 0 }, recruitment: { admitted: 0 } });
    const before = await docxText((await get(t.admin, { accept: DOCX }, '2016')).rawPayload);
    expect(before).toContain('本年共组织活动0次');
  });
});
