// A system's Iraqi and Iranian variants side by side, attribute by attribute, with each side's
// sources and whether the two sides differ.
import type { Citation, System, Variant } from '../../catalogue/schema';
import { acquisitionLabels, designations, operatorLabels } from '../table/rows';
import type { TableText } from '../export/csv';

export type SideValue = { text: string; cites: readonly Citation[] };
export type AttributeRow = {
  attribute: string;
  iraq: SideValue;
  iran: SideValue;
  differs: boolean;
};

const side = (
  variants: readonly Variant[],
  text: (variants: readonly Variant[]) => string,
): SideValue => ({
  text: text(variants),
  cites: variants.flatMap((variant) => variant.cites),
});

export function variantComparison(system: System): AttributeRow[] {
  const rows: [string, (variants: readonly Variant[]) => string][] = [
    ['Designation', designations],
    ['Operator', operatorLabels],
    ['How it was obtained', acquisitionLabels],
    [
      'Notes',
      (variants) =>
        variants
          .map((variant) => variant.note ?? '')
          .filter(Boolean)
          .join(' '),
    ],
  ];
  return rows
    .map(([attribute, text]) => {
      const iraq = side(system.iraq, text);
      const iran = side(system.iran, text);
      return { attribute, iraq, iran, differs: iraq.text !== iran.text };
    })
    .filter((row) => row.iraq.text !== '' || row.iran.text !== '');
}

const citeList = (cites: readonly Citation[]): string =>
  [...new Set(cites.map((cite) => `${cite.source} ${cite.locator.replace(/-/gu, ' ')}`))].join(
    '; ',
  );

/** The side-by-side table as text for CSV and the clipboard, headed as on screen. */
export function variantComparisonText(
  system: System,
  { withSources }: { withSources: boolean },
): TableText {
  return {
    header: ['Attribute', 'Iraq', 'Iran', 'Same or different', ...(withSources ? ['Sources'] : [])],
    rows: variantComparison(system).map((row) => [
      row.attribute,
      row.iraq.text,
      row.iran.text,
      row.differs ? 'differs' : 'same',
      ...(withSources ? [citeList([...row.iraq.cites, ...row.iran.cites])] : []),
    ]),
  };
}
