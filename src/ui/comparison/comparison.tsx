import { useState } from 'react';
import { COMPARISON_GROUPS, type ComparisonGroup } from '../../domain/comparison/attributes';
import { AGREEMENT_TEXT, statusAmong } from '../../domain/comparison/diff';
import { agreementCount, groupCount } from '../../domain/comparison/model';
import { SKIP_TARGET_IDS } from '../../domain/link/hash';
import { screenName } from '../../domain/view/screen-text';
import { COMPARISON_MODES } from '../../domain/view/state';
import { useActions, useApp } from '../shared/store-context';
import { PHONE_SCREEN, useMediaQuery } from '../shared/use-media-query';
import { Cell } from './cell';
import { COMPARISON_OPEN_BUTTON_ID, COMPARISON_TITLE_ID, focusSoon } from './focus';
import { ItemHeader, ItemTools } from './item-columns';
import { ModeSwitch } from './mode-switch';
import { useComparisonModel } from './use-model';

/** How many items a phone shows at once (the CSS hides the rest below 600px). */
const PHONE_PAGE = 2;

/** The compared items side by side: attributes as rows, items as columns, differences first. */
export function ComparisonView() {
  const model = useComparisonModel();
  const mode = useApp((state) => state.view.comparisonMode);
  const { setComparisonOpen } = useActions();
  const [collapsed, setCollapsed] = useState<ReadonlySet<ComparisonGroup>>(new Set());
  const [pageStart, setPageStart] = useState(0);
  const { items, baselineIndex, shown, groups } = model;
  const count = items.length;
  const start = Math.max(0, Math.min(pageStart, count - PHONE_PAGE));
  // On a phone two items show at a time, and each row's mark compares those two.
  const paged = useMediaQuery(PHONE_SCREEN, false) && count > PHONE_PAGE;
  const offPage = (index: number) => index < start || index >= start + PHONE_PAGE;
  const baseline = baselineIndex === null ? undefined : items[baselineIndex];

  const toggleGroup = (group: ComparisonGroup) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(group)) next.add(group);
      return next;
    });

  return (
    <section
      className="compare-view"
      aria-labelledby={COMPARISON_TITLE_ID}
      aria-busy={model.pending ? true : undefined}
    >
      <header className="compare-header">
        <h2 id={COMPARISON_TITLE_ID} tabIndex={-1}>
          Comparing {count} items
        </h2>
        <button
          type="button"
          onClick={() => {
            setComparisonOpen(false);
            focusSoon(() => document.getElementById(COMPARISON_OPEN_BUTTON_ID));
          }}
        >
          Back to the table
        </button>
      </header>
      <div className="compare-controls">
        <ModeSwitch mode={mode} />
        <p className="compare-count" role="status">
          {agreementCount(model)}
          {baseline
            ? `; cells marked ≠ differ from the baseline, ${screenName(baseline.name)}`
            : ''}
          .
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
            {paged ? <span className="compare-pager-note">; marks compare these two</span> : null}
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
        id={SKIP_TARGET_IDS.comparison}
        className="compare-scroll"
        role="region"
        aria-label="Comparison, scrolls sideways"
        tabIndex={0}
      >
        <table className="compare-table">
          <caption className="visually-hidden">
            {COMPARISON_MODES[mode].label} of{' '}
            {items.map((item) => screenName(item.label)).join(', ')}
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
          {groups.map(({ group, rows, ...counts }) => {
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
                      {COMPARISON_GROUPS[group].label}{' '}
                      <span className="compare-group-count">{groupCount(counts)}</span>
                    </button>
                  </th>
                </tr>
                {open
                  ? rows.map((attribute) => {
                      const status = paged
                        ? statusAmong(attribute, start, start + PHONE_PAGE)
                        : attribute.status;
                      return (
                        <tr key={attribute.id} className={`attr-${status}`}>
                          <th scope="row" className="compare-attribute">
                            {attribute.label}{' '}
                            <span className="diff-tag">{AGREEMENT_TEXT[status]}</span>
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
                      );
                    })
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
            : 'No attribute shown is stated the same for every one of these items.'}
        </p>
      ) : null}
    </section>
  );
}
