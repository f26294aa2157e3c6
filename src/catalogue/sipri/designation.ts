// Which SIPRI designations are one system. The rules, in order (README, "Opening a SIPRI trade
// register"):
//  1. A calibre at the end is dropped: "M-109A5 155mm" → "M-109A5".
//  2. A first word of letters, an optional hyphen and digits, then a version that starts with a
//     letter, is cut to its letters and digits: T-72M1 → T-72, M-109A5 → M-109, Mi-8T → Mi-8,
//     MiG-29SMT → MiG-29. A version that starts with a digit or hyphen is kept (Mi-171 is not
//     Mi-17, Type-69-2 is not Type-69), and so is a first word that starts with a digit (9K33).
//  3. A first word with no digit keeps the whole name, less a "Mk" mark ("Chieftain Mk-5" →
//     "Chieftain"), so "Super Etendard" and "Super Frelon" stay apart.
//  4. Two bases are one system when they agree ignoring case, hyphens and spaces (M-109 = M109).
//  5. A generic designation (no capital letter and no digit: "aircraft engine") names no system:
//     it is never matched by name, only listed with its comment.

/** SIPRI writes a generic item in lower case ("ship engine"), the item itself in its comment. */
export const isGeneric = (designation: string): boolean => !/[A-Z0-9]/.test(designation);

const CALIBRE = /\s+\d+(\.\d+)?\s?mm$/i;
const VERSIONED = /^([A-Za-z]+-?\d+)[A-Za-z][A-Za-z0-9-]*$/;
const MARK = /\s+Mk[- ]?\d+[A-Za-z0-9-]*$/i;

/** The system a designation belongs to, as a name: "T-72M1" → "T-72". */
export function baseDesignation(designation: string): string {
  const name = designation.trim().replace(/\s+/g, ' ').replace(CALIBRE, '');
  const first = name.split(/[ /]/, 1)[0] ?? name;
  if (/\d/.test(first)) return VERSIONED.exec(first)?.[1] ?? first;
  return name.replace(MARK, '');
}

/** The key two designations of one system share, or null for a generic designation. */
export function systemKey(designation: string): string | null {
  if (isGeneric(designation)) return null;
  return baseDesignation(designation).toUpperCase().replace(/[-\s]/g, '');
}

/** A lower-case id made of a name's letters and digits: "MiG-29" → "mig-29". */
export function slug(name: string): string {
  const id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'item' : id;
}
