import { describe, expect, it } from 'vitest';
import { IgnoredParts } from '../../../src/domain/link/ignored-parts';
import { decode } from './view-fixtures';

describe('the ignored parts of a link', () => {
  it('keeps the first twenty, counts the rest, and clips what it quotes', () => {
    const report = new IgnoredParts();
    for (let part = 0; part < 25; part += 1) report.add(`k${part}`, 'x'.repeat(150), 'unknown key');
    const parts = report.parts();
    expect(report.full).toBe(true);
    expect(parts).toHaveLength(21);
    expect(parts[0]).toEqual({ key: 'k0', value: `${'x'.repeat(100)}…`, reason: 'unknown key' });
    expect(parts.at(-1)).toEqual({ key: '', value: '', reason: '5 more ignored parts' });
  });

  it('caps the number of parts read and reported', () => {
    const { ignored } = decode(`?${'x=1&'.repeat(900)}`);
    expect(ignored.length).toBeLessThanOrEqual(21);
    expect(ignored.at(-1)?.reason).toMatch(/more ignored parts$/);
  });
});
