// The sentence a printed page gives for the comparison and the detail; the table's is
// describeView (../view/description.ts), the one shown above it on screen.
import { agreementCount, type ComparisonModel } from '../comparison/model';
import { formatDate } from '../sources/format-date';
import { COMPARISON_MODES, type ComparisonMode } from '../view/state';

const andList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** "Comparing T-72, M109 and AKM · all attributes · 12 of 17 differ · baseline T-72" */
export function comparisonSentence(
  model: Pick<ComparisonModel, 'items' | 'baselineIndex' | 'attributes' | 'differing' | 'gaps'>,
  mode: ComparisonMode,
): string {
  const baseline = model.baselineIndex === null ? undefined : model.items[model.baselineIndex];
  return [
    `Comparing ${andList(model.items.map((item) => item.name))}`,
    COMPARISON_MODES[mode].label.toLowerCase(),
    agreementCount(model),
    ...(baseline ? [`measured against ${baseline.name}`] : []),
  ].join(' · ');
}

/** "Detail of the T-72 (main battle tank): its Iraqi and Iranian variants and what Iran can supply" */
export const detailSentence = (system: { name: string }, platformTypeLabel: string): string =>
  `Detail of the ${system.name} (${platformTypeLabel.toLowerCase()}): ` +
  'its Iraqi and Iranian variants and what Iran can supply';

/** "21 November 2026": the day the page is printed, in the reader's time zone. */
export function printedOn(date: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return formatDate(
    `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`,
    'day',
  );
}
