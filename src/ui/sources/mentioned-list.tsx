import { COUNTRIES } from '../../catalogue/vocabulary';
import { CitationButton } from '../shared/citation-button';
import { useApp } from '../shared/store-context';

/** Equipment the sources name in passing: listed apart, never mixed into the comparison. */
export function MentionedList() {
  const mentioned = useApp((state) =>
    state.catalogue.status === 'ready' ? state.catalogue.data.catalogue.mentioned : [],
  );
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
            <th scope="col">Supplier → recipient</th>
            <th scope="col">Context</th>
          </tr>
        </thead>
        <tbody>
          {mentioned.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.name}</th>
              <td>{item.category}</td>
              <td>
                {item.supplier} → {COUNTRIES[item.recipient].label}
              </td>
              <td>
                {item.context}
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
