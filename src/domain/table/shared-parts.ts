// Parts that many rows have alike, made once and shared. At 100,000 systems each row's own lists of
// capability kinds, operators and labels were millions of small objects; there are only 64 lists of
// kinds and, in a catalogue, a handful of operator line-ups. Shared parts are frozen, so code that
// tried to change one would fail loudly rather than change every row that shares it.
import type { System, Vocabulary } from '../../catalogue/schema';
import { operatorLabel, platformTypeEntry } from '../../catalogue/built-in-vocabulary';
import {
  CAPABILITY_KIND_IDS,
  type CapabilityKind,
  type Operator,
} from '../../catalogue/vocabulary';

const kindLists = new Map<number, readonly CapabilityKind[]>();

/** The capability kinds `has` picks, in the catalogue's order of kinds: one list per choice. */
export function kindList(has: (kind: CapabilityKind) => boolean): readonly CapabilityKind[] {
  let mask = 0;
  for (let bit = 0; bit < CAPABILITY_KIND_IDS.length; bit += 1) {
    if (has(CAPABILITY_KIND_IDS[bit] as CapabilityKind)) mask |= 1 << bit;
  }
  let list = kindLists.get(mask);
  if (!list) {
    list = Object.freeze(CAPABILITY_KIND_IDS.filter((_kind, bit) => (mask & (1 << bit)) !== 0));
    kindLists.set(mask, list);
  }
  return list;
}

export const NONE: readonly never[] = Object.freeze([]);

type RowLabels = { platformType: string; operators: Readonly<Record<Operator, string>> };
type LineUp = { operators: readonly Operator[]; labels: RowLabels };

const lineUps = new WeakMap<Vocabulary, Map<string, LineUp>>();

/**
 * A row's operators, each once in the order met, and the vocabulary's labels for them and its
 * platform type: one pair for every row with the same platform type and operators.
 */
export function lineUp(
  vocabulary: Vocabulary,
  platformType: System['platformType'],
  operators: readonly Operator[],
): LineUp {
  let known = lineUps.get(vocabulary);
  if (!known) {
    known = new Map();
    lineUps.set(vocabulary, known);
  }
  const key = `${platformType}\n${operators.join('\n')}`;
  let found = known.get(key);
  if (!found) {
    const labels: Partial<Record<Operator, string>> = {};
    for (const id of operators) labels[id] = operatorLabel(vocabulary, id);
    found = Object.freeze({
      operators: Object.freeze([...operators]),
      labels: Object.freeze({
        platformType: platformTypeEntry(vocabulary, platformType).label,
        operators: Object.freeze(labels) as Record<Operator, string>,
      }),
    });
    known.set(key, found);
  }
  return found;
}
