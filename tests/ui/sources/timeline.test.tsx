import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../../src/ui/sources/timeline';
import { loadShippedCatalogue, renderWithStore, viewWith } from '../../support/render-with-store';

const { catalogue } = loadShippedCatalogue();
const { events } = catalogue;
const item = (text: RegExp) =>
  screen
    .getAllByRole('listitem')
    .find(
      (li) => li.parentElement?.classList.contains('timeline') && text.test(li.textContent ?? ''),
    );

describe('Timeline', () => {
  it('says how each date is known: as the passage gives it, or worked out and how', async () => {
    await renderWithStore(<Timeline events={events} />);
    const worked = events.find((event) => event.dateNote);
    const stated = events.find((event) => !event.dateNote);
    expect(worked && stated).toBeTruthy();
    const workedItem = item(new RegExp(worked?.description.slice(0, 30) ?? '-'));
    expect(workedItem).toHaveTextContent('Date: date worked out, not given outright.');
    expect(workedItem).toHaveTextContent(worked?.dateNote ?? '-');
    expect(item(new RegExp(stated?.description.slice(0, 30) ?? '-'))).toHaveTextContent(
      'Date: date as the cited passage gives it.',
    );
  });

  it("marks each event's citations", async () => {
    await renderWithStore(<Timeline events={events} />);
    const first = item(/./);
    expect(first && within(first).getByRole('button', { name: /^S0\d\d/ })).toBeTruthy();
  });

  it('keeps an event resting only on inferences listed, as set aside, under "stated outright only"', async () => {
    const inferredOnly = events.find((event) =>
      event.cites.every((cite) => cite.confidence === 'inferred'),
    );
    const stated = events.find((event) => event.cites.some((cite) => cite.confidence === 'stated'));
    await renderWithStore(<Timeline events={events} />, { view: viewWith({ evidence: 'stated' }) });
    const aside = item(new RegExp(inferredOnly?.description.slice(0, 30) ?? '-'));
    expect(aside).toHaveTextContent('set aside by the filter');
    expect(item(new RegExp(stated?.description.slice(0, 30) ?? '-'))).not.toHaveTextContent(
      'set aside by the filter',
    );
  });

  it('sets nothing aside when every citation counts', async () => {
    await renderWithStore(<Timeline events={events} />);
    expect(screen.queryByText(/set aside by the filter/)).not.toBeInTheDocument();
  });

  it('draws a long timeline a page at a time, oldest first, and the rest on asking', async () => {
    const many = Array.from({ length: 250 }, (_, i) => ({
      ...events[0]!,
      id: `many-${i}`,
      date: `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      precision: 'month' as const,
      description: `Drill event ${i}`,
    })).reverse();
    const { user } = await renderWithStore(<Timeline events={many} />);
    const drawn = () => screen.getAllByText(/^Drill event \d+/).map((node) => node.textContent);
    expect(drawn()).toHaveLength(100);
    expect(drawn()[0]).toMatch(/^Drill event 0\b/);
    await user.click(screen.getByRole('button', { name: 'Show 100 more of 250' }));
    expect(drawn()).toHaveLength(200);
    await user.click(screen.getByRole('button', { name: 'Show 50 more of 250' }));
    expect(drawn()).toHaveLength(250);
    expect(screen.queryByRole('button', { name: /more of/ })).toBeNull();
  });
});
