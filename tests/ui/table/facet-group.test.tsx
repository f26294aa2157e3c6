import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FacetGroup } from '../../../src/ui/table/facet-group';

// The place a pending count keeps is layout, checked in Chromium by layout-shift.spec.
const group = (count: number | null) =>
  render(
    <FacetGroup
      legend="Platform type"
      options={[{ id: 'mbt', label: 'Main battle tank', count, checked: false }]}
      onToggle={() => undefined}
    />,
  );

describe('FacetGroup', () => {
  it('says no number while a count is on its way', () => {
    group(null);
    expect(screen.getByRole('checkbox', { name: 'Main battle tank' })).toBeVisible();
    expect(screen.getByRole('group', { name: 'Platform type' })).toHaveTextContent(
      /^Platform typeMain battle tank$/,
    );
  });

  it('names the count once it is known', () => {
    group(1200);
    expect(
      screen.getByRole('checkbox', { name: /^Main battle tank\s*:\s*1,200\s*systems$/ }),
    ).toBeVisible();
  });
});
