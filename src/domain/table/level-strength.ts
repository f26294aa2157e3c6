// The strength of a row's commonality level, as the files write it: the grades of the records it
// rests on and its weakest link, or that the filter set it aside (issue 21). The table's
// "Grade and evidence" column and the comparison's row of the same name both read it.
import type { Citation } from '../../catalogue/schema';
import { factStrength, SET_ASIDE, strengthText } from '../sources/fact-strength';
import type { SourceGrading } from '../sources/trust';
import { isSetAside } from './commonality';
import { EVIDENCE_QUALIFIERS } from './commonality-levels';
import type { TableRow } from './rows';

/** Each source's grade by id, with the reports it carries, as the strength texts read it. */
export type Grades = ReadonlyMap<string, SourceGrading>;

/** "C3, rests on an inference", "C3, set aside by the filter", "nothing reported". */
export function levelStrength(
  row: Pick<TableRow, 'system' | 'commonality' | 'counts'>,
  grades: Grades,
): string {
  const { commonality } = row;
  const capabilityCites = (kinds: readonly string[], counted: boolean): Citation[] =>
    row.system.capabilities
      .filter((capability) => kinds.includes(capability.kind))
      .flatMap((capability) => (counted ? capability.cites.filter(row.counts) : capability.cites));
  if (isSetAside(commonality)) {
    const strength = factStrength(
      capabilityCites(commonality.setAside, false),
      () => false,
      grades,
    );
    return strengthText(strength);
  }
  if (!commonality.weakest) return 'nothing reported';
  const strength = factStrength(
    capabilityCites(
      commonality.restsOn.map((support) => support.kind),
      true,
    ),
    undefined,
    grades,
  );
  const text = `${strength.grades.join('/') || 'ungraded'}, ${EVIDENCE_QUALIFIERS[commonality.weakest].label}`;
  return commonality.setAside.length > 0 ? `${text}, some support ${SET_ASIDE}` : text;
}
