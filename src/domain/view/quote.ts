const QUOTE_MAX_LENGTH = 40;

/** A value as a notice quotes it: in quotes, and cut short if it is long. */
export const quote = (text: string): string =>
  `'${text.length <= QUOTE_MAX_LENGTH ? text : `${text.slice(0, QUOTE_MAX_LENGTH)}…`}'`;
