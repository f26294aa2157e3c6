import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dealRow, sipriText, windows1252, type Deal } from '../../support/sipri-export';
import { renderWithStore } from '../../support/render-with-store';

const deal = (recipient: string, designation: string, more: Partial<Deal> = {}) =>
  dealRow({ recipient, supplier: 'Russia', designation, description: 'IFV', ...more });
const csv = (bytes: Uint8Array<ArrayBuffer> | string, name: string) =>
  new File([bytes], name, { type: 'text/csv' });

describe('Opening a SIPRI trade register', () => {
  it('says what it read, lists the records it could not read, and shows the systems in common', async () => {
    const { user } = await renderWithStore();
    const text = sipriText([
      deal('Iraq', 'BMP-1', { supplier: "Côte d'Ivoire" }),
      deal('Iran', 'BMP-1P'),
      deal('Iran', 'T-72M1', { description: 'tank' }),
      'Iraq,Russia,1990',
      deal('Egypt', 'BMP-1'),
    ]);
    await act(() =>
      user.upload(screen.getByLabelText('Open catalogue'), csv(windows1252(text), 'register.csv')),
    );
    const summary = await screen.findByRole(
      'region',
      {
        name: 'SIPRI trade register, generated 13 Mar 2025: 4 deals read; Iraq in 1, Iran in 2; 1 system in common',
      },
      { timeout: 10_000 },
    );
    expect(within(summary).getByText('1 record could not be read:')).toBeInTheDocument();
    expect(
      within(summary).getByText('Line 16: has 3 fields where the header has 16.'),
    ).toBeInTheDocument();
    expect(screen.getByText('(register.csv)')).toBeInTheDocument();
    // The table answers from the catalogue service a moment after the summary shows.
    const open = await screen.findByRole(
      'button',
      { name: 'BMP-1: open details' },
      { timeout: 10_000 },
    );
    await user.click(open);
    const detail = await screen.findByRole('dialog', { name: /BMP-1/ });
    expect(detail).toHaveTextContent("from Côte d'Ivoire");
    expect(detail).toHaveTextContent('Iraq (branch not given)');
  });

  it('refuses a CSV that is not a SIPRI export, says what it opens, and keeps the table', async () => {
    const { user } = await renderWithStore();
    await act(() =>
      user.upload(
        screen.getByLabelText('Open catalogue'),
        csv('name,count\nT-72,3\n', 'holdings.csv'),
      ),
    );
    const alert = await screen.findByRole(
      'alert',
      { name: 'holdings.csv could not be opened' },
      { timeout: 10_000 },
    );
    expect(alert).toHaveTextContent(
      'is a table (CSV or TSV) but not a SIPRI trade-register export',
    );
    expect(alert).toHaveTextContent('its own catalogue files (.json');
    expect(screen.getByText('Built-in catalogue')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'T-72: open details' })).toBeInTheDocument();
  });
});
