// The levels of commonality and the words every view uses for them: labels, what each means,
// the evidence qualifiers, and the rule in full for the level's "rule" mark. The rule itself is
// in commonality.ts.
import type { Confidence } from '../../catalogue/vocabulary';
import { SET_ASIDE } from '../sources/fact-strength';

export const COMMONALITY_LEVELS = {
  high: {
    label: 'High',
    rank: 3,
    description:
      'Iran reportedly makes the ammunition and builds the system or its own version today',
  },
  medium: {
    label: 'Medium',
    rank: 2,
    description:
      'Iran reportedly makes the ammunition and makes or offers spares, but is not reported to build the system today',
  },
  low: {
    label: 'Low',
    rank: 1,
    description:
      'Iran reportedly offers some support, short of made ammunition plus spares or present-day production',
  },
  none: { label: 'None', rank: 0, description: 'the sources report no Iranian support' },
} as const;
export type CommonalityLevel = keyof typeof COMMONALITY_LEVELS;

/** A level of None because the filters set every record aside: what it reads instead (N1). */
export const SET_ASIDE_LEVEL = {
  label: 'Set aside by the filter',
  description:
    'the sources report Iranian support, but the evidence or grade filter sets every record of it aside: no support is reported at this filter',
} as const;

export const EVIDENCE_QUALIFIERS = {
  stated: {
    label: 'stated outright',
    description:
      'every record it rests on is stated outright by its source (how plainly the source says it, not whether another source confirms it)',
  },
  inferred: {
    label: 'rests on an inference',
    description: 'at least one record it rests on is inferred, not stated outright',
  },
} as const satisfies Record<Confidence, unknown>;

export const COMMONALITY_RULE =
  'The commonality level estimates how far Iran could keep the Iraqi system going, using only what the sources report. ' +
  'High: Iran makes its ammunition and builds the system or its own version of it today. ' +
  'Medium: Iran makes its ammunition and makes or offers spares, but is not reported to build the system today. ' +
  'Low: some other Iranian support is reported, such as adapted weapons, ammunition Iran offers rather than makes, years of operating the type (experience is not upkeep), or a system Iran has built in the past (licence-built is not production today). ' +
  'None: no Iranian support is reported. ' +
  'A capability the sources do not mention counts as absent. ' +
  `When the evidence or grade filter leaves out every record of a reported capability, it is ${SET_ASIDE}, not absent; a level all of whose records are left out reads "${SET_ASIDE_LEVEL.label}". ` +
  'Beside the level: "stated outright" when every record it rests on is stated, "rests on an inference" when one is only inferred; this says how plainly the source says it, not whether another source confirms it. ' +
  'Then the weakest grade among those records (each record taking the best grade among its citations), and "two sources" when every one of them is stated by two sources. For Low, which any one record gives, these are the firmest record\'s.';
