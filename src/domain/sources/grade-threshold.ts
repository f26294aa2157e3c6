// What a grade threshold asks, in words, for the grade filter's options, its hint and the view
// sentence alike. "C3 or better" asks something of both axes; a threshold of F or 6 asks nothing
// of its axis (trust.ts, meetsGrade), so "F3 or better" is written as what it is: "information 3
// or better, any source" (issue 21).
import {
  INFORMATION_CREDIBILITIES,
  SOURCE_RELIABILITIES,
  type InformationCredibility,
  type SourceReliability,
} from '../../catalogue/vocabulary';
import { NO_BASIS_CREDIBILITY, NO_BASIS_RELIABILITY, type GradeId } from './trust';

type ThresholdWords = {
  /** The filter's option: "C3 or better", "Information 3 or better, any source". */
  option: string;
  /** The view sentence's clause: "sources graded C3 or better". */
  clause: string;
  /** What it lets in, in a sentence, for the filter's hint. */
  explanation: string;
};

const letterWords = (letter: SourceReliability) =>
  `${letter} (${SOURCE_RELIABILITIES[letter].label.toLowerCase()})`;
const digitWords = (digit: InformationCredibility) =>
  `${digit} (${INFORMATION_CREDIBILITIES[digit].label.toLowerCase()})`;

export function gradeThreshold(id: GradeId): ThresholdWords {
  const letter = id[0] as SourceReliability;
  const digit = id[1] as InformationCredibility;
  const anySource = letter === NO_BASIS_RELIABILITY;
  const anyInformation = digit === NO_BASIS_CREDIBILITY;
  if (anySource && anyInformation)
    return {
      option: 'Any source in the register',
      clause: 'only sources in the register',
      explanation:
        'Counts every item whose source is in the register, whatever its grade, F and 6 included.',
    };
  if (anySource)
    return {
      option: `Information ${digit} or better, any source`,
      clause: `information graded ${digit} or better, from any source`,
      explanation: `Counts an item graded ${digitWords(digit)} or better, whatever its source's reliability, F included.`,
    };
  if (anyInformation)
    return {
      option: `Source ${letter} or better, any information`,
      clause: `sources graded ${letter} or better, any information`,
      explanation: `Counts an item whose source is ${letterWords(letter)} or better, whatever the item's credibility, 6 included.`,
    };
  return {
    option: `${id} or better`,
    clause: `sources graded ${id} or better`,
    explanation: `Counts an item whose source is ${letterWords(letter)} or better and which is itself ${digitWords(digit)} or better.`,
  };
}
