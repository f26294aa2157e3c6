import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { citationCounts } from '../../../src/domain/sources/citation-index';
import { SourcesPanel } from '../../../src/ui/sources/sources-panel';
import { loadShippedCatalogue, renderWithStore } from '../../support/render-with-store';

describe('SourcesPanel', () => {
  it("counts each source's citing facts at once and lists them only when opened", async () => {
    const count = citationCounts(loadShippedCatalogue().catalogue).get('S000') ?? 0;
    const { user } = await renderWithStore(<SourcesPanel />);
    const fact = /^M109 · spares & servicing: Makes/;
    expect(screen.queryByText(fact)).toBeNull();

    await user.click(screen.getByText(`${count.toLocaleString('en')} facts cite S000`));
    expect(screen.getAllByText(fact).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(Math.min(count, 200));
  });
});
