import { useState } from 'react';
import type { Source } from '../../catalogue/register-schema';

/**
 * The passages a source's facts cite, drawn once the list is opened (the register is not printed).
 * A large file's register lists thousands of passages: drawn while closed, they were most of the
 * page's elements and a long task when the file opened (issue 24).
 */
export function PassageList({ source }: { source: Source }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{source.locators.length} passages used</summary>
      {open ? (
        <ul>
          {source.locators.map((locator) => (
            <li key={locator.id}>
              <strong>{locator.label}:</strong> {locator.claim}
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
