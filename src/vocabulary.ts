/**
 * The organisation's own words. Docket's Chinese texts (export headers, reports, notices) are written
 * in the generic words (会员, 支部, 支部主委, 入会, 基层委员会, 主委, 市委会); `speak` rewrites a text
 * in the vocabulary the settings pick (`vocabulary`: generic or jiusan), and `GET /settings/vocabulary`
 * hands the same terms to the console. One table, here: a new vocabulary is one more entry.
 */
import { VOCABULARIES, type VocabularyName } from '../workflows/contract.ts';

export { VOCABULARIES, type VocabularyName };

/** The terms a screen needs, per language. */
export interface Terms {
  /** A member of the organisation (会员 / 社员). */
  member: string;
  /** A branch (支部 / 支社). */
  branch: string;
  /** A branch's chair (支部主委 / 支社主委). */
  branchChair: string;
  /** Joining (入会 / 入社). */
  join: string;
  /** Leaving (离会 / 离社). */
  leave: string;
  /** The grassroots committee (基层委员会 / 基层委). */
  committee: string;
  /** The committee's chair (主委). */
  chair: string;
  /** The city committee above it (市委会 / 社市委). */
  cityCommittee: string;
  /** The organisation itself, as in 本会 / 本社. */
  organisation: string;
}

/** The word of each term a case number carries for its workflow (2026-意见-012). */
export type CaseCodes = Readonly<Record<string, string>>;

export interface Vocabulary {
  name: VocabularyName;
  terms: { 'zh-CN': Terms; en: Terms };
  caseCodes: CaseCodes;
}

const EN_GENERIC: Terms = {
  member: 'member',
  branch: 'branch',
  branchChair: 'branch chair',
  join: 'admission',
  leave: 'departure',
  committee: 'grassroots committee',
  chair: 'chair',
  cityCommittee: 'city committee',
  organisation: 'the organisation',
};

const GENERIC_ZH: Terms = {
  member: '会员',
  branch: '支部',
  branchChair: '支部主委',
  join: '入会',
  leave: '离会',
  committee: '基层委员会',
  chair: '主委',
  cityCommittee: '市委会',
  organisation: '本会',
};

const CASE_CODES_GENERIC: CaseCodes = {
  recruitment: '入会',
  suggestion: '意见',
  secondment: '挂职',
  'cadre-training': '后备',
  activity: '活动',
  voting: '表决',
};

export const VOCABULARY: Readonly<Record<VocabularyName, Vocabulary>> = {
  generic: { name: 'generic', terms: { 'zh-CN': GENERIC_ZH, en: EN_GENERIC }, caseCodes: CASE_CODES_GENERIC },
  jiusan: {
    name: 'jiusan',
    terms: {
      'zh-CN': {
        member: '社员',
        branch: '支社',
        branchChair: '支社主委',
        join: '入社',
        leave: '离社',
        committee: '基层委',
        chair: '主委',
        cityCommittee: '社市委',
        organisation: '本社',
      },
      en: { ...EN_GENERIC, member: 'Jiusan member', cityCommittee: 'municipal committee' },
    },
    caseCodes: { ...CASE_CODES_GENERIC, recruitment: '入社' },
  },
};

export const vocabularyOf = (name: VocabularyName | undefined): Vocabulary => VOCABULARY[name ?? 'generic'] ?? VOCABULARY.generic;

/**
 * Chinese words a text may hold, longest first, each with the term it stands for. Besides the
 * generic words, the other vocabularies' words and 成员 are read too, so a text written in any of
 * them comes out in the one asked for.
 */
const WORDS: readonly (readonly [string, keyof Terms])[] = (() => {
  const words = new Map<string, keyof Terms>();
  for (const vocabulary of Object.values(VOCABULARY)) {
    for (const [term, word] of Object.entries(vocabulary.terms['zh-CN']) as [keyof Terms, string][]) {
      // 主委 is the same word everywhere and a part of 支部主委: leave it where it stands.
      if (term !== 'chair' && !words.has(word)) words.set(word, term);
    }
  }
  words.set('成员', 'member');
  return [...words].sort(([a], [b]) => b.length - a.length);
})();

const PATTERN = new RegExp(WORDS.map(([word]) => word).join('|'), 'g');
const TERM_OF = new Map(WORDS);

/** A Chinese text in the vocabulary's words (English texts pass through unchanged). */
export function speak(text: string, vocabulary: Vocabulary | VocabularyName): string {
  const terms = (typeof vocabulary === 'string' ? vocabularyOf(vocabulary) : vocabulary).terms['zh-CN'];
  return text.replace(PATTERN, (word) => {
    const term = TERM_OF.get(word);
    return term ? terms[term] : word;
  });
}

/** A case's human number: year, the workflow's word, and the sequence within that year (2026-意见-012). */
export function caseNumber(vocabulary: Vocabulary, workflow: string, year: number, seq: number): string {
  return `${year}-${vocabulary.caseCodes[workflow] ?? workflow}-${String(seq).padStart(3, '0')}`;
}
