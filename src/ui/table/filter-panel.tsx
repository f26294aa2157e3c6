import { FACET_FIELDS, type FacetField, type FacetValue } from '../../domain/table/facets';
import { SOURCE_BASES, type SourceBasis } from '../../domain/view/state';
import { GlossaryHits } from '../glossary/glossary-hits';
import { PlatformIcon } from '../shared/platform-icon';
import { useFacets } from '../shared/use-facets';
import { SearchBox } from './search-box';
import { useActions, useApp } from '../shared/store-context';
import { EvidenceFilter } from './evidence-filter';
import { FacetGroup } from './facet-group';
import type { TableModel } from './use-table';

/** One facet's groups of options, as the facet table declares them, with the query's counts. */
function FacetFilter<F extends FacetField>({ field, model }: { field: F; model: TableModel }) {
  const spec = useFacets()[field];
  const chosen: readonly FacetValue<F>[] = useApp((state) => state.view[field]);
  const { toggleFacet } = useActions();
  const counts = model.counts[field];
  const present = model.present[field];
  const shown = (id: FacetValue<F>) => {
    const position = spec.ids.indexOf(id);
    return !spec.presentOnly || chosen.includes(id) || (present & (1 << position)) !== 0;
  };
  return spec.groups.map((group) => (
    <FacetGroup
      key={group.legend}
      legend={group.legend}
      options={group.ids.filter(shown).map((id) => ({
        id,
        label: spec.label(id),
        count: model.answered ? (counts[spec.ids.indexOf(id)] ?? 0) : null,
        checked: chosen.includes(id),
      }))}
      onToggle={(id) => toggleFacet(field, id)}
      {...(field === 'platformTypes'
        ? { icon: (id: FacetValue<F>) => <PlatformIcon type={id} /> }
        : {})}
    />
  ));
}

/** Counts beside each option come from the table's query (the other filters applied). */
export function FilterPanel({ model }: { model: TableModel }) {
  const basis = useApp((state) => state.view.basis);
  const showMentioned = useApp((state) => state.view.showMentioned);
  const actions = useActions();

  return (
    <div className="filter-panel" role="search" aria-label="Filter the systems">
      <SearchBox />
      <GlossaryHits />
      {FACET_FIELDS.map((field) => (
        <FacetFilter key={field} field={field} model={model} />
      ))}
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
