type ExportFileNameParts = {
  base: string;
  slugs: readonly string[];
  date: Date;
  extension: 'csv';
};

/** Longest stem (the name before `.csv`); well inside every file system's 255-byte limit. */
export const MAX_STEM_LENGTH = 120;

const FALLBACK_BASE = 'export';

// Letters that NFKD leaves whole because they are not a base letter plus a mark.
const transliterations: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
};

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðþłıħ]/g, (char) => transliterations[char] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// Windows refuses these as a name, with or without an extension (learn.microsoft.com,
// "Naming Files, Paths, and Namespaces"), including the superscript-digit COM/LPT forms.
const windowsReserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

export function isWindowsReservedName(name: string): boolean {
  return windowsReserved.test(name.trimEnd());
}

function localIsoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('The export date is not a valid date.');
  const year = String(date.getFullYear()).padStart(4, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

function cut(slug: string, length: number): string {
  if (length <= 0) return '';
  if (slug.length <= length) return slug;
  const head = slug.slice(0, length);
  // Prefer to end on a whole word when one ends in the second half of the room.
  const lastHyphen = head.lastIndexOf('-');
  const wordEnd = lastHyphen > length / 2 ? head.slice(0, lastHyphen) : head;
  return wordEnd.replace(/-+$/, '');
}

/**
 * `base_slug-slug_YYYY-MM-DD.csv`: lower-case ASCII letters, digits and hyphens only, so the
 * name needs no escaping in a shell, a URL or a Content-Disposition header on any OS. The date
 * is the user's local calendar day, the day they would say they exported the table.
 */
export function exportFileName(parts: ExportFileNameParts): string {
  const date = localIsoDate(parts.date);
  const base = cut(slugify(parts.base), MAX_STEM_LENGTH - date.length - 1) || FALLBACK_BASE;
  const room = MAX_STEM_LENGTH - base.length - date.length - 2;
  const slugs = cut(parts.slugs.map(slugify).filter(Boolean).join('-'), room);
  const stem = [base, slugs, date].filter(Boolean).join('_');
  // Unreachable while the stem ends in a date; kept so a format change cannot produce "CON.csv".
  const safeStem = isWindowsReservedName(stem) ? `${stem}_` : stem;
  return `${safeStem}.${parts.extension}`;
}
