// Which compared attributes agree (./agreement.ts says how values are compared). The basis of a
// fact takes no part: a sourced and a general-reference fact with the same text are the same
// value. The view still shows each cell's basis beside it, so nothing is hidden.
import { agreementOf, knownToDiffer, type Agreement } from './agreement';
import { COMPARISON_GROUP_IDS, type ComparisonAttribute } from './attributes';
import type { ComparisonMode } from '../view/state';

/** What an attribute's tag says. */
export const AGREEMENT_TEXT: Record<Agreement, string> = {
  same: 'same',
  differs: 'differs',
  gaps: 'not all stated',
};

export type AttributeDiff = ComparisonAttribute & {
  status: Agreement;
  /**
   * Per cell: whether it is known to differ from the baseline item's cell (never true for the
   * baseline, nor where either cell is not stated).
   */
  differsFromBaseline: boolean[];
};

/**
 * Whether the cells from `start` up to `end` agree: all of them, or the two a phone shows at a
 * time, so no row is marked "differs" over the identical cells on screen.
 */
export function statusAmong(
  attribute: Pick<ComparisonAttribute, 'cells'>,
  start: number,
  end: number,
): Agreement {
  return agreementOf(attribute.cells.slice(start, end).map((cell) => cell.text));
}

export function diffAttribute(
  attribute: ComparisonAttribute,
  baselineIndex: number | null,
): AttributeDiff {
  const texts = attribute.cells.map((cell) => cell.text);
  const baseline = baselineIndex === null ? undefined : texts[baselineIndex];
  return {
    ...attribute,
    status: agreementOf(texts),
    differsFromBaseline: texts.map(
      (text) => baseline !== undefined && knownToDiffer(text, baseline),
    ),
  };
}

export const diffAttributes = (
  attributes: readonly ComparisonAttribute[],
  baselineIndex: number | null,
): AttributeDiff[] => attributes.map((attribute) => diffAttribute(attribute, baselineIndex));

/** Where each status goes: first, then the ones the catalogue cannot settle, then agreements. */
const STATUS_RANK: Record<Agreement, number> = { differs: 0, gaps: 1, same: 2 };

/**
 * Which statuses a mode shows. "Differences only" keeps the attributes not stated for every item
 * too, tagged so: they may differ, and hiding them there would leave them only under "All".
 * "Similarities only" keeps what is known to be the same.
 */
const MODE_SHOWS: Record<ComparisonMode, readonly Agreement[]> = {
  all: ['differs', 'gaps', 'same'],
  differences: ['differs', 'gaps'],
  similarities: ['same'],
};

/**
 * The attributes a mode shows. Every mode keeps the groups in order; within a group, attributes
 * that differ come first ("differences first"), then those not stated for every item, then the
 * same, otherwise in their usual order.
 */
export function attributesForMode(
  attributes: readonly AttributeDiff[],
  mode: ComparisonMode,
): AttributeDiff[] {
  const kept = attributes.filter((attribute) => MODE_SHOWS[mode].includes(attribute.status));
  const rank = (attribute: AttributeDiff) =>
    COMPARISON_GROUP_IDS.indexOf(attribute.group) * 3 + STATUS_RANK[attribute.status];
  return kept
    .map((attribute, index) => ({ attribute, index }))
    .sort((a, b) => rank(a.attribute) - rank(b.attribute) || a.index - b.index)
    .map(({ attribute }) => attribute);
}
