// A landlord named on the command line as people type it: "Slough" finds slough/; a near miss is suggested.
import { describe, expect, it } from 'vitest';
import { chc } from '../helpers/cli.ts';
import { matchSlug } from '../../src/load/read-project.ts';

describe('landlord names on the command line', () => {
  it('match the folder case-insensitively, in diff, check and build', () => {
    const diff = chc(['diff', 'Plus-Dane', '--format', 'json']);
    expect(diff.status, diff.stderr).toBe(0);
    expect(JSON.parse(diff.stdout).landlord).toBe('plus-dane');
    const check = chc(['check', '--landlord', 'HOMES-PLUS']);
    expect(check.stdout).toContain('homes-plus 2022-23');
  });

  it('suggest the nearest folder otherwise', () => {
    const r = chc(['diff', 'plusdane']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no landlord "plusdane" in assessments/ (did you mean "plus-dane"?)');
  });

  it('never pick between two folders that differ only in case', () => {
    expect(matchSlug('slough', ['Slough', 'SLOUGH'])).toBeUndefined();
    expect(matchSlug('Slough', ['slough'])).toBe('slough');
  });
});
