// Which compared values agree. Values are compared as the text the user reads, trimmed, with case
// kept ("M109" and "m109" are different designations). A value the catalogue does not state is ''
// and counts as a value of its own: two unstated values agree, an unstated and a stated one differ.
// The basis of a fact takes no part: a sourced and a general-reference fact with the same text are
// the same value. The view still shows each cell's basis beside it, so nothing is hidden.
import { COMPARISON_GROUP_IDS, type ComparisonAttribute } from './attributes';
import type { ComparisonMode } from '../view/state';

type AttributeStatus = 'same' | 'differs';

export type AttributeDiff = ComparisonAttribute & {
  status: AttributeStatus;
  /** Per cell: whether it differs from the baseline item's cell (never true for the baseline). */
  differsFromBaseline: boolean[];
};

const comparableText = (text: string): string => text.trim();

/**
 * Whether the cells from `start` up to `end` agree: all of them, or the two a phone shows at a
 * time, so no row is marked "differs" over the identical cells on screen.
 */
export function statusAmong(
  attribute: Pick<ComparisonAttribute, 'cells'>,
  start: number,
  end: number,
): AttributeStatus {
  const values = attribute.cells.slice(start, end).map((cell) => comparableText(cell.text));
  return new Set(values).size > 1 ? 'differs' : 'same';
}

export function diffAttribute(
  attribute: ComparisonAttribute,
  baselineIndex: number | null,
): AttributeDiff {
  const values = attribute.cells.map((cell) => comparableText(cell.text));
  const status = statusAmong(attribute, 0, values.length);
  const baseline = baselineIndex === null ? undefined : values[baselineIndex];
  return {
    ...attribute,
    status,
    differsFromBaseline: values.map((value) => baseline !== undefined && value !== baseline),
  };
}

export const diffAttributes = (
  attributes: readonly ComparisonAttribute[],
  baselineIndex: number | null,
): AttributeDiff[] => attributes.map((attribute) => diffAttribute(attribute, baselineIndex));

/**
 * The attributes a mode shows. Every mode keeps the groups in order; within a group, attributes
 * that differ come first ("differences first"), otherwise in their usual order.
 */
export function attributesForMode(
  attributes: readonly AttributeDiff[],
  mode: ComparisonMode,
): AttributeDiff[] {
  const kept = attributes.filter(
    (attribute) =>
      mode === 'all' ||
      (mode === 'differences' ? attribute.status === 'differs' : attribute.status === 'same'),
  );
  const rank = (attribute: AttributeDiff) =>
    COMPARISON_GROUP_IDS.indexOf(attribute.group) * 2 + (attribute.status === 'differs' ? 0 : 1);
  return kept
    .map((attribute, index) => ({ attribute, index }))
    .sort((a, b) => rank(a.attribute) - rank(b.attribute) || a.index - b.index)
    .map(({ attribute }) => attribute);
}
