import {
  CAPABILITY_KINDS,
  CAPABILITY_KIND_IDS,
  CAPABILITY_STATUSES,
} from '../../catalogue/vocabulary';
import { COMMONALITY_LEVELS, COMMONALITY_RULE } from '../../domain/table/commonality';
import type { TableRow } from '../../domain/table/rows';
import { CitationButton } from '../shared/citation-button';

/** What Iran can make or supply for the system, and the commonality level it adds up to. */
export function CapabilityList({ row }: { row: TableRow }) {
  const level = COMMONALITY_LEVELS[row.commonality];
  return (
    <>
      <h3>What Iran can make or supply</h3>
      <ul className="capability-list">
        {CAPABILITY_KIND_IDS.map((kind) => {
          const capability = row.capabilities[kind];
          if (!capability) return null;
          const reported = capability.status === 'reported';
          return (
            <li key={kind} className={reported ? 'status-yes' : 'status-no'}>
              <span className="status-mark" aria-hidden="true">
                {reported ? '●' : '○'}
              </span>
              <strong>{CAPABILITY_KINDS[kind].label}:</strong>{' '}
              {CAPABILITY_STATUSES[capability.status].label}. {capability.detail}
              <CitationButton
                source={{ basis: 'sourced', cites: capability.cites }}
                subject={`${CAPABILITY_KINDS[kind].label.toLowerCase()} of ${row.system.name}`}
              />
            </li>
          );
        })}
      </ul>
      <p>
        <strong>Commonality: {level.label}</strong> — {level.description}.
      </p>
      <details className="rule">
        <summary>How the commonality level is worked out</summary>
        <p>{COMMONALITY_RULE}</p>
      </details>
    </>
  );
}
