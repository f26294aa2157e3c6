import type { System } from '../../catalogue/schema';
import { COUNTRIES, COUNTRY_IDS } from '../../catalogue/vocabulary';
import { detailVariants } from '../../domain/detail/variants';
import { TermText } from '../glossary/term';
import { CitationButton } from '../shared/citation-button';

/** The system's Iraqi and Iranian variants side by side, attribute by attribute. */
export function VariantsTable({ system }: { system: System }) {
  return (
    <table className="side-by-side">
      <thead>
        <tr>
          <th scope="col">Attribute</th>
          {COUNTRY_IDS.map((country) => (
            <th key={country} scope="col">
              {COUNTRIES[country].label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {detailVariants(system).map((attribute) => (
          <tr key={attribute.attribute} className={attribute.differs ? 'differs' : 'same'}>
            <th scope="row">
              {attribute.attribute}
              <span className="diff-tag">{attribute.differs ? 'differs' : 'same'}</span>
            </th>
            {COUNTRY_IDS.map((country) => (
              <td key={country}>
                {attribute[country].text ? (
                  <TermText text={attribute[country].text} />
                ) : (
                  <span className="empty">not stated</span>
                )}
                {attribute[country].text ? (
                  <CitationButton
                    source={{ basis: 'sourced', cites: attribute[country].cites }}
                    subject={`${attribute.attribute.toLowerCase()}, ${COUNTRIES[country].adjective} side`}
                  />
                ) : null}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
