import { COUNTRIES } from '../../catalogue/vocabulary';
import { isSetAsideFact, SET_ASIDE } from '../../domain/sources/fact-strength';
import { CitationButton } from '../shared/citation-button';
import { useApp } from '../shared/store-context';
import { useCounts } from './use-counts';

/** Equipment the sources name in passing: listed apart, never mixed into the comparison. */
export function MentionedList() {
  const mentioned = useApp((state) =>
    state.catalogue.status === 'ready' ? state.catalogue.data.catalogue.mentioned : [],
  );
  const counts = useCounts();
  return (
    <section className="mentioned" aria-labelledby="mentioned-title">
      <h2 id="mentioned-title">Mentioned only</h2>
      <p className="section-note">
        Equipment the sources name in passing. The catalogue has no variant or supply detail for
        these, so they are not compared.
      </p>
      <table className="plain-table">
        <thead>
          <tr>
            <th scope="col">Equipment</th>
            <th scope="col">Category</th>
            <th scope="col">Supplier · where reported</th>
            <th scope="col">Context</th>
          </tr>
        </thead>
        <tbody>
          {mentioned.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.name}</th>
              <td>{item.category}</td>
              <td>
                {/* Where the item was reported, not a handover the sources may not state (N12). */}
                {item.supplier} · in {COUNTRIES[item.recipient].label}
              </td>
              <td>
                {item.context}
                {isSetAsideFact(item.cites, counts) ? ` (${SET_ASIDE})` : ''}
                <CitationButton
                  source={{ basis: 'sourced', cites: item.cites }}
                  subject={item.name}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
