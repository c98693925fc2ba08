// Every published document gets a page of its own: two files never share a page name, whatever their names.
import { describe, expect, it } from 'vitest';
import { pageNames } from '../../src/model/page-names.ts';

const distinct = (m: Map<string, string>) => new Set(m.values()).size === m.size;

describe('pageNames', () => {
  it('names a page by its file name, transliterated', () => {
    expect(Object.fromEntries(pageNames(['evidence/complaints-policy.md', 'evidence/Déjà Vu.md', 'evidence/политика.md']))).toEqual({
      'evidence/complaints-policy.md': 'complaints-policy',
      'evidence/Déjà Vu.md': 'deja-vu',
      'evidence/политика.md': 'politika',
    });
  });

  it.each([
    [['evidence/Complaints Policy.md', 'evidence/complaints-policy.md']],
    [['evidence/a.b.md', 'evidence/a-b.md']],
    [['evidence/方針.md', 'evidence/..md', 'evidence/★.md']],
    [['evidence/x.md', 'other/x.md', 'evidence-x.md', 'other-x.md']],
    [['2023-24/policy.md', '2024-25/policy.md', 'evidence/policy.md']],
  ])('gives distinct names to %j', (paths) => {
    const names = pageNames(paths);
    expect(names.size).toBe(paths.length);
    expect(distinct(names)).toBe(true);
    for (const n of names.values()) expect(n).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('is stable: the same paths in any order give the same names, and a hashed name depends on its path alone', () => {
    const a = pageNames(['evidence/Complaints Policy.md', 'evidence/complaints-policy.md', 'evidence/方針.md']);
    const b = pageNames(['evidence/方針.md', 'evidence/complaints-policy.md', 'evidence/Complaints Policy.md']);
    expect(b).toEqual(a);
    expect(a.get('evidence/方針.md')).toBe(pageNames(['evidence/方針.md', 'evidence/other.md']).get('evidence/方針.md'));
    expect(a.get('evidence/方針.md')).toMatch(/^document-[0-9a-f]{6}$/);
  });
});
