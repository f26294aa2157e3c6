import { yieldToPage } from './yield-to-page';

/** Rows written per step; a slice takes steps until its time is up. */
export const ROWS_PER_STEP = 500;
const STEPS_PER_SLICE = 10;
/** Well under the 50 ms that makes a long task, so typing and scrolling stay smooth. */
const SLICE_BUDGET_MS = 12;

type SliceOptions = {
  signal: AbortSignal;
  /** The share of rows written so far, from 0 to 1, after each slice. */
  onProgress: (done: number) => void;
  yieldToPage?: () => Promise<void>;
  now?: () => number;
};

/**
 * Writes rows [0, rowCount) a slice at a time and yields to the page between slices. Each slice's
 * text becomes a Blob at once, so the file is held as bytes rather than as strings of twice the
 * size, and the encoding is spread over the slices too. Rejects with the signal's reason when it
 * is aborted.
 */
export async function writeInSlices(
  rowCount: number,
  write: (start: number, end: number) => string,
  {
    signal,
    onProgress,
    yieldToPage: pause = yieldToPage,
    now = () => performance.now(),
  }: SliceOptions,
): Promise<Blob[]> {
  const parts: Blob[] = [];
  let start = 0;
  while (start < rowCount) {
    signal.throwIfAborted();
    const began = now();
    const texts: string[] = [];
    do {
      const end = Math.min(start + ROWS_PER_STEP, rowCount);
      texts.push(write(start, end));
      start = end;
    } while (start < rowCount && texts.length < STEPS_PER_SLICE && now() - began < SLICE_BUDGET_MS);
    parts.push(new Blob(texts));
    onProgress(start / rowCount);
    await pause();
  }
  signal.throwIfAborted();
  return parts;
}
