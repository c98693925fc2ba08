// `layout: must-should`: a 2022-Code assessment laid out as the Code's own form, per section a table of its musts
// then one of its shoulds, in the document model every output renders (site, PDF and DOCX print group titles).
import { readWording } from '../../src/load/read-templates.ts';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace, codeVersion } from '../../src/cli/workspace.ts';
import { buildAssessmentView } from '../../src/render/build-view.ts';
// The titles of the 2022 form's two tables, as templates/messages.yaml words them (table.must, table.should).
const MUST_TITLE = "Mandatory 'must'";
const SHOULD_TITLE = "Best practice 'should'";
import { renderDocx } from '../../src/render/docx/render-docx.ts';
import { provisionsOf } from '../../src/render/phrases.ts';
import { docxText, squeeze } from '../helpers/outputs.ts';
import { checkFiles, REPO } from '../helpers/project.ts';

const ws = openWorkspace({ cwd: REPO, env: {}, now: () => new Date('2026-01-01'), stdout: { write: () => true }, stderr: { write: () => true } }, { root: REPO });
const l = ws.project.landlords.find((x) => x.slug === 'homes-plus')!;
const a = l.assessments[0]!;
const make = (layout?: 'must-should') => buildAssessmentView({ slug: l.slug, landlord: l.landlord.data!, period: a.period, code: codeVersion(ws, '2022')!, data: { ...a.data!, ...(layout ? { layout } : {}) }, diff: null, responseText: null, wording: readWording(), edition: 'public', approvalValid: true });

describe('layout: must-should', () => {
  const form = make('must-should');
  const plain = make();

  it('gives each section a must table, then a should table, holding every provision once', () => {
    for (const s of form.sections) {
      expect(s.groups.map((g) => g.title)).toEqual([MUST_TITLE, SHOULD_TITLE].filter((t) => s.groups.some((g) => g.title === t)));
      expect(s.groups.find((g) => g.title === MUST_TITLE)?.provisions.every((p) => p.level === 'must') ?? true).toBe(true);
      expect(s.groups.find((g) => g.title === SHOULD_TITLE)?.provisions.every((p) => p.level === 'should') ?? true).toBe(true);
    }
    expect(form.sections.some((s) => s.groups.length === 2)).toBe(true);
    expect(provisionsOf(form).map((p) => p.id).sort()).toEqual(provisionsOf(plain).map((p) => p.id).sort());
    expect(form.totals).toEqual(plain.totals);
    expect(plain.sections.every((s) => s.groups.every((g) => g.title !== MUST_TITLE))).toBe(true);
  });

  it('prints the two tables\' titles in the DOCX', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chc-layout-'));
    try {
      writeFileSync(join(dir, 'a.docx'), await renderDocx(form));
      const text = squeeze((await docxText(join(dir, 'a.docx'))).text);
      expect(text).toContain(MUST_TITLE);
      expect(text).toContain(SHOULD_TITLE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is a documented field of assessment.yaml; anything else is a schema error with the values', () => {
    const r = checkFiles({ 'assessments/x/landlord.yaml': 'name: X\nwebsite: https://example.org\ngoverning_body: Board\n', 'assessments/x/1990-91/assessment.yaml': 'code: "1990"\nperiod: 1990-91\nassessed_on: 1991-05-01\nlayout: form\nresponses: {}\n' });
    expect(r.diagnostics.find((d) => d.rule === 'schema')?.hint).toContain('code, must-should');
  });
});
