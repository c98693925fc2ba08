import { describe, expect, it } from 'vitest';
import { namesWrittenTwoWays, sameName } from '../../src/model/same-name.ts';

describe('sameName: one category or reason written two ways', () => {
  it('finds initials, "&" for "and", case, punctuation and spacing', () => {
    expect(sameName('ASB', 'Anti-social behaviour')).toBe(true);
    expect(sameName('Anti-social behaviour', 'A.S.B.')).toBe(true);
    expect(sameName('Damp & mould', 'damp and mould')).toBe(true);
    expect(sameName('Out of time', 'out of time')).toBe(true);
    expect(sameName('Repairs ', 'Repairs')).toBe(true);
  });

  it('leaves different names apart, and a name is not written two ways as itself', () => {
    expect(sameName('Repairs', 'Repairs')).toBe(false);
    expect(sameName('ASB', 'Staff conduct')).toBe(false);
    expect(sameName('Repairs', 'Rent')).toBe(false);
    expect(sameName('Damp and mould', 'Damp')).toBe(false);
    // Two abbreviations, or two full names, are not one the other's initials.
    expect(sameName('ASB', 'ABC')).toBe(false);
    expect(sameName('Service charges', 'Staff conduct')).toBe(false);
  });

  it('names each second spelling once, at its first occurrence, with the spelling seen first', () => {
    const rows = ['Repairs', 'Anti-social behaviour', 'ASB', 'Repairs', 'ASB', 'repairs'];
    expect(namesWrittenTwoWays(rows, (r) => r).map(({ name, first }) => [name, first])).toEqual([['ASB', 'Anti-social behaviour'], ['repairs', 'Repairs']]);
  });

  it('does not compare a column of free text name by name (each distinct: at most 300 compared)', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `Complaint about case ${i}`);
    const started = performance.now();
    expect(namesWrittenTwoWays(rows, (r) => r)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
