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
import { GlossaryHits } from '../glossary/glossary-hits';
import { PlatformIcon } from '../shared/platform-icon';
import { SearchBox } from './search-box';
import { useActions, useApp } from '../shared/store-context';
import { EvidenceFilter } from './evidence-filter';
import { FacetGroup, facetOptions } from './facet-group';
import type { TableModel } from './use-table';

/** Counts beside each option come from the table's faceted row model (other filters applied). */
export function FilterPanel({ table }: { table: TableModel }) {
  const platformTypes = useApp((state) => state.view.platformTypes);
  const operators = useApp((state) => state.view.operators);
  const capabilities = useApp((state) => state.view.capabilities);
  const basis = useApp((state) => state.view.basis);
  const showMentioned = useApp((state) => state.view.showMentioned);
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
      <GlossaryHits />
      <FacetGroup
        legend="Platform type"
        options={facetOptions(
          PLATFORM_TYPE_IDS,
          (id) => PLATFORM_TYPES[id].label,
          typeCounts,
          platformTypes,
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
                (allOperators.has(id) || operators.includes(id)),
            ),
            (id) => OPERATORS[id].label,
            operatorCounts,
            operators,
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
          capabilities,
        )}
        onToggle={actions.toggleCapability}
      />
      <fieldset className="facet">
        <legend>Facts shown</legend>
        {(Object.keys(SOURCE_BASES) as SourceBasis[]).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="basis"
              checked={basis === option}
              onChange={() => actions.setBasis(option)}
            />
            <span className="facet-label">{SOURCE_BASES[option].label}</span>
          </label>
        ))}
      </fieldset>
      <EvidenceFilter />
      <fieldset className="facet">
        <legend>Other equipment</legend>
        <label>
          <input
            type="checkbox"
            checked={showMentioned}
            onChange={(event) => actions.setShowMentioned(event.target.checked)}
          />
          <span className="facet-label">Show equipment the sources only mention</span>
        </label>
      </fieldset>
    </div>
  );
}
