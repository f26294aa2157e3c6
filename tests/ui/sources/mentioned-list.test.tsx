import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MentionedList } from '../../../src/ui/sources/mentioned-list';
import { renderWithStore, viewWith } from '../../support/render-with-store';

const rowOf = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name}`) });

describe('MentionedList', () => {
  it('says where an item was reported rather than drawing a handover (N12, #15)', async () => {
    await renderWithStore(<MentionedList />);
    expect(screen.getByRole('columnheader', { name: 'Supplier · where reported' })).toBeVisible();
    expect(within(rowOf('Su-25')).getByText(/· in Iraq$/)).toBeInTheDocument();
    expect(screen.queryByText(/→/)).not.toBeInTheDocument();
  });

  it('keeps items listed, as set aside by the filter, when the grade filter leaves out their sources', async () => {
    await renderWithStore(<MentionedList />, { view: viewWith({ minGrade: 'B2' }) });
    // S001 (graded F3) names the Su-25: "B2 or better" sets it aside, and the row says so.
    expect(rowOf('Su-25')).toHaveTextContent('(set aside by the filter)');
  });

  it('sets nothing aside when every citation counts', async () => {
    await renderWithStore(<MentionedList />);
    expect(screen.queryByText(/set aside by the filter/)).not.toBeInTheDocument();
  });
});
