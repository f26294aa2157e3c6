import { useId } from 'react';
import { COMPARISON_MODES, type ComparisonMode } from '../../domain/view/state';
import { useActions } from '../shared/store-context';

export function ModeSwitch({ mode }: { mode: ComparisonMode }) {
  const { setComparisonMode } = useActions();
  const name = useId();
  return (
    <fieldset className="compare-modes">
      <legend>Show</legend>
      {(Object.keys(COMPARISON_MODES) as ComparisonMode[]).map((id) => (
        <label key={id}>
          <input
            type="radio"
            name={name}
            value={id}
            checked={mode === id}
            onChange={() => setComparisonMode(id)}
          />
          {COMPARISON_MODES[id].label}
        </label>
      ))}
    </fieldset>
  );
}
