import {
  defaultRangeExtractor,
  observeElementRect,
  useVirtualizer,
  type Range,
} from '@tanstack/react-virtual';
import { Fragment, useCallback, useEffect, useRef } from 'react';
import { PRINTED_ROWS_MAX, printedRows } from '../../domain/print/printed-rows';
import { SKIP_TARGET_IDS } from '../../domain/link/hash';
import type { ColumnSpec } from '../../domain/table/columns';
import { usePrinting } from '../print/use-printing';
import { useActions } from '../shared/store-context';
import { Cell } from './cell';
import { GroupRow, SortableHeader, type TableHeader } from './header';
import { useGridKeys } from './use-grid-keys';
import type { TableModel } from './use-table';

/** Says how the keys move in the table; shown while focus is in it. */
const GRID_KEYS_ID = 'table-keys';

/** The two header rows come first in aria-rowindex. */
const HEADER_ROWS = 2;
const ESTIMATED_ROW_HEIGHT = 56;
/** The two sticky header rows' height, near enough: the scroll box pads for it too (systems-table.css). */
const STICKY_HEADER_HEIGHT = 56;
// Where layout is unknown (tests, the first render) assume a laptop-sized scroll box.
const INITIAL_RECT = { width: 1280, height: 720 };

/** The spec each visible column carries in its typed meta. */
const visibleHeaders = ({ table }: TableModel): { header: TableHeader; spec: ColumnSpec }[] =>
  (table.getHeaderGroups()[0]?.headers ?? []).flatMap((header) => {
    const spec = header.column.columnDef.meta?.spec;
    return spec && header.column.getIsVisible() ? [{ header, spec }] : [];
  });

/**
 * The table: one row per system, the visible columns, sortable headers. Only the rows in and
 * near the scroll box are in the DOM (a catalogue may hold 100,000 systems); spacer rows keep the
 * scroll height, and aria-rowcount / aria-rowindex tell assistive technology where each row is.
 */
export function TableView({ model }: { model: TableModel }) {
  const { clearFilters } = useActions();
  const scroller = useRef<HTMLDivElement>(null);
  const grid = useRef<HTMLTableElement>(null);
  const headers = visibleHeaders(model);
  const specs = headers.map(({ spec }) => spec);
  const { order, shown, rowAt, shownAt } = model;
  // A row's key is its place in the catalogue: stable through sorts, and a typed-array read. The
  // virtualiser re-measures every row when this function changes, so it changes with the rows only.
  const getItemKey = useCallback((at: number) => order[at] ?? at, [order]);
  // The system holding the table's Tab stop stays drawn, however far the table scrolls from it.
  const activeRowRef = useRef<string | null>(null);
  const withActiveRow = (range: Range) => {
    const drawn = defaultRangeExtractor(range);
    const active = shownAt(activeRowRef.current);
    if (active < 0 || drawn.includes(active)) return drawn;
    return [...drawn, active].sort((a, b) => a - b);
  };
  // The virtualizer keeps its own mutable state, so React Compiler leaves this component alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 8,
    initialRect: INITIAL_RECT,
    // A box with no layout at all (jsdom, a hidden tab) measures 0 × 0: keep the assumed size.
    observeElementRect: (instance, update) =>
      observeElementRect(instance, (rect) =>
        update(rect.width === 0 && rect.height === 0 ? INITIAL_RECT : rect),
      ),
    getItemKey,
    rangeExtractor: withActiveRow,
    // Rows scrolled to by key land below the two sticky header rows.
    scrollPaddingStart: STICKY_HEADER_HEIGHT,
  });
  const gridKeys = useGridKeys(
    grid,
    {
      headerRow: HEADER_ROWS,
      count: shown,
      idAt: (index) => rowAt(index)?.id,
      indexOf: shownAt,
      reveal: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    },
    activeRowRef,
  );
  // Paper has no scroll box: every row (up to a limit), not the window around the scroll position.
  const printing = usePrinting();
  const items = virtualizer.getVirtualItems();
  // Rows live in the catalogue service: the ones about to be drawn that have not arrived are
  // asked for (paper asks for all it prints), and drawn as they come.
  const from = printing ? 0 : (items[0]?.index ?? 0);
  const to = printing ? PRINTED_ROWS_MAX : (items.at(-1)?.index ?? -1) + 1;
  const { need } = model;
  useEffect(() => need(from, to), [need, from, to]);
  const spacer = (height: number, key: string) =>
    height > 0 ? (
      <tr key={key} aria-hidden="true" className="spacer-row">
        <td colSpan={specs.length} style={{ height, padding: 0, border: 0 }} />
      </tr>
    ) : null;

  return (
    <>
      <div
        ref={scroller}
        id={SKIP_TARGET_IDS.table}
        className="table-scroll"
        // The grid inside holds the Tab stop; the skip link focuses the box and lands in the grid.
        tabIndex={-1}
        role="region"
        aria-label="Table, scrolls sideways"
      >
        <table
          aria-busy={model.answered ? undefined : true}
          ref={grid}
          data-keyboard-grid=""
          className="systems-table"
          aria-rowcount={shown + HEADER_ROWS}
          aria-describedby={GRID_KEYS_ID}
          {...gridKeys}
        >
          <caption className="visually-hidden">
            Iraqi and Iranian variants of each system and what Iran can supply for it. Column
            headers sort the table.
          </caption>
          <thead>
            <GroupRow specs={specs} />
            <tr aria-rowindex={HEADER_ROWS}>
              {headers.map(({ header, spec }) => (
                <SortableHeader key={header.id} header={header} spec={spec} />
              ))}
            </tr>
          </thead>
          <tbody>
            {!model.answered ? null : shown === 0 ? (
              <tr>
                <td colSpan={Math.max(specs.length, 1)} className="empty-state">
                  <p>No system matches these filters.</p>
                  <button type="button" onClick={clearFilters}>
                    Clear all filters
                  </button>
                </td>
              </tr>
            ) : printing ? (
              printedRows(model.arrived(PRINTED_ROWS_MAX), shown).rows.map((row, index) => (
                <tr key={row.id} aria-rowindex={index + HEADER_ROWS + 1}>
                  {specs.map((spec) => (
                    <Cell key={spec.id} row={row} spec={spec} />
                  ))}
                </tr>
              ))
            ) : (
              <>
                {items.map((item, position) => {
                  const row = rowAt(item.index);
                  // Spacers keep the scroll height: before, between (the kept active row), after.
                  const gap = item.start - (items[position - 1]?.end ?? 0);
                  if (!row) {
                    return (
                      <Fragment key={`waiting-${item.key}`}>
                        {spacer(gap, `gap-waiting-${item.key}`)}
                        <tr
                          data-index={item.index}
                          ref={virtualizer.measureElement}
                          aria-rowindex={item.index + HEADER_ROWS + 1}
                          className="waiting-row"
                        >
                          <td colSpan={specs.length}>Fetching this row…</td>
                        </tr>
                      </Fragment>
                    );
                  }
                  return (
                    <Fragment key={row.id}>
                      {spacer(gap, `gap-${row.id}`)}
                      <tr
                        data-index={item.index}
                        ref={virtualizer.measureElement}
                        aria-rowindex={item.index + HEADER_ROWS + 1}
                      >
                        {specs.map((spec) => (
                          <Cell key={spec.id} row={row} spec={spec} />
                        ))}
                      </tr>
                    </Fragment>
                  );
                })}
                {spacer(virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0), 'after')}
              </>
            )}
          </tbody>
        </table>
      </div>
      <p id={GRID_KEYS_ID} className="grid-keys-hint">
        In the table, arrow keys move between cells and controls, Home and End along a row, Page Up
        and Page Down by ten rows; Space ticks a system for comparison; Tab leaves the table.
      </p>
    </>
  );
}
