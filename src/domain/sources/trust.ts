// Which citations the user counts: all of them, or only what a source states outright, and only
// sources graded at or above a threshold ("C3 or better"). A fact with no counted citation is set
// aside: the table says so rather than counting it.
import type { Citation, SourceGrade } from '../../catalogue/schema';
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

/** "fairly reliable source, information possibly true" */
export function gradeWords(id: GradeId): string {
  const reliability = SOURCE_RELIABILITIES[id[0] as SourceReliability].label.toLowerCase();
  const credibility = INFORMATION_CREDIBILITIES[id[1] as InformationCredibility].label;
  return `${reliability} source, information ${credibility.toLowerCase()}`;
}

/** "C3 or better": no less reliable a source and no less credible information than the threshold. */
export function meetsGrade(grade: SourceGrade | undefined, minimum: GradeId | null): boolean {
  if (minimum === null) return true;
  if (!grade) return false;
  const [reliability, credibility] = minimum;
  return grade.reliability <= (reliability ?? 'F') && grade.credibility <= (credibility ?? '6');
}

export type Trust = { evidence: EvidenceLevel; minGrade: GradeId | null };
export const TRUST_ALL: Trust = { evidence: 'all', minGrade: null };
export const trustsAll = (trust: Trust): boolean =>
  trust.evidence === 'all' && trust.minGrade === null;

/** The test a citation must pass to count, given the grades of the register's sources. */
export function citationTest(
  trust: Trust,
  grades: ReadonlyMap<string, SourceGrade>,
): (cite: Citation) => boolean {
  return (cite) =>
    (trust.evidence === 'all' || cite.confidence === 'stated') &&
    meetsGrade(grades.get(cite.source), trust.minGrade);
}
