import { useId, useState } from 'react';
import {
  COMPARE_GROUP_IDS,
  COMPARE_GROUPS,
  type CompareCell,
  type CompareGroup,
} from '../../domain/comparison/attributes';
import type { AttributeDiff } from '../../domain/comparison/diff';
import type { CompareItem } from '../../domain/comparison/resolve-items';
import { COMPARE_MODES, type CompareMode } from '../../domain/view/state';
import { CitationButton } from '../shared/citation-button';
import { COMPARE_OPEN_BUTTON_ID, COMPARE_TITLE_ID, focusSoon } from './focus';
import { useActions, useApp } from '../shared/store-context';
import { useCompareModel } from './use-model';

/** How many items a phone shows at once (the CSS hides the rest below 600px). */
const PHONE_PAGE = 2;

function ModeSwitch({ mode }: { mode: CompareMode }) {
  const { setCompareMode } = useActions();
  const name = useId();
  return (
    <fieldset className="compare-modes">
      <legend>Show</legend>
      {(Object.keys(COMPARE_MODES) as CompareMode[]).map((id) => (
        <label key={id}>
          <input
            type="radio"
            name={name}
            value={id}
            checked={mode === id}
            onChange={() => setCompareMode(id)}
          />
          {COMPARE_MODES[id].label}
        </label>
      ))}
    </fieldset>
  );
}

const columnClass = (base: string, isBaseline: boolean, offPage: boolean) =>
  [base, isBaseline ? 'is-baseline' : '', offPage ? 'off-page' : ''].filter(Boolean).join(' ') ||
  undefined;

function ItemHeader({
  item,
  isBaseline,
  offPage,
}: {
  item: CompareItem;
  isBaseline: boolean;
  offPage: boolean;
}) {
  return (
    <th scope="col" className={columnClass('compare-item', isBaseline, offPage)}>
      <span className="compare-item-label">{item.label}</span>
      {isBaseline ? (
        <>
          {' '}
          <span className="baseline-tag">Baseline</span>
        </>
      ) : null}
    </th>
  );
}

/** Reorder and baseline buttons, in a row of their own so column headers stay short to hear. */
function ItemTools({
  item,
  index,
  count,
  isBaseline,
  offPage,
}: {
  item: CompareItem;
  index: number;
  count: number;
  isBaseline: boolean;
  offPage: boolean;
}) {
  const { moveCompareItem, setBaseline } = useActions();
  // aria-disabled rather than disabled: a button that moves to the end keeps keyboard focus.
  const move = (offset: -1 | 1, blocked: boolean, direction: 'left' | 'right', mark: string) => (
    <button
      type="button"
      className="compare-move"
      aria-label={`Move ${item.name} ${direction}`}
      aria-disabled={blocked}
      onClick={() => {
        if (!blocked) moveCompareItem(item.id, offset);
      }}
    >
      <span aria-hidden="true">{mark}</span>
    </button>
  );
  return (
    <td className={columnClass('compare-item-tools', isBaseline, offPage)}>
      <span className="compare-tools">
        {move(-1, index === 0, 'left', '←')}
        {move(1, index === count - 1, 'right', '→')}
        <button
          type="button"
          className="baseline-toggle"
          aria-pressed={isBaseline}
          aria-label={`Use ${item.name} as baseline`}
          onClick={() => setBaseline(isBaseline ? null : item.id)}
        >
          <span aria-hidden="true">{isBaseline ? '★' : '☆'}</span> Baseline
        </button>
      </span>
    </td>
  );
}

function Cell({
  cell,
  attribute,
  item,
  differsFromBaseline,
  isBaseline,
  offPage,
}: {
  cell: CompareCell;
  attribute: AttributeDiff;
  item: CompareItem;
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
  const value =
    cell.text === '' ? (
      <span className="empty">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">not stated</span>
      </span>
    ) : sourcesRow ? null : (
      cell.text
    );
  return (
    <td className={columnClass(base, isBaseline, offPage)}>
      {value}
      <CitationButton
        source={cell.source}
        subject={sourcesRow ? item.name : `${attribute.label.toLowerCase()} of ${item.name}`}
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

/** The compared items side by side: attributes as rows, items as columns, differences first. */
export function CompareView() {
  const model = useCompareModel();
  const mode = useApp((state) => state.view.compareMode);
  const { setCompareOpen } = useActions();
  const [collapsed, setCollapsed] = useState<ReadonlySet<CompareGroup>>(new Set());
  const [pageStart, setPageStart] = useState(0);
  const { items, baselineIndex, attributes, shown, differing } = model;
  const count = items.length;
  const start = Math.max(0, Math.min(pageStart, count - PHONE_PAGE));
  const offPage = (index: number) => index < start || index >= start + PHONE_PAGE;
  const baseline = baselineIndex === null ? undefined : items[baselineIndex];

  const groups = COMPARE_GROUP_IDS.map((group) => ({
    group,
    rows: shown.filter((attribute) => attribute.group === group),
    differing: attributes.filter(
      (attribute) => attribute.group === group && attribute.status === 'differs',
    ).length,
  })).filter(({ rows }) => rows.length > 0);

  const toggleGroup = (group: CompareGroup) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(group)) next.add(group);
      return next;
    });

  return (
    <section className="compare-view" aria-labelledby={COMPARE_TITLE_ID}>
      <header className="compare-header">
        <h2 id={COMPARE_TITLE_ID} tabIndex={-1}>
          Comparing {count} items
        </h2>
        <button
          type="button"
          onClick={() => {
            setCompareOpen(false);
            focusSoon(() => document.getElementById(COMPARE_OPEN_BUTTON_ID));
          }}
        >
          Back to the table
        </button>
      </header>
      <div className="compare-controls">
        <ModeSwitch mode={mode} />
        <p className="compare-count" role="status">
          {differing} of {attributes.length} attributes differ
          {baseline ? `; cells marked ≠ differ from the baseline, ${baseline.name}` : ''}.
        </p>
      </div>
      {count > PHONE_PAGE ? (
        <div className="compare-pager">
          <button
            type="button"
            aria-label="Show previous item"
            disabled={start === 0}
            onClick={() => setPageStart(start - 1)}
          >
            <span aria-hidden="true">‹</span> Previous
          </button>
          <p aria-live="polite">
            Showing {start + 1}–{start + PHONE_PAGE} of {count}
          </p>
          <button
            type="button"
            aria-label="Show next item"
            disabled={start + PHONE_PAGE >= count}
            onClick={() => setPageStart(start + 1)}
          >
            Next <span aria-hidden="true">›</span>
          </button>
        </div>
      ) : null}
      <div
        className="compare-scroll"
        role="region"
        aria-label="Comparison, scrolls sideways"
        tabIndex={0}
      >
        <table className="compare-table">
          <caption className="visually-hidden">
            {COMPARE_MODES[mode].label} of {items.map((item) => item.label).join(', ')}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="compare-attribute">
                Attribute
              </th>
              {items.map((item, index) => (
                <ItemHeader
                  key={item.id}
                  item={item}
                  isBaseline={index === baselineIndex}
                  offPage={offPage(index)}
                />
              ))}
            </tr>
            <tr className="compare-tools-row">
              <td className="compare-attribute" />
              {items.map((item, index) => (
                <ItemTools
                  key={item.id}
                  item={item}
                  index={index}
                  count={count}
                  isBaseline={index === baselineIndex}
                  offPage={offPage(index)}
                />
              ))}
            </tr>
          </thead>
          {groups.map(({ group, rows, differing: groupDiffering }) => {
            const open = !collapsed.has(group);
            return (
              <tbody key={group} className={`compare-group group-${group}`}>
                <tr className="compare-group-row">
                  <th scope="rowgroup" colSpan={count + 1}>
                    <button
                      type="button"
                      className="compare-group-toggle"
                      aria-expanded={open}
                      onClick={() => toggleGroup(group)}
                    >
                      <span className="compare-group-mark" aria-hidden="true">
                        {open ? '▾' : '▸'}
                      </span>
                      {COMPARE_GROUPS[group].label}
                      <span className="compare-group-count">
                        {groupDiffering === 0 ? 'all the same' : `${groupDiffering} differ`}
                      </span>
                    </button>
                  </th>
                </tr>
                {open
                  ? rows.map((attribute) => (
                      <tr key={attribute.id} className={`attr-${attribute.status}`}>
                        <th scope="row" className="compare-attribute">
                          {attribute.label} <span className="diff-tag">{attribute.status}</span>
                        </th>
                        {attribute.cells.map((cell, index) => {
                          const item = items[index];
                          return item ? (
                            <Cell
                              key={item.id}
                              cell={cell}
                              attribute={attribute}
                              item={item}
                              differsFromBaseline={attribute.differsFromBaseline[index] ?? false}
                              isBaseline={index === baselineIndex}
                              offPage={offPage(index)}
                            />
                          ) : null;
                        })}
                      </tr>
                    ))
                  : null}
              </tbody>
            );
          })}
        </table>
      </div>
      {shown.length === 0 ? (
        <p className="compare-empty">
          {mode === 'differences'
            ? 'These items agree on every attribute shown.'
            : 'These items differ on every attribute shown.'}
        </p>
      ) : null}
    </section>
  );
}
