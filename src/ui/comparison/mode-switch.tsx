import { COMPARISON_MODES, type ComparisonMode } from '../../domain/view/state';
import { SegmentedSwitch } from '../shared/segmented-switch';
import { useActions } from '../shared/store-context';

const MODES = (Object.keys(COMPARISON_MODES) as ComparisonMode[]).map((id) => ({
  id,
  label: COMPARISON_MODES[id].label,
}));

export function ModeSwitch({ mode }: { mode: ComparisonMode }) {
  const { setComparisonMode } = useActions();
  return (
    <SegmentedSwitch
      legend="Show"
      className="compare-modes"
      options={MODES}
      chosen={mode}
      choose={setComparisonMode}
    />
  );
}
