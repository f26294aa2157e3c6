// What the first view does not draw, each in a chunk of its own: loaded when the page is idle
// after its first paint, or at once when a link or a press asks for it first. The single-file
// build inlines every chunk, so there these are ready as soon as the page is.
import { memo } from 'react';
import { preloadExportWriters } from '../export/controls';
import { loadPopoverPlacement } from '../shared/popover';
import { later } from './later';

export const LaterComparison = later(() =>
  import('../comparison/comparison').then((module) => memo(module.ComparisonView)),
);
export const LaterDetail = later(() =>
  import('../detail/detail').then((module) => memo(module.DetailDialog)),
);
export const LaterGlossary = later(() =>
  import('../glossary/glossary-dialog').then((module) => memo(module.GlossaryDialog)),
);
/** Why a file could not be opened: drawn only after an open fails. */
export const LaterOpenFailure = later(() =>
  import('../catalogue/open-failure').then((module) => module.OpenFailure),
);

const ALL = [LaterComparison, LaterDetail, LaterGlossary, LaterOpenFailure];

/** Loads every later part; one that fails is asked for again when it is needed. */
export const preloadLaterParts = async (): Promise<void> => {
  await Promise.allSettled([
    ...ALL.map((part) => part.preload()),
    loadPopoverPlacement(),
    preloadExportWriters(),
  ]);
};
