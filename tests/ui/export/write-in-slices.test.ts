import { describe, expect, it } from 'vitest';
import { ROWS_PER_STEP, writeInSlices } from '../../../src/ui/export/write-in-slices';
import { yieldToPage } from '../../../src/ui/export/yield-to-page';

const rowsText = (start: number, end: number) =>
  Array.from({ length: end - start }, (_, i) => `${start + i}\n`).join('');

describe('writeInSlices', () => {
  it('writes every row once, in order, and reports progress after each slice', async () => {
    const progress: number[] = [];
    let clock = 0;
    const parts = await writeInSlices(ROWS_PER_STEP * 3 + 7, rowsText, {
      signal: new AbortController().signal,
      onProgress: (done) => progress.push(done),
      yieldToPage: () => Promise.resolve(),
      // Each step takes 100 ms, so every slice holds one step.
      now: () => (clock += 100),
    });
    const text = await new Blob(parts).text();
    expect(text).toBe(rowsText(0, ROWS_PER_STEP * 3 + 7));
    expect(parts).toHaveLength(4);
    expect(progress).toEqual([
      ROWS_PER_STEP / (ROWS_PER_STEP * 3 + 7),
      (ROWS_PER_STEP * 2) / (ROWS_PER_STEP * 3 + 7),
      (ROWS_PER_STEP * 3) / (ROWS_PER_STEP * 3 + 7),
      1,
    ]);
  });

  it('yields to the page between slices and stops at the next slice once aborted', async () => {
    const controller = new AbortController();
    const asked: number[] = [];
    let pauses = 0;
    const writing = writeInSlices(
      ROWS_PER_STEP * 100,
      (start, end) => {
        asked.push(start);
        return rowsText(start, end);
      },
      {
        signal: controller.signal,
        onProgress: () => {},
        yieldToPage: () => {
          pauses += 1;
          if (pauses === 2) controller.abort();
          return Promise.resolve();
        },
        now: (() => {
          let clock = 0;
          return () => (clock += 100);
        })(),
      },
    );
    await expect(writing).rejects.toThrow();
    expect(asked).toEqual([0, ROWS_PER_STEP]);
  });

  it('writes nothing for no rows', async () => {
    const parts = await writeInSlices(0, rowsText, {
      signal: new AbortController().signal,
      onProgress: () => {},
    });
    expect(parts).toEqual([]);
  });
});

describe('yieldToPage', () => {
  it('resolves in a later task, after work already queued', async () => {
    const order: string[] = [];
    void Promise.resolve().then(() => order.push('microtask'));
    await yieldToPage();
    order.push('after yield');
    expect(order).toEqual(['microtask', 'after yield']);
  });
});
