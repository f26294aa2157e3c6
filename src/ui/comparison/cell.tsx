import type { ComparisonCell } from '../../domain/comparison/attributes';
import type { AttributeDiff } from '../../domain/comparison/diff';
import type { ComparisonItem } from '../../domain/comparison/items';
import { screenName } from '../../domain/view/screen-text';
import { TermText } from '../glossary/term';
import { CitationButton } from '../shared/citation-button';
import { columnClass } from './item-columns';

/** One item's value for one attribute, with its source and whether it differs from the baseline. */
export function Cell({
  cell,
  attribute,
  item,
  differsFromBaseline,
  isBaseline,
  offPage,
}: {
  cell: ComparisonCell;
  attribute: AttributeDiff;
  item: ComparisonItem;
  differsFromBaseline: boolean;
  isBaseline: boolean;
  offPage: boolean;
}) {
  const base = [
    cell.source.basis === 'reference' ? 'reference' : '',
    differsFromBaseline ? 'differs-from-baseline' : '',
  ]
    .filter(Boolean)
    .join(' ');
  // The sources row's citation button already shows the source ids its text lists.
  const sourcesRow = attribute.id === 'sources';
  const name = screenName(item.name);
  const value =
    cell.text === '' ? (
      <span className="empty">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">not stated</span>
      </span>
    ) : sourcesRow ? null : (
      <TermText text={cell.text} />
    );
  return (
    <td className={columnClass(base, isBaseline, offPage)}>
      {value}
      <CitationButton
        source={cell.source}
        subject={sourcesRow ? name : `${attribute.label.toLowerCase()} of ${name}`}
      />
      {differsFromBaseline ? (
        <span className="baseline-diff">
          <span aria-hidden="true">≠</span> differs
          <span className="visually-hidden"> from baseline</span>
        </span>
      ) : null}
    </td>
  );
}
