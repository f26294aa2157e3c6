// The table model is one object per answer: a change of view that has no answer yet gives the
// parts that take the model nothing new to draw, so a keystroke redraws the search box, not the page.
import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useTableModel, type TableModel } from '../../../src/ui/table/use-table';
import { renderWithStore } from '../../support/render-with-store';

function renderModel() {
  const models: TableModel[] = [];
  function Probe() {
    const model = useTableModel();
    if (models.at(-1) !== model) models.push(model);
    return null;
  }
  return { models, rendered: renderWithStore(<Probe />) };
}

describe('useTableModel', () => {
  it('hands out a new model only when the answer to a new view comes', async () => {
    const { models, rendered } = renderModel();
    const { store } = await rendered;
    await waitFor(() => expect(models.at(-1)?.answered).toBe(true));
    const before = models.length;
    const answered = models.at(-1);

    act(() => store.getState().actions.setSearch('t-72'));
    // The view moved on; its answer has not come.
    expect(models.at(-1)).toBe(answered);

    await waitFor(() => expect(models.at(-1)?.shown).toBe(1));
    expect(models.length).toBe(before + 1);
  });
});
