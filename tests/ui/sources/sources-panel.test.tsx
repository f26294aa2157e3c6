import { screen, within } from '@testing-library/react';
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

describe("SourcesPanel's reports", () => {
  it('lists the reports a document carries, each with its carrier, reliability in words and reason', async () => {
    await renderWithStore(<SourcesPanel />);
    const reports = screen.getByRole('list', {
      name: 'Reports it carries, each graded for its originator',
    });
    const items = within(reports).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(
      /^US State Department \(its spokeswoman, Jen Psaki\), carried by BBC News, from a Reuters story, quoted by this blog/,
    );
    expect(items[0]).toHaveTextContent(
      /Reliability B \(usually reliable source\): a government department/,
    );
    expect(items[1]).toHaveTextContent(/^BBC News \(drawing on Reuters\), carried by this blog/);
  });

  it('lists no reports under a document that relays none', async () => {
    await renderWithStore(<SourcesPanel />);
    // Only S000 relays reports of other originators.
    expect(screen.getAllByRole('list', { name: /^Reports it carries/ })).toHaveLength(1);
  });

  it("says once that the grades are the project's own assessment", async () => {
    await renderWithStore(<SourcesPanel />);
    expect(screen.getAllByText(/this project’s own assessment/)).toHaveLength(1);
  });
});
