import type { System } from '../../catalogue/schema';
import { REFERENCE_FACT_KINDS, REFERENCE_FACT_KIND_IDS } from '../../catalogue/vocabulary';
import { screenName } from '../../domain/view/screen-text';
import { CitationButton } from '../shared/citation-button';
import { ScreenText } from '../shared/screen-text';

/** Standard facts no source states, marked as general reference. */
export function ReferenceList({ system }: { system: System }) {
  const name = screenName(system.name);
  return (
    <>
      <h3>General reference</h3>
      <dl className="reference-list">
        {REFERENCE_FACT_KIND_IDS.map((kind) => (
          <div key={kind} className="reference">
            <dt>{REFERENCE_FACT_KINDS[kind].label}</dt>
            <dd>
              {system.reference[kind] ? (
                <ScreenText text={system.reference[kind].value} />
              ) : (
                <span className="empty">not recorded</span>
              )}
              {system.reference[kind] ? (
                <CitationButton
                  source={{ basis: 'reference' }}
                  subject={`${REFERENCE_FACT_KINDS[kind].label.toLowerCase()} of ${name}`}
                />
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
