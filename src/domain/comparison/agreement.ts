// Whether compared values agree, as far as the catalogue can tell. A value the catalogue does not
// state is '' and is no value at all: "not stated" against "Licence-built in Iran" is no known
// difference, and two unstated values are no known agreement. Values are compared as the text the
// user reads, trimmed, with case kept ("M109" and "m109" are different designations).

/**
 * The stated values are all the same and every value is stated; two stated values differ; or the
 * stated ones agree but at least one value is not stated (none may be), so the catalogue cannot say.
 */
export type Agreement = 'same' | 'differs' | 'gaps';

export const comparableText = (text: string): string => text.trim();

export function agreementOf(texts: readonly string[]): Agreement {
  const values = texts.map(comparableText);
  const stated = new Set(values.filter((value) => value !== ''));
  if (stated.size > 1) return 'differs';
  return stated.size === 1 && !values.includes('') ? 'same' : 'gaps';
}

/** Whether a value is known to differ from another: both stated, and not the same text. */
export const knownToDiffer = (text: string, other: string): boolean => {
  const [value, against] = [comparableText(text), comparableText(other)];
  return value !== '' && against !== '' && value !== against;
};
