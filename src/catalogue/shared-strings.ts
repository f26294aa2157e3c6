// One copy of each text. JSON.parse gives every string value a copy of its own: at 100,000
// systems that is 7.9 million strings of about 500,000 different texts (source ids, locators,
// "stated", operator ids, templated details). Each copy costs a header and its characters, so
// sharing them took 310 MB of a worker's heap down to 197 MB in Chromium; and a shared id is
// hashed once for all the lookups that follow (citations, grades).

/** A pool of texts: it gives back its one copy of the text it is given, keeping the first. */
export function stringPool(): (text: string) => string {
  const pool = new Map<string, string>();
  return (text) => {
    const held = pool.get(text);
    if (held !== undefined) return held;
    pool.set(text, text);
    return text;
  };
}
