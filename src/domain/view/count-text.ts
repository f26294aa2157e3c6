// A count as the page writes it ("100,000"). One formatter serves every count: toLocaleString
// builds a formatter on each call, which cost about 0.1 ms a count, a few milliseconds a keystroke
// in the filter panel's thirty counts.
const EN = new Intl.NumberFormat('en');

export const countText = (count: number): string => EN.format(count);
