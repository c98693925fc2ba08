import { describe, expect, it } from 'vitest';
import { checkFiles, goodAssessment, LANDLORD, pins } from '../helpers/project.ts';
import { brandColour, contrastRatio, DEFAULT_BRAND } from '../../src/model/colour.ts';

const L = 'assessments/test-homes/landlord.yaml';
const A1 = 'assessments/test-homes/1990-91/assessment.yaml';
const A2 = 'assessments/test-homes/1991-92/assessment.yaml';
const second = goodAssessment().replace('period: 1990-91', 'period: 1991-92');

describe('colour contrast', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#fff')).toBeCloseTo(4.54, 2);
  });

  it('keeps a brand colour that passes and darkens one that does not', () => {
    expect(brandColour('#1D4F91')).toBe('#1d4f91');
    const fixed = brandColour('#ffcc00');
    expect(contrastRatio(fixed, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(fixed, '#ffffff')).toBeLessThan(4.7);
    expect(brandColour(null)).toBe(DEFAULT_BRAND);
    expect(brandColour('red')).toBe(DEFAULT_BRAND);
  });
});

describe('brand-contrast', () => {
  it('warns once per landlord, on landlord.yaml at /brand/colour, with a darker colour that works', () => {
    const r = checkFiles({ [L]: `${LANDLORD}brand:\n  colour: "#ffcc00"\n`, [A1]: goodAssessment(), [A2]: second });
    const found = r.diagnostics.filter((d) => d.rule === 'brand-contrast');
    expect(found).toHaveLength(1);
    expect(pins({ diagnostics: found, assessments: [] })).toEqual([{ rule: 'brand-contrast', severity: 'warning', line: 5, column: 11 }]);
    expect(found[0]!.file).toBe(L);
    expect(found[0]!.message).toBe('brand colour #ffcc00 gives white text a contrast of 1.5:1; at least 4.5:1 is needed');
    expect(found[0]!.hint).toContain(brandColour('#ffcc00'));
  });

  it('says nothing about a colour with enough contrast', () => {
    const r = checkFiles({ [L]: `${LANDLORD}brand:\n  colour: "#1d4f91"\n`, [A1]: goodAssessment() });
    expect(r.diagnostics.filter((d) => d.rule === 'brand-contrast')).toEqual([]);
  });
});
