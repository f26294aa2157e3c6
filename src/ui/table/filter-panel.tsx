import {
  CAPABILITY_KINDS,
  CAPABILITY_KIND_IDS,
  COUNTRIES,
  OPERATORS,
  OPERATOR_IDS,
  PLATFORM_TYPES,
  PLATFORM_TYPE_IDS,
} from '../../catalogue/vocabulary';
import { FILTER_COLUMN_IDS } from '../../domain/table/model';
import { SOURCE_BASES, type SourceBasis } from '../../domain/view/state';
import { PlatformIcon } from '../shared/platform-icon';
import { SearchBox } from './search-box';
import { useActions, useApp } from '../shared/store-context';
import type { ComparisonTable } from './use-table';

type Option<T extends string> = { id: T; label: string; count: number; checked: boolean };

const facetOptions = <T extends string>(
  ids: readonly T[],
  labelOf: (id: T) => string,
  counts: ReadonlyMap<unknown, number>,
  chosen: readonly T[],
): Option<T>[] =>
  ids.map((id) => ({
    id,
    label: labelOf(id),
    count: counts.get(id) ?? 0,
    checked: chosen.includes(id),
  }));

function FacetGroup<T extends string>({
  legend,
  options,
  onToggle,
  icon,
}: {
  legend: string;
  options: readonly Option<T>[];
  onToggle: (id: T) => void;
  icon?: (id: T) => React.ReactNode;
}) {
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label
          key={option.id}
          className={option.count === 0 && !option.checked ? 'facet-zero' : ''}
        >
          <input type="checkbox" checked={option.checked} onChange={() => onToggle(option.id)} />
          {icon?.(option.id)}
          <span className="facet-label">{option.label}</span>
          <span className="facet-count">
            <span className="visually-hidden">: </span>
            {option.count}
            <span className="visually-hidden">{option.count === 1 ? ' system' : ' systems'}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** Counts beside each option come from the table's faceted row model (other filters applied). */
export function FilterPanel({ table }: { table: ComparisonTable }) {
  const view = useApp((state) => state.view);
  const actions = useActions();
  const counts = (columnId: string) =>
    table.getColumn(columnId)?.getFacetedUniqueValues() ?? new Map<unknown, number>();
  const typeCounts = counts('platformType');
  const operatorCounts = counts(FILTER_COLUMN_IDS.operators);
  const capabilityCounts = counts(FILTER_COLUMN_IDS.capabilities);
  // Only operators that some system has: the options follow the data, not a hand-kept list.
  const allOperators = new Set(
    table.getCoreRowModel().rows.flatMap((row) => row.original.operators),
  );

  return (
    <div className="filter-panel" role="search" aria-label="Filter the systems">
      <SearchBox />
      <FacetGroup
        legend="Platform type"
        options={facetOptions(
          PLATFORM_TYPE_IDS,
          (id) => PLATFORM_TYPES[id].label,
          typeCounts,
          view.platformTypes,
        )}
        onToggle={actions.togglePlatformType}
        icon={(id) => <PlatformIcon type={id} />}
      />
      {(['iraq', 'iran'] as const).map((country) => (
        <FacetGroup
          key={country}
          legend={`${COUNTRIES[country].adjective} operator`}
          options={facetOptions(
            OPERATOR_IDS.filter(
              (id) =>
                OPERATORS[id].country === country &&
                (allOperators.has(id) || view.operators.includes(id)),
            ),
            (id) => OPERATORS[id].label,
            operatorCounts,
            view.operators,
          )}
          onToggle={actions.toggleOperator}
        />
      ))}
      <FacetGroup
        legend="Iran can supply"
        options={facetOptions(
          CAPABILITY_KIND_IDS,
          (id) => CAPABILITY_KINDS[id].label,
          capabilityCounts,
          view.capabilities,
        )}
        onToggle={actions.toggleCapability}
      />
      <fieldset className="facet">
        <legend>Facts shown</legend>
        {(Object.keys(SOURCE_BASES) as SourceBasis[]).map((basis) => (
          <label key={basis}>
            <input
              type="radio"
              name="basis"
              checked={view.basis === basis}
              onChange={() => actions.setBasis(basis)}
            />
            <span className="facet-label">{SOURCE_BASES[basis].label}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="facet">
        <legend>Other equipment</legend>
        <label>
          <input
            type="checkbox"
            checked={view.showMentioned}
            onChange={(event) => actions.setShowMentioned(event.target.checked)}
          />
          <span className="facet-label">Show equipment the sources only mention</span>
        </label>
      </fieldset>
    </div>
  );
}
