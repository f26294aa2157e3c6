import { describe, expect, it } from 'vitest';
import { checkCatalogueFile, runCheck } from '../../src/catalogue/catalogue-file';
import { readText } from './read-shipped-data';

/** The JSON block under "Opening your own catalogue" in the README. */
function readmeExample(): string {
  const readme = readText('README.md');
  const section = readme.slice(readme.indexOf('## Opening your own catalogue'));
  const block = /```json\n([\s\S]*?)```/.exec(section);
  if (!block?.[1]) throw new Error('the README has no example catalogue file');
  return block[1];
}

describe("the README's minimal catalogue file", () => {
  it('opens in the app', () => {
    const result = runCheck(checkCatalogueFile(readmeExample(), 'readme.json'));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
