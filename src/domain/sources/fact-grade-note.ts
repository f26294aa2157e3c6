/**
 * Why a fact's grade can differ from its source's, and how several read, in words: said beside the
 * sources on screen and on paper, where "Grade and evidence" gives "B1/C1" for sources graded B2
 * and C3 (itemGrade, trust.ts).
 */
export const FACT_GRADE_NOTE =
  'A fact’s grade can differ from its source’s. A fact that another source confirms has credibility 1, so a source graded C3 gives it C1; a fact that a document relays from another originator takes that report’s reliability. A fact resting on several sources lists each of their grades, best first, as in B1/C1.';
