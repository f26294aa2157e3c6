// A level in words: as a cell draws it, as the detail explains it, and as paper lists why a row
// has it. Set-aside levels always say so, never the sources' silence (N1).
import {
  CAPABILITY_KINDS,
  CAPABILITY_STATUSES,
  type CapabilityKind,
} from '../../catalogue/vocabulary';
import { SET_ASIDE } from '../sources/fact-strength';
import { isSetAside, type Commonality } from './commonality';
import { COMMONALITY_LEVELS, EVIDENCE_QUALIFIERS, SET_ASIDE_LEVEL } from './commonality-levels';

/**
 * "Medium · rests on an inference": the level with its weakest link, as every view shows it. A
 * level the filters lowered says so ("… · some support set aside by the filter"), and a level
 * the filters emptied reads "Set aside by the filter", never the sources' silence (N1).
 */
export function commonalityText(commonality: Commonality): string {
  const { label, qualifier } = commonalityParts(commonality);
  return qualifier ? `${label} · ${qualifier}` : label;
}

/**
 * The level's two parts as the table draws them: the label ("Medium", or "Set aside by the
 * filter") and what qualifies it ("rests on an inference", "some support set aside by the filter").
 */
export function commonalityParts(commonality: Commonality): {
  label: string;
  qualifier: string | null;
} {
  if (isSetAside(commonality)) return { label: SET_ASIDE_LEVEL.label, qualifier: null };
  const qualifiers = [
    commonality.weakest ? EVIDENCE_QUALIFIERS[commonality.weakest].label : null,
    commonality.weakestGrade ? `weakest grade ${commonality.weakestGrade}` : null,
    commonality.corroborated ? 'two sources' : null,
    commonality.setAside.length > 0 ? `some support ${SET_ASIDE}` : null,
  ].filter((part) => part !== null);
  return {
    label: COMMONALITY_LEVELS[commonality.level].label,
    qualifier: qualifiers.length > 0 ? qualifiers.join(' · ') : null,
  };
}

/** What the level means for this row, in words: the level's own, or why the filter emptied it. */
export function commonalityDescription(commonality: Commonality): string {
  return isSetAside(commonality)
    ? SET_ASIDE_LEVEL.description
    : COMMONALITY_LEVELS[commonality.level].description;
}

/**
 * Why this row has its level, in one sentence, for the level's "rule" mark: the records it rests
 * on with their status and evidence, and what the filter set aside.
 */
export const commonalityReason = (commonality: Commonality): string =>
  `This row: ${levelReason(commonality)}`;

/** "Medium, resting on ammunition (makes, stated)": the level and what it rests on, as paper lists it. */
export function levelReason(commonality: Commonality): string {
  const label = (kind: CapabilityKind) => CAPABILITY_KINDS[kind].label.toLowerCase();
  const setAside =
    commonality.setAside.length > 0
      ? ` Set aside by the filter: ${commonality.setAside.map(label).join(', ')}.`
      : '';
  if (isSetAside(commonality)) {
    return `${SET_ASIDE_LEVEL.label.toLowerCase()}; the sources report support, but none of it passes the filter.${setAside}`;
  }
  if (commonality.restsOn.length === 0) return 'None; no Iranian support is reported.';
  const records = commonality.restsOn
    .map(
      (support) =>
        `${label(support.kind)} (${[
          CAPABILITY_STATUSES[support.capability.status].label.toLowerCase(),
          support.confidence,
          support.grade,
          support.sources >= 2 ? 'two sources' : null,
        ]
          .filter((part) => part !== null)
          .join(', ')})`,
    )
    .join('; ');
  return `${COMMONALITY_LEVELS[commonality.level].label}, resting on ${records}.${setAside}`;
}
