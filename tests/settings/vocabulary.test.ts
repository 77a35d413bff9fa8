/** The organisation's vocabulary: one table of words, applied to every Chinese text Docket writes. */
import { describe, expect, it } from 'vitest';
import { caseNumber, speak, VOCABULARY, vocabularyOf } from '../../src/vocabulary.ts';
import { renderNotice } from '../../src/notifications/notice-texts.ts';
import { REPORT_TEXT } from '../../src/reports/annual-report.text.ts';

describe('vocabulary', () => {
  it('rewrites the generic words in the Jiusan Society’s, longest first', () => {
    expect(speak('下设支部3个，基层委员会委员9人；支部主委负责，入会申请，会员名册', 'jiusan')).toBe(
      '下设支社3个，基层委委员9人；支社主委负责，入社申请，社员名册',
    );
    expect(speak('成员名册、离社日期、社市委', 'jiusan')).toBe('社员名册、离社日期、社市委');
  });

  it('reads back a text written in another vocabulary into the generic one', () => {
    expect(speak('支社主委、入社日期、社员', 'generic')).toBe('支部主委、入会日期、会员');
  });

  it('has every term in both vocabularies and both languages', () => {
    const keys = Object.keys(VOCABULARY.generic.terms['zh-CN']).sort();
    for (const v of Object.values(VOCABULARY)) {
      expect(Object.keys(v.terms['zh-CN']).sort()).toEqual(keys);
      expect(Object.keys(v.terms.en).sort()).toEqual(keys);
    }
    expect(VOCABULARY.jiusan.terms['zh-CN']).toMatchObject({ member: '社员', branch: '支社', branchChair: '支社主委', join: '入社', committee: '基层委', chair: '主委', cityCommittee: '社市委' });
  });

  it('is used by notices (not their parameters) and by the report texts', () => {
    const jiusan = renderNotice('recruitment.admitted', { id: '2026-入会-001', approvalNo: '海九[2026]1号' }, 'zh-CN', 'jiusan');
    expect(jiusan.title).toBe('新社员已获批准');
    expect(jiusan.text).toBe('入社申请 2026-入会-001 已获批准（海九[2026]1号），请安排入社仪式');
    expect(renderNotice('recruitment.admitted', { id: 'x', approvalNo: 'y' }, 'en', 'jiusan').title).toBe('An applicant was admitted');
    expect(speak(REPORT_TEXT['zh-CN'].headings.membership, 'jiusan')).toBe('一、社员队伍及结构');
  });

  it('numbers a case by year, the workflow’s word and a three-digit sequence', () => {
    expect(caseNumber(vocabularyOf('jiusan'), 'suggestion', 2026, 12)).toBe('2026-意见-012');
    expect(caseNumber(vocabularyOf('jiusan'), 'recruitment', 2026, 1)).toBe('2026-入社-001');
    expect(caseNumber(vocabularyOf('generic'), 'recruitment', 2026, 1)).toBe('2026-入会-001');
    expect(caseNumber(vocabularyOf('generic'), 'suggestion', 2026, 1234)).toBe('2026-意见-1234');
  });
});
