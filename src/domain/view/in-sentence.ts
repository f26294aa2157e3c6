/**
 * A label as it reads inside a sentence: lower case, except words written with two or more
 * capitals, which are abbreviations and keep them ("Main battle tank (MBT)" → "main battle tank
 * (MBT)", "IqAF" stays "IqAF").
 */
export const inSentence = (label: string): string =>
  label.replace(/[\p{L}\p{N}]+/gu, (word) =>
    (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2 ? word : word.toLowerCase(),
  );
