import {
  COMMONALITY_LEVELS,
  EVIDENCE_QUALIFIERS,
  SET_ASIDE_LEVEL,
  type CommonalityLevel,
} from '../../domain/table/commonality-levels';
import { Term } from '../glossary/term';

/** High first. */
const LEVELS = (Object.keys(COMMONALITY_LEVELS) as CommonalityLevel[]).sort(
  (a, b) => COMMONALITY_LEVELS[b].rank - COMMONALITY_LEVELS[a].rank,
);

/** How to read the table; each mark and status opens its glossary entry. */
export function FactLegend() {
  return (
    <dl className="legend" aria-label="How to read the table">
      <div>
        <dt>
          <span className="status-mark">●</span> <Term term="makes">Makes</Term> /{' '}
          <Term term="built">Has built</Term> / <Term term="offers">Offers</Term> /{' '}
          <Term term="service-experience">Has experience</Term>
        </dt>
        <dd>
          a source says Iran makes it, has built it (whether it still does is not stated), offers it
          (making it is not stated), or has long experience with the system
        </dd>
      </div>
      <div>
        <dt>
          <span className="status-mark">○</span> <Term term="not-reported">Not reported</Term>
        </dt>
        <dd>no source says so: the sources are silent, not negative</dd>
      </div>
      <div>
        <dt>
          · <Term term="inferred">inferred</Term>
        </dt>
        <dd>the source implies it without saying it outright</dd>
      </div>
      <div>
        <dt>
          <Term term="source-id" className="cite-button cite-sourced">
            S000
          </Term>
        </dt>
        <dd>
          a fact from a source document
          {/* Paper has no button to press; its source notes follow the table. */}
          <span className="legend-press">: press it to see where</span>
        </dd>
      </div>
      <div>
        <dt>
          <Term term="general-reference" className="cite-button cite-reference">
            ref
          </Term>
        </dt>
        <dd>general reference: a standard fact no source states</dd>
      </div>
      <div>
        <dt>
          <Term term="rule" className="cite-button cite-derived">
            rule
          </Term>
        </dt>
        <dd>worked out from the sourced records</dd>
      </div>
      {/* What each commonality level means, so paper and screen can be read without the rule. */}
      {LEVELS.map((level) => (
        <div key={level} className="legend-level">
          <dt>
            <span className={`level level-${level}`}>{COMMONALITY_LEVELS[level].label}</span>
          </dt>
          <dd>{COMMONALITY_LEVELS[level].description}</dd>
        </div>
      ))}
      <div className="legend-level">
        <dt>
          <span className="level level-none">{SET_ASIDE_LEVEL.label}</span>
        </dt>
        <dd>{SET_ASIDE_LEVEL.description}</dd>
      </div>
      <div className="legend-level">
        <dt>· {EVIDENCE_QUALIFIERS.stated.label}</dt>
        <dd>
          {EVIDENCE_QUALIFIERS.stated.description}; · {EVIDENCE_QUALIFIERS.inferred.label}:{' '}
          {EVIDENCE_QUALIFIERS.inferred.description}
        </dd>
      </div>
    </dl>
  );
}
