// Which citations the user counts: all of them, or only what a source states outright, and only
// sources graded at or above a threshold ("C3 or better"). A fact with no counted citation is set
// aside: the table says so rather than counting it. F and 6 are not the worst grades but "cannot
// be judged": no basis either way, so they meet no threshold on their axis, and a threshold of F
// or 6 asks nothing of that axis (issue 21, audit §8.3).
import type { Citation } from '../../catalogue/schema';
import type { Source, SourceGrade, SourceReport } from '../../catalogue/register-schema';
import {
  INFORMATION_CREDIBILITIES,
  INFORMATION_CREDIBILITY_IDS,
  SOURCE_RELIABILITIES,
  SOURCE_RELIABILITY_IDS,
  type InformationCredibility,
  type SourceReliability,
} from '../../catalogue/vocabulary';

export const EVIDENCE_LEVELS = {
  all: { label: 'Stated and inferred facts' },
  stated: { label: 'Facts stated outright only' },
} as const;
export type EvidenceLevel = keyof typeof EVIDENCE_LEVELS;

/** A grade as written in links and on screen: reliability letter, credibility digit ("C3"). */
export type GradeId = `${SourceReliability}${InformationCredibility}`;
export const GRADE_IDS: readonly GradeId[] = SOURCE_RELIABILITY_IDS.flatMap((reliability) =>
  INFORMATION_CREDIBILITY_IDS.map((credibility): GradeId => `${reliability}${credibility}`),
);
export const isGradeId = (text: string): text is GradeId =>
  (GRADE_IDS as readonly string[]).includes(text);

export const gradeId = (grade: Pick<SourceGrade, 'reliability' | 'credibility'>): GradeId =>
  `${grade.reliability}${grade.credibility}`;

/** A grade letter or digit that means "cannot be judged": no basis, not the worst grade. */
export const NO_BASIS_RELIABILITY: SourceReliability = 'F';
export const NO_BASIS_CREDIBILITY: InformationCredibility = '6';

/** "fairly reliable source"; F says that no basis exists to judge the source. */
export const reliabilityWords = (letter: SourceReliability): string =>
  letter === NO_BASIS_RELIABILITY
    ? 'source whose reliability cannot be judged'
    : `${SOURCE_RELIABILITIES[letter].label.toLowerCase()} source`;

/** "information possibly true"; 6 says that no basis exists to judge the item. */
export const credibilityWords = (digit: InformationCredibility): string =>
  digit === NO_BASIS_CREDIBILITY
    ? 'information whose truth cannot be judged'
    : `information ${INFORMATION_CREDIBILITIES[digit].label.toLowerCase()}`;

/** "fairly reliable source, information possibly true"; F and 6 say that no basis exists. */
export function gradeWords(id: GradeId): string {
  return `${reliabilityWords(id[0] as SourceReliability)}, ${credibilityWords(id[1] as InformationCredibility)}`;
}

/**
 * "C3 or better": no less reliable a source and no less credible information than the threshold.
 * A grade of F or 6 has no basis on that axis, so it cannot be shown to meet a threshold there; a
 * threshold of F or 6 sets no requirement on its axis.
 */
export function meetsGrade(
  grade: Pick<SourceGrade, 'reliability' | 'credibility'> | undefined,
  minimum: GradeId | null,
): boolean {
  if (minimum === null) return true;
  if (!grade) return false;
  const reliability = minimum[0] as SourceReliability;
  const credibility = minimum[1] as InformationCredibility;
  const meets = <T extends string>(value: T, threshold: T, noBasis: T) =>
    threshold === noBasis || (value !== noBasis && value <= threshold);
  return (
    meets(grade.reliability, reliability, NO_BASIS_RELIABILITY) &&
    meets(grade.credibility, credibility, NO_BASIS_CREDIBILITY)
  );
}

/**
 * A source's grade as an item's grade is worked out from it: the document's grade, and the reports
 * it carries from other originators, each with its own reliability (issue 21, N22).
 */
export type SourceGrading = Pick<SourceGrade, 'reliability' | 'credibility'> & {
  reports?: readonly Pick<SourceReport, 'id' | 'reliability'>[] | undefined;
};

/** A source's grading from its register record: its grade with the reports it carries. */
export const gradingOf = (source: Pick<Source, 'grade' | 'reports'>): SourceGrading =>
  source.reports ? { ...source.grade, reports: source.reports } : source.grade;

/**
 * The grade of one item of information: the reliability of the report it rests on where it names
 * one (the originator a document relays), else its source's; and the citation's own credibility
 * where it has one (an item another source confirms is "1"), else the source's.
 */
export function itemGrade(
  cite: Pick<Citation, 'credibility' | 'report'>,
  grade: SourceGrading,
): Pick<SourceGrade, 'reliability' | 'credibility'> {
  const report =
    cite.report === undefined
      ? undefined
      : grade.reports?.find((found) => found.id === cite.report);
  return {
    reliability: report?.reliability ?? grade.reliability,
    credibility: cite.credibility ?? grade.credibility,
  };
}

/**
 * "Weaker" for grades: the less reliable source first, then the less credible item, with F and 6
 * ("cannot be judged") weakest, as they meet no threshold. Negative when `a` is weaker than `b`.
 */
export function compareGradeStrength(a: GradeId, b: GradeId): number {
  // Z sorts after every letter and digit: "cannot be judged" is weakest.
  const rank = (id: GradeId, axis: 0 | 1) =>
    id[axis] === (axis === 0 ? NO_BASIS_RELIABILITY : NO_BASIS_CREDIBILITY) ? 'Z' : id.charAt(axis);
  // One upper-case letter or digit each: their code order is their order, with no collation.
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const reliability = order(rank(b, 0), rank(a, 0));
  return reliability !== 0 ? reliability : order(rank(b, 1), rank(a, 1));
}

/**
 * The test a citation must pass to count under the filters, carrying the item grade of each
 * citation too, so the level can name the weakest grade it rests on.
 */
export type CitationTest = ((cite: Citation) => boolean) & {
  grade?: (cite: Citation) => GradeId | null;
};
type GradedTest = ((cite: Citation) => boolean) & {
  grade: (cite: Citation) => GradeId | null;
};

export type Trust = { evidence: EvidenceLevel; minGrade: GradeId | null };
export const TRUST_ALL: Trust = { evidence: 'all', minGrade: null };
export const trustsAll = (trust: Trust): boolean =>
  trust.evidence === 'all' && trust.minGrade === null;

/** What grading a citation needs from its source: the document's grade and the reports it carries. */
export type GradedSource = Pick<Source, 'id' | 'grade' | 'reports'>;

/**
 * The test a citation must pass to count, given the grading of the register's sources (a citation
 * naming a report the source carries takes that report's reliability).
 */
export function citationTest(trust: Trust, grades: ReadonlyMap<string, SourceGrading>): GradedTest {
  const gradeOf = (cite: Citation) => {
    const grade = grades.get(cite.source);
    return grade ? itemGrade(cite, grade) : undefined;
  };
  const grade = (cite: Citation) => {
    const found = gradeOf(cite);
    return found ? gradeId(found) : null;
  };
  return Object.assign(
    (cite: Citation) =>
      (trust.evidence === 'all' || cite.confidence === 'stated') &&
      meetsGrade(gradeOf(cite), trust.minGrade),
    { grade },
  );
}

/** Which citations count under `trust`: every one when it trusts all, else those `citationTest` lets in. */
export function trustTest(trust: Trust, sources: readonly GradedSource[]): GradedTest {
  const test = citationTest(
    trust,
    new Map(sources.map((source) => [source.id, gradingOf(source)])),
  );
  if (!trustsAll(trust)) return test;
  const { grade } = test;
  return Object.assign(() => true, { grade });
}
