// What a link that leaves a key out stands for: the default's value, except the column set. Before
// the first screen became a glance, every link opened the full table, so a link that hides columns
// and names no column set hides them from the full table.
import { DEFAULT_VIEW, type ViewState } from '../view/state';

const COLUMN_SET_KEY = 'cols';

/** The value `key` stands for when a link of `view` leaves it out. */
export const impliedValue = (key: string, view: ViewState, field: keyof ViewState): unknown =>
  key === COLUMN_SET_KEY && view.hiddenColumns.length > 0 ? 'full' : DEFAULT_VIEW[field];

/** `view` as read from `params`, with the column set a link that left it out stands for. */
export const withImpliedColumnSet = (
  params: ReadonlyMap<string, string>,
  view: ViewState,
): ViewState =>
  !params.has(COLUMN_SET_KEY) && view.hiddenColumns.length > 0
    ? { ...view, columnSet: 'full' }
    : view;
