// How strong one fact is under the user's filters: set aside (no citation counts), or counted,
// stated or only inferred, with the grades of the sources that carry it. The table, the timeline,
// the mentioned list, the detail and the files all read this one place (issue 21, N1 and N21).
import type { Citation } from '../../catalogue/schema';
import type { Confidence } from '../../catalogue/vocabulary';
import { gradeId, itemGrade, type GradeId, type SourceGrading } from './trust';

/** What a set-aside fact reads, wherever it is shown: it is the filter, not the sources. */
export const SET_ASIDE = 'set aside by the filter';

/** What the files call the strength of the facts a row shows: the table's column, the comparison's row. */
export const STRENGTH_HEADER = 'Grade and evidence';

type FactStrength =
  | { standing: 'set-aside'; grades: GradeId[] }
  | { standing: 'counted'; confidence: Confidence; grades: GradeId[] };

const ALL_COUNT = () => true;

/**
 * The fact's standing: set aside when none of its citations count; otherwise stated if one counted
 * citation states it, inferred if all of them infer it. Grades are those of the counted citations
 * (of all of them when the fact is set aside), each once, best first.
 */
export function factStrength(
  cites: readonly Citation[],
  counts: (cite: Citation) => boolean = ALL_COUNT,
  grades: ReadonlyMap<string, SourceGrading> = new Map(),
): FactStrength {
  const counted = cites.filter(counts);
  const gradesOf = (some: readonly Citation[]) =>
    [
      ...new Set(
        some.flatMap((cite) => {
          const grade = grades.get(cite.source);
          return grade ? [gradeId(itemGrade(cite, grade))] : [];
        }),
      ),
    ].sort();
  if (counted.length === 0) return { standing: 'set-aside', grades: gradesOf(cites) };
  const confidence = counted.some((cite) => cite.confidence === 'stated') ? 'stated' : 'inferred';
  return { standing: 'counted', confidence, grades: gradesOf(counted) };
}

export const isSetAsideFact = (
  cites: readonly Citation[],
  counts: (cite: Citation) => boolean = ALL_COUNT,
): boolean => cites.length > 0 && !cites.some(counts);

/** "C3, stated", "B2/C3, inferred", "C3, set aside by the filter"; "ungraded" without a grade. */
export function strengthText(strength: FactStrength): string {
  const grades = strength.grades.length > 0 ? strength.grades.join('/') : 'ungraded';
  return strength.standing === 'set-aside'
    ? `${grades}, ${SET_ASIDE}`
    : `${grades}, ${strength.confidence}`;
}
