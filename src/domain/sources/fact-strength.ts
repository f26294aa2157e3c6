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

type GradeOf = (cite: Citation) => GradeId | null;

/**
 * Each citation's grade id, worked out once per source, report and credibility for a register's
 * grades rather than once per citation: an export of 100,000 rows asks it millions of times.
 */
const gradeLookups = new WeakMap<ReadonlyMap<string, SourceGrading>, GradeOf>();
function gradeLookup(grades: ReadonlyMap<string, SourceGrading>): GradeOf {
  let lookup = gradeLookups.get(grades);
  if (lookup) return lookup;
  const known = new Map<string, GradeId | null>();
  lookup = (cite) => {
    const key = `${cite.source}\u0000${cite.report ?? ''}\u0000${cite.credibility ?? ''}`;
    let id = known.get(key);
    if (id === undefined) {
      const grade = grades.get(cite.source);
      id = grade ? gradeId(itemGrade(cite, grade)) : null;
      known.set(key, id);
    }
    return id;
  };
  gradeLookups.set(grades, lookup);
  return lookup;
}

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
  const gradeOf = gradeLookup(grades);
  const counted: GradeId[] = [];
  const all: GradeId[] = [];
  let anyCounted = false;
  let stated = false;
  for (const cite of cites) {
    const id = gradeOf(cite);
    const isCounted = counts(cite);
    if (isCounted) {
      anyCounted = true;
      if (cite.confidence === 'stated') stated = true;
    }
    if (id === null) continue;
    if (isCounted && !counted.includes(id)) counted.push(id);
    if (!all.includes(id)) all.push(id);
  }
  if (!anyCounted) return { standing: 'set-aside', grades: all.sort() };
  return {
    standing: 'counted',
    confidence: stated ? 'stated' : 'inferred',
    grades: counted.sort(),
  };
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
