import { useId, useRef } from 'react';
import { NAME_LIMIT, screenName } from '../../domain/view/screen-text';
import { COMPARISON_LIMIT } from '../../domain/view/state';
import { COMPARISON_OPEN_BUTTON_ID, COMPARISON_TITLE_ID, focusSoon } from './focus';
import { ScreenText } from '../shared/screen-text';
import { useActions, useApp } from '../shared/store-context';
import { useComparisonModel } from './use-model';
import { useTrayHeight } from './use-tray-height';

/** The picked items, kept in view at the bottom of the screen: remove, clear, open the comparison. */
export function ComparisonTray() {
  const { items, pending } = useComparisonModel();
  const comparisonOpen = useApp((state) => state.view.comparisonOpen);
  const { removeComparisonItem, clearComparison, setComparisonOpen } = useActions();
  const tray = useRef<HTMLElement>(null);
  const hintId = useId();
  useTrayHeight(tray, items.length > 0);
  if (items.length === 0) return null;
  const canCompare = items.length >= 2;

  const remove = (id: string, index: number) => {
    removeComparisonItem(id);
    focusSoon(() => {
      const buttons = tray.current?.querySelectorAll<HTMLButtonElement>('.compare-chip button');
      if (!buttons || buttons.length === 0) return document.getElementById('main');
      return buttons[Math.min(index, buttons.length - 1)];
    });
  };

  return (
    <section
      ref={tray}
      aria-label="Compare tray"
      className="compare-tray"
      aria-busy={pending ? true : undefined}
    >
      <p className="compare-tray-title">
        <strong>Compare</strong>{' '}
        <span className="compare-tray-count">
          {items.length} of {COMPARISON_LIMIT} picked
        </span>
      </p>
      <ul className="compare-tray-items">
        {items.map((item, index) => (
          <li key={item.id} className="chip compare-chip">
            <span>
              <ScreenText text={item.label} limit={NAME_LIMIT} />
            </span>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove ${screenName(item.name)} from comparison`}
              onClick={() => remove(item.id, index)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="compare-tray-actions">
        {canCompare ? null : (
          <p id={hintId} className="hint">
            Pick at least 2 items to compare.
          </p>
        )}
        <button
          type="button"
          onClick={() => {
            clearComparison();
            focusSoon(() => document.getElementById('main'));
          }}
        >
          Clear all
        </button>
        {comparisonOpen ? (
          <button
            type="button"
            id={COMPARISON_OPEN_BUTTON_ID}
            onClick={() => {
              setComparisonOpen(false);
              focusSoon(() => document.getElementById(COMPARISON_OPEN_BUTTON_ID));
            }}
          >
            Close comparison
          </button>
        ) : (
          <button
            type="button"
            id={COMPARISON_OPEN_BUTTON_ID}
            className="primary"
            disabled={!canCompare}
            aria-describedby={canCompare ? undefined : hintId}
            onClick={() => {
              setComparisonOpen(true);
              focusSoon(() => document.getElementById(COMPARISON_TITLE_ID));
            }}
          >
            Compare {items.length} {items.length === 1 ? 'item' : 'items'}
          </button>
        )}
      </div>
    </section>
  );
}
