import type { Header } from '@tanstack/react-table';
import { Fragment } from 'react';
import { COLUMN_GROUPS, type ColumnGroup } from '../../domain/table/column-groups';
import type { ColumnSpec } from '../../domain/table/columns';
import type { TableModelFeatures } from '../../domain/table/model';
import type { TableRow } from '../../domain/table/rows';
import { Term } from '../glossary/term';

export type TableHeader = Header<TableModelFeatures, TableRow, unknown>;

const SORT_LABEL = { asc: 'ascending', desc: 'descending' } as const;

/** Runs of neighbouring columns in one group, for the header row above the column headers. */
function groupSpans(specs: readonly ColumnSpec[]): { group: ColumnGroup; span: number }[] {
  const spans: { group: ColumnGroup; span: number }[] = [];
  for (const { group } of specs) {
    const last = spans.at(-1);
    if (last?.group === group) last.span += 1;
    else spans.push({ group, span: 1 });
  }
  return spans;
}

export function GroupRow({ specs }: { specs: readonly ColumnSpec[] }) {
  return (
    <tr className="group-row" aria-rowindex={1}>
      {groupSpans(specs).map(({ group, span }, index) =>
        // The system columns need no group label: empty cells, not an empty header. Only the
        // first stays put over the sticky System column, so the other groups' names, which stay
        // in view beside it, are not hidden under the rest of this group.
        group === 'identity' ? (
          <Fragment key={`${group}-${index}`}>
            <td className="group-identity" />
            {span > 1 ? <td colSpan={span - 1} /> : null}
          </Fragment>
        ) : (
          <th
            key={`${group}-${index}`}
            scope="colgroup"
            colSpan={span}
            className={`group-${group}`}
          >
            <span className="group-label">{COLUMN_GROUPS[group].label}</span>
          </th>
        ),
      )}
    </tr>
  );
}

export function SortableHeader({ header, spec }: { header: TableHeader; spec: ColumnSpec }) {
  const column = header.column;
  const sorted = column.getIsSorted();
  const index = column.getSortIndex();
  return (
    <th
      scope="col"
      className={`col-${spec.id}`}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
    >
      <button
        type="button"
        className="sort-button"
        onClick={column.getToggleSortingHandler()}
        title="Sort (Shift+click to add a second sort)"
      >
        {spec.header}
        <span className="sort-mark" aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
        </span>
        {sorted && index > 0 ? <span className="sort-rank">{index + 1}</span> : null}
        {sorted ? <span className="visually-hidden">, sorted {SORT_LABEL[sorted]}</span> : null}
      </button>
      {spec.term ? (
        <Term term={spec.term} className="term-hint" label={`What “${spec.header}” means`}>
          ?
        </Term>
      ) : null}
    </th>
  );
}
