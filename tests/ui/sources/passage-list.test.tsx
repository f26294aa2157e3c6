import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PassageList } from '../../../src/ui/sources/passage-list';
import { loadShippedCatalogue } from '../../support/render-with-store';

describe('PassageList', () => {
  it("draws a source's passages only once the list is opened", async () => {
    const source = loadShippedCatalogue().sources[0]!;
    const [first] = source.locators;
    render(<PassageList source={source} />);
    expect(screen.queryByText(`${first!.label}:`)).toBeNull();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);

    await userEvent.setup().click(screen.getByText(`${source.locators.length} passages used`));
    expect(screen.getByText(`${first!.label}:`)).toBeInTheDocument();
    expect(screen.getByText(first!.claim, { exact: false })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(source.locators.length);
  });
});
