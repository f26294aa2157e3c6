// A system's Iraqi and Iranian variants side by side, attribute by attribute, with each side's
// sources and whether the two sides differ.
import type { Citation, System, Variant } from '../../catalogue/schema';
import { acquisitionLabels, designations, operatorLabels } from '../table/rows';

type SideValue = { text: string; cites: readonly Citation[] };
type AttributeRow = {
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

export function detailVariants(system: System): AttributeRow[] {
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
