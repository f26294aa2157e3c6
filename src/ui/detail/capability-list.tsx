import {
  CAPABILITY_KINDS,
  CAPABILITY_KIND_IDS,
  CAPABILITY_STATUSES,
  CONFIDENCES,
  isReported,
} from '../../catalogue/vocabulary';
import { COMMONALITY_RULE, EVIDENCE_QUALIFIERS } from '../../domain/table/commonality-levels';
import { commonalityDescription, commonalityText } from '../../domain/table/commonality-text';
import { capabilityText } from '../../domain/table/cell-text';
import type { TableRow } from '../../domain/table/rows';
import { screenName } from '../../domain/view/screen-text';
import { TermText } from '../glossary/term';
import { CitationButton } from '../shared/citation-button';
import { ScreenText } from '../shared/screen-text';

/** What Iran can make or supply for the system, and the commonality level it adds up to. */
export function CapabilityList({ row }: { row: TableRow }) {
  const { commonality } = row;
  const name = screenName(row.system.name);
  return (
    <>
      <h3>What Iran can make or supply</h3>
      <ul className="capability-list">
        {CAPABILITY_KIND_IDS.map((kind) => {
          const capability = row.capabilities[kind];
          if (!capability) return null;
          const setAside = row.setAside.includes(kind);
          const reported = isReported(capability.status) && !setAside;
          return (
            <li key={kind} className={reported ? 'status-yes' : 'status-no'}>
              <span className="status-mark" aria-hidden="true">
                {reported ? '●' : '○'}
              </span>
              <strong>{CAPABILITY_KINDS[kind].label}:</strong>{' '}
              <TermText text={capabilityText(row, kind)} />. <ScreenText text={capability.detail} />
              <CitationButton
                source={{ basis: 'sourced', cites: capability.cites }}
                subject={`${CAPABILITY_KINDS[kind].label.toLowerCase()} of ${name}`}
              />
            </li>
          );
        })}
      </ul>
      <p>
        <strong>Commonality: {commonalityText(commonality)}</strong> —{' '}
        {commonalityDescription(commonality)}
        {commonality.weakest ? `; ${EVIDENCE_QUALIFIERS[commonality.weakest].description}` : ''}.
      </p>
      {commonality.restsOn.length > 0 ? (
        <p className="rests-on">
          It rests on:{' '}
          {commonality.restsOn
            .map(
              (support) =>
                `${CAPABILITY_KINDS[support.kind].label.toLowerCase()} (${CAPABILITY_STATUSES[
                  support.capability.status
                ].label.toLowerCase()}, ${CONFIDENCES[support.confidence].label.toLowerCase()})`,
            )
            .join('; ')}
          .
        </p>
      ) : null}
      <details className="rule">
        <summary>How the commonality level is worked out</summary>
        <p>{COMMONALITY_RULE}</p>
      </details>
    </>
  );
}
