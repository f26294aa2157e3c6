// Names a glossary entry answers to beyond the words of its term: a grade as the app writes it
// ("C3") names the entry for its reliability letter, the entry for its credibility digit and the
// Admiralty code itself, so searching "C3" finds what C and 3 mean (issue 21). The entries are the
// catalogue's own, found by id (`reliability-c`, `credibility-3`, `admiralty-code`); a glossary
// without them gets no names for them.
import { INFORMATION_CREDIBILITY_IDS, SOURCE_RELIABILITY_IDS } from '../../catalogue/vocabulary';
import { GRADE_IDS } from '../sources/trust';

/** Each entry's other names, by entry id. */
export type EntryNames = ReadonlyMap<string, readonly string[]>;

export const GRADE_ENTRY_NAMES: EntryNames = new Map<string, readonly string[]>([
  ['admiralty-code', GRADE_IDS],
  ...SOURCE_RELIABILITY_IDS.map((letter): [string, string[]] => [
    `reliability-${letter.toLowerCase()}`,
    GRADE_IDS.filter((id) => id[0] === letter),
  ]),
  ...INFORMATION_CREDIBILITY_IDS.map((digit): [string, string[]] => [
    `credibility-${digit}`,
    GRADE_IDS.filter((id) => id[1] === digit),
  ]),
]);
