import { useId } from 'react';
import { gradeThreshold } from '../../domain/sources/grade-threshold';
import {
  EVIDENCE_LEVELS,
  GRADE_IDS,
  gradeId,
  type EvidenceLevel,
} from '../../domain/sources/trust';
import { useActions, useApp } from '../shared/store-context';

const NO_GRADES: string[] = [];

/** Which citations count: stated outright only, and only sources graded at least so well. */
export function EvidenceFilter() {
  const evidence = useApp((state) => state.view.evidence);
  const minGrade = useApp((state) => state.view.minGrade);
  const gradesKey = useApp((state) =>
    state.catalogue.status === 'ready'
      ? state.catalogue.data.sources.map((source) => gradeId(source.grade)).join(' ')
      : '',
  );
  const { setEvidence, setMinGrade } = useActions();
  const selectId = useId();
  const noteId = useId();
  const present = gradesKey === '' ? NO_GRADES : gradesKey.split(' ');
  // Only thresholds some source meets, best first; a linked threshold is kept even if none does.
  const options = GRADE_IDS.filter((id) => present.includes(id) || id === minGrade);

  return (
    <fieldset className="facet">
      <legend>Evidence counted</legend>
      {(Object.keys(EVIDENCE_LEVELS) as EvidenceLevel[]).map((option) => (
        <label key={option}>
          <input
            type="radio"
            name="evidence"
            checked={evidence === option}
            onChange={() => setEvidence(option)}
          />
          <span className="facet-label">{EVIDENCE_LEVELS[option].label}</span>
        </label>
      ))}
      <label htmlFor={selectId} className="select-label">
        Sources graded
      </label>
      <select
        id={selectId}
        value={minGrade ?? ''}
        aria-describedby={noteId}
        onChange={(event) => {
          const value = event.target.value;
          setMinGrade(GRADE_IDS.find((id) => id === value) ?? null);
        }}
      >
        <option value="">Any grade</option>
        {options.map((id) => (
          <option key={id} value={id}>
            {gradeThreshold(id).option}
          </option>
        ))}
      </select>
      <p id={noteId} className="hint">
        {minGrade ? `${gradeThreshold(minGrade).explanation} ` : ''}Grades are this project&rsquo;s
        own assessment of each source (NATO Admiralty Code: reliability A–F, credibility 1–6). A
        fact whose citations are all left out is set aside.
      </p>
    </fieldset>
  );
}
