import type { ReactNode } from 'react';
import { countText } from '../../domain/view/count-text';

type FacetOption<T extends string> = {
  id: T;
  label: string;
  /** Null until the table's first answer: no count is known yet. */
  count: number | null;
  checked: boolean;
};

export function FacetGroup<T extends string>({
  legend,
  options,
  onToggle,
  icon,
}: {
  legend: string;
  options: readonly FacetOption<T>[];
  onToggle: (id: T) => void;
  icon?: (id: T) => ReactNode;
}) {
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label
          key={option.id}
          className={option.count === 0 && !option.checked ? 'facet-zero' : ''}
        >
          <input type="checkbox" checked={option.checked} onChange={() => onToggle(option.id)} />
          {icon?.(option.id)}
          <span className="facet-label">{option.label}</span>
          {option.count === null ? (
            // The count's place is kept while it is on its way, so the label does not move when
            // it comes (a layout shift Lighthouse counted, issue 22); it says nothing meanwhile.
            <span className="facet-count facet-count-pending" aria-hidden="true" />
          ) : (
            <span className="facet-count">
              <span className="visually-hidden">: </span>
              {countText(option.count)}
              <span className="visually-hidden">{option.count === 1 ? ' system' : ' systems'}</span>
            </span>
          )}
        </label>
      ))}
    </fieldset>
  );
}
