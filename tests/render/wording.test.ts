// The sentences the site, the PDF and the DOCX share (src/render/phrases.ts), on the bundled examples:
// what changed across two Code changes must name each provision with the version it belongs to.
import { readWording } from '../../src/load/read-templates.ts';
import { say } from '../../src/model/wording.ts';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { assessedBy, changeSentence, changesText, actionMeta, codeChangeLabel, codeChangeSteps, provisionsOf } from '../../src/render/phrases.ts';
import { exampleRenderables } from '../helpers/views.ts';
import { REPO } from '../helpers/project.ts';

const view = (slug: string, period: string) => {
  const r = exampleRenderables().find((x) => x.landlord.slug === slug && x.assessment.period === period);
  if (!r) throw new Error(`no example ${slug} ${period}`);
  return r.views.public;
};
const idsOf = (code: string) => new Set((load(readFileSync(join(REPO, `code-versions/${code}.yaml`), 'utf8')) as { provisions: { id: string }[] }).provisions.map((p) => String(p.id)));

describe('how the Code changed, from 2020-21 to 2023-24 (two steps)', () => {
  const v = view('plus-dane', '2023-24');
  const steps = codeChangeSteps(v.changes!);

  it('groups the changes by step, in order, each with its own versions', () => {
    expect(changesText(v)!.code!.steps.map((s) => s.heading)).toEqual(['From the 2020 Code to the 2022 Code', 'From the 2022 Code to the 2024 Code']);
    expect(changesText(v)!.code!.intro).toBe('The Code changed twice since 2020-21: each step is listed with the provision numbers of its own two versions.');
    expect(steps.reduce((n, s) => n + s.changes.length, 0)).toBe(v.changes!.codeChanges.length);
  });

  it('names every provision with the version it exists in', () => {
    for (const s of steps) {
      const before = idsOf(s.fromCode);
      const after = idsOf(s.toCode);
      for (const x of s.changes) {
        for (const id of x.from) expect(before.has(id), `${s.fromCode}→${s.toCode}: ${id} in ${s.fromCode}`).toBe(true);
        for (const id of x.to) expect(after.has(id), `${s.fromCode}→${s.toCode}: ${id} in ${s.toCode}`).toBe(true);
      }
    }
    // 2.7 and 2.8 were new in 2022; the 2024 Code has neither.
    const labels = steps.flatMap((s) => s.changes.map((x) => codeChangeLabel(v.wording, x)));
    expect(labels).toContain('New in the 2022 Code: 2.7.');
    expect(labels).not.toContain('New in the 2024 Code: 2.7.');
    expect(labels).toContain('2022 5.13 became 2024 6.14 and 6.15.');
    expect(labels).toContain('2020 1a became 2022 1.2.');
  });

  it('keeps source keys out of the notes readers see', () => {
    for (const x of v.changes!.codeChanges) expect(x.note).not.toMatch(/\b[A-Z]{2,5}-\d{4}\b/);
  });
});

describe('a provision\'s change, in words', () => {
  const v = view('plus-dane', '2023-24');
  const byId = new Map(provisionsOf(v).map((p) => [p.id, p]));

  it('a 2020 narrative question now answered Yes is "assessed for the first time", never "answered for the first time … was Answered"', () => {
    const p = byId.get('8.1')!;
    expect(p.change?.kind).toBe('newly answered');
    expect(changeSentence(v, p)).toBe('Assessed for the first time (was 8b): in 2020-21 the form asked for a figure or a description here; now Yes.');
  });

  it('an unanswered provision answered now, and an n/a now assessed, each read as what happened', () => {
    const base = byId.get('8.1')!;
    const at = (fromStatus: 'unanswered' | 'n/a', from: string) => changeSentence(v, { ...base, change: { ...base.change!, from, fromStatus } });
    expect(at('unanswered', 'Not answered')).toBe('Answered for the first time (was 8b): not answered in 2020-21; now Yes.');
    expect(at('n/a', 'Not applicable')).toBe('Assessed for the first time (was 8b): not applicable in 2020-21; now Yes.');
  });

  it("an action's line names its owner only where one is given (the Code asks for actions and dates)", () => {
    const w = readWording();
    const a = { owner: null, status: 'open' as const, due: '2025-03-31', overdue: false, completedOn: null };
    expect(actionMeta(w, a)).toBe('Due: 31 March 2025.');
    expect(actionMeta(w, { ...a, owner: 'Head of Customer Experience' })).toBe('Owner: Head of Customer Experience. Due: 31 March 2025.');
    expect(actionMeta(w, { ...a, status: 'done', completedOn: '2025-02-01' })).toBe('Done on 1 February 2025.');
  });
});

describe('wording that fits every landlord', () => {
  const one = view('homes-plus', '2022-23');
  it('names the landlord, or the organisations one assessment covers', () => {
    expect(assessedBy(one)).toBe('Homes Plus');
    const shared = { ...structuredClone(one), covers: ['Babergh District Council', 'Mid Suffolk District Council'] };
    expect(assessedBy(shared)).toBe('Babergh District Council and Mid Suffolk District Council');
    expect(assessedBy({ ...shared, covers: ['A', 'B', 'C'] })).toBe('A, B and C');
  });
  it('a group covering its members is still one landlord', () => {
    const group = structuredClone(one);
    group.covers = ['Group Homes', 'Group Living'];
    group.landlord.groupMembers = ['Group Homes', 'Group Living'];
    expect(assessedBy(group)).toBe('Homes Plus');
  });
  it('no sentence that names the landlord makes a verb agree with it ("X and Y checks how it handles")', () => {
    const w = readWording();
    const name = 'South Norfolk Council and Broadland District Council';
    const sentences = [say(w, 'site.lede', { who: name }), say(w, 'site.landlordLede', { who: name }), say(w, 'about.howToRead', { landlord: name })];
    for (const s of sentences) {
      expect(s).toContain(name);
      expect(s, s).not.toMatch(new RegExp(`${name} (checks|complies|has|assesses|says|is)\\b|\\bit (handles|complies|meets|says)\\b`));
    }
  });
  it('a landlord naming no governing body is never said to have a Board', async () => {
    const { buildAssessmentView } = await import('../../src/render/build-view.ts');
    const { openWorkspace, codeVersion } = await import('../../src/cli/workspace.ts');
    const ws = openWorkspace({ cwd: REPO, env: {}, now: () => new Date('2026-01-01'), stdout: { write: () => true }, stderr: { write: () => true } }, { root: REPO });
    const l = ws.project.landlords.find((x) => x.slug === 'plus-dane')!;
    const a = l.assessments.find((x) => x.period === '2023-24')!;
    const { governing_body: _, ...landlord } = l.landlord.data!;
    const v = buildAssessmentView({ slug: 'plus-dane', landlord, period: '2023-24', code: codeVersion(ws, '2024')!, data: a.data!, diff: null, responseText: null, wording: readWording(), edition: 'public', approvalValid: false });
    expect(v.landlord.governingBody).toBe('governing body');
  });

});
