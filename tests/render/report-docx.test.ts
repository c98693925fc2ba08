// The annual complaints report in Word (examples/annual-report, 2024-25): the CH01 and CH02 charts are charts of
// Word's own, with their data, titles and alternative text, beside tables of the same numbers; and a document with
// charts is the same bytes every time (each chart's workbook is repacked too).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { renderDocx } from '../../src/render/docx/render-docx.ts';
import { exampleRenderables } from '../helpers/views.ts';
import { REPO } from '../helpers/project.ts';

const view = () => {
  const r = exampleRenderables(join(REPO, 'examples/annual-report')).find((x) => x.assessment.period === '2024-25');
  if (!r) throw new Error('examples/annual-report has no 2024-25');
  return r.views.public;
};

describe('the annual report in Word', () => {
  it("draws CH01 and CH02 as Word's own charts: titled, their data in them, said in words for a screen reader", async () => {
    const v = view();
    const zip = await JSZip.loadAsync(await renderDocx(v));
    const charts = Object.keys(zip.files).filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n)).sort();
    // CH01, CH02, then the year's outcomes, categories and the Ombudsman's findings.
    expect(charts).toHaveLength(5);
    const ch01 = await zip.file(charts[0]!)!.async('string');
    expect(ch01).toContain('Complaints received per 1,000 homes, by year (CH01)');
    expect(ch01).toContain('<c:barDir val="bar"/>');
    // This year's and last year's CH01 (1), as the table gives them.
    const [now, last] = [v.report!.figures, v.report!.earlier[0]!];
    for (const value of [now.tsm.CH01_1, last.tsm.CH01_1]) expect(ch01).toContain(`<c:v>${value}</c:v>`);
    const document = await zip.file('word/document.xml')!.async('string');
    const alt = [...document.matchAll(/<wp:docPr [^>]*name="(chart-[a-z0-9]+)" descr="([^"]*)" title="([^"]*)"/g)].map((m) => [m[1], m[2], m[3]]);
    expect(alt.map((a) => a[0])).toEqual(['chart-ch01', 'chart-ch02', 'chart-outcomes', 'chart-categories', 'chart-findings']);
    expect(alt[0]![1]).toContain(`2024-25: Stage 1 ${now.tsm.CH01_1!.toFixed(1)}`);
    expect(alt[1]![2]).toBe('Complaints responded to within the Code&apos;s timescales, by year (CH02)');
    // Each chart is followed, in the same part, by the table of the TSMs.
    expect(document.indexOf('The Tenant Satisfaction Measures about complaints')).toBeGreaterThan(document.indexOf('chart-ch02'));
  });

  it('a document with charts is the same bytes on another day and in another time zone', async () => {
    const v = view();
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    const first = sha(await renderDocx(v));
    const tz = process.env.TZ;
    try {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2031-11-05T23:59:58-08:00'));
      process.env.TZ = 'Pacific/Kiritimati';
      expect(sha(await renderDocx(v))).toBe(first);
    } finally {
      vi.useRealTimers();
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});
