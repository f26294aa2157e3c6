import { COUNTRIES, COUNTRY_IDS } from '../../catalogue/vocabulary';
import { detailVariants, SIDES_STATUS_TEXT } from '../../domain/detail/variants';
import type { TableRow } from '../../domain/table/rows';
import { TermText } from '../glossary/term';
import { sourcesLeavingOut } from '../../domain/sources/corroboration';
import { CitationButton } from '../shared/citation-button';
import { useSourceIndex } from '../shared/use-source-index';

/**
 * The system's Iraqi and Iranian variants side by side, attribute by attribute, with where two
 * sources differ, and which sources do not cover this kind of equipment at all.
 */
export function VariantsTable({ row }: { row: TableRow }) {
  const { system } = row;
  const register = useSourceIndex();
  const silent = sourcesLeavingOut(system.platformType, register.values());
  return (
    <>
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
          {detailVariants(row).map((attribute) => (
            <tr key={attribute.attribute} className={attribute.status}>
              <th scope="row">
                {attribute.attribute}
                <span className="diff-tag">{SIDES_STATUS_TEXT[attribute.status]}</span>
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
                  {attribute[country].differences.map((difference) => (
                    <p key={difference.source} className="source-differs">
                      <strong>Sources differ</strong> ({difference.source}): {difference.text}
                    </p>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {silent.map((source) => (
        <p key={source.id} className="coverage-note">
          <strong>Not covered by {source.id}</strong> ({source.outlet}): {source.coverage?.note}
        </p>
      ))}
    </>
  );
}
