import { useId, type ReactNode } from 'react';

/** One choice out of a few, as radio buttons in a row: the column sets, the comparison modes. */
export function SegmentedSwitch<Id extends string>({
  legend,
  className,
  legendClassName,
  options,
  chosen,
  choose,
}: {
  legend: string;
  className: string;
  legendClassName?: string;
  options: readonly { id: Id; label: ReactNode }[];
  chosen: Id;
  choose: (id: Id) => void;
}) {
  const name = useId();
  return (
    <fieldset className={className}>
      <legend className={legendClassName}>{legend}</legend>
      {options.map(({ id, label }) => (
        <label key={id}>
          <input
            type="radio"
            name={name}
            value={id}
            checked={chosen === id}
            onChange={() => choose(id)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
