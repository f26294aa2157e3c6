// One seeded random source for every generator of test and benchmark data: the same numbers on
// every machine and run, so figures and fixtures can be compared.

export type Random = () => number;

/** mulberry32: small, fast and good enough to spread test data; never Math.random. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
