import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, diffAssessments, type AssessmentDiff } from '../../src/diff/diff-assessments.ts';
import { answerStatus } from '../../src/model/answer.ts';
import { composeMappings, mappingBetween, type Mapping } from '../../src/model/mapping.ts';
import { readProject } from '../../src/load/read-project.ts';
import { readMappings } from '../../src/load/read-mappings.ts';
import { applySchemas, validateMappings } from '../../src/validate/apply-schemas.ts';
import type { CodeVersion } from '../../src/model/code-version.ts';
import type { AssessmentData } from '../../src/model/assessment.ts';
import { REPO } from '../helpers/project.ts';
import { chc } from '../helpers/cli.ts';

const FIXTURE = join(REPO, 'tests/fixtures/diff');
const CODES = join(FIXTURE, 'code-versions');

/** Loads the hand-written fixture (two test Codes, a mapping, two assessments) and diffs it. */
function fixtureDiff(): AssessmentDiff {
  const project = readProject(FIXTURE, { codeVersionsDir: CODES });
  expect(applySchemas(project)).toEqual([]);
  const read = readMappings(CODES, 'codes');
  const { mappings, diagnostics } = validateMappings(read.mappings, read.diagnostics);
  expect(diagnostics).toEqual([]);
  const code = (id: string) => project.codeVersions.get(id)!.data as CodeVersion;
  const [older, newer] = project.landlords[0]!.assessments;
  const mapping = mappingBetween(mappings, '1990', '1995', (v) => code(v).provisions.map((p) => p.id))!;
  return diffAssessments('test-homes', { period: older!.period, code: code('1990'), data: older!.data as AssessmentData },
    { period: newer!.period, code: code('1995'), data: newer!.data as AssessmentData }, mapping);
}

describe('diffAssessments on the hand-written fixture', () => {
  const d = fixtureDiff();
  const byId = (id: string) => d.provisions.find((p) => p.id === id)!;

  it('names both sides', () => {
    expect(d.landlord).toBe('test-homes');
    expect(d.from).toEqual({ period: '1990-91', code: '1990' });
    expect(d.to).toEqual({ period: '1995-96', code: '1995' });
  });

  it('a regression, with a word-level diff of the evidence and a new action', () => {
    const p = byId('1.1');
    expect(p).toMatchObject({ previous: ['1.1'], relation: 'same', change: 'regressed', status: { from: 'yes', to: 'no' } });
    expect(p.evidence.changed).toBe(true);
    expect(p.evidence.diff).toEqual([
      { op: 'equal', text: 'Our policy says so in section ' },
      { op: 'delete', text: '4' },
      { op: 'insert', text: '7' },
      { op: 'equal', text: '.' },
    ]);
    expect(p.actions).toEqual([{ description: 'Restore alpha', owner: null, due: '1996-12-31', status: 'open', change: 'new', from_provision: null }]);
  });

  it('a merge: the older status is the worse of the two; an action that disappeared is dropped', () => {
    const p = byId('1.2');
    expect(p).toMatchObject({ previous: ['1.2', '1.3'], relation: 'merged', change: 'improved', status: { from: 'partial', to: 'yes' } });
    expect(p.actions).toEqual([{ description: 'Finish gamma', owner: null, due: '1991-06-30', status: 'open', change: 'dropped', from_provision: '1.3' }]);
  });

  it('a split: each part compares with the one older provision; an open action past its date is overdue', () => {
    expect(byId('2.1')).toMatchObject({ previous: ['2.1'], relation: 'split', change: 'unchanged', status: { from: 'no', to: 'no' } });
    expect(byId('2.1').evidence).toEqual({ changed: false, diff: [] });
    expect(byId('2.1').actions).toEqual([{ description: 'Start delta work', owner: 'Head of Service', due: '1992-12-31', status: 'open', change: 'overdue', from_provision: '2.1' }]);
    expect(byId('2.2')).toMatchObject({ previous: ['2.1'], relation: 'split', change: 'improved', status: { from: 'no', to: 'yes' } });
    expect(byId('2.2').actions.map((a) => a.change)).toEqual(['completed']);
    expect(byId('2.2').mapping_note).toBe('Delta is now two provisions; the time limit rises from 10 to 20 days.');
  });

  it('a new provision, and one no longer answered', () => {
    expect(byId('2.3')).toMatchObject({ previous: [], relation: 'new', change: 'new provision', status: { from: 'unanswered', to: 'yes' } });
    expect(byId('3.1')).toMatchObject({ previous: ['2.3'], relation: 'strengthened', change: 'no longer answered', status: { from: 'partial', to: 'unanswered' } });
    expect(byId('3.1').actions.map((a) => [a.description, a.change])).toEqual([['Complete zeta', 'dropped']]);
  });

  it('a dropped provision, with what it said', () => {
    expect(d.dropped).toEqual([{ id: '2.2', title: 'Epsilon', status: 'yes', evidence: 'Epsilon is done.', commentary: null, note: 'Epsilon has no successor.' }]);
  });

  it('the summary counts every kind, and lists the significant Code changes', () => {
    expect(d.summary).toEqual({
      improved: 2, regressed: 1, unchanged: 1, unanswered_both: 0, new: 1, newly_answered: 0, no_longer_answered: 1,
      overdue_actions: 1, text_changed: 5, dropped: 1,
      code_changes: [
        { step: '1990→1995', from: ['2.1'], to: ['2.1', '2.2'], relation: 'split', note: 'Delta is now two provisions; the time limit rises from 10 to 20 days.' },
        { step: '1990→1995', from: ['2.3'], to: ['3.1'], relation: 'strengthened', note: 'Zeta became a must with a shorter deadline.' },
        { step: '1990→1995', from: [], to: ['2.3'], relation: 'new', note: 'Eta is new.' },
      ],
    });
  });
});

describe('classify', () => {
  it.each([
    ['yes', 'partial', 'regressed'], ['partial', 'no', 'regressed'], ['no', 'yes', 'improved'], ['yes', 'yes', 'unchanged'],
    ['unanswered', 'yes', 'newly answered'], ['no', 'unanswered', 'no longer answered'], ['n/a', 'n/a', 'unchanged'],
    ['n/a', 'yes', 'newly answered'], ['yes', 'n/a', 'no longer answered'], ['answered', 'no', 'newly answered'],
  ] as const)('%s → %s is %s', (from, to, change) => {
    expect(classify(from, to, true)).toBe(change);
  });
  it('no counterpart is a new provision', () => expect(classify('unanswered', 'yes', false)).toBe('new provision'));
});

describe('composeMappings', () => {
  const a: Mapping = { from: 'A', to: 'B', provisions: {
    x1: { to: ['y1'], relation: 'same', basis: 'official' },
    x2: { to: ['y2', 'y3'], relation: 'split', basis: 'proposed', note: 'split in B' },
    x3: { to: ['y4'], relation: 'reworded', basis: 'proposed' },
  }, new: { y5: { basis: 'proposed' } } };
  const b: Mapping = { from: 'B', to: 'C', provisions: {
    y1: { to: ['z1'], relation: 'strengthened', basis: 'official', note: 'now a must', significant: true },
    y2: { to: ['z2'], relation: 'same', basis: 'proposed' },
    y3: { to: [], relation: 'dropped', basis: 'proposed' },
    y4: { to: [], relation: 'dropped', basis: 'proposed', note: 'gone in C' },
    y5: { to: ['z3'], relation: 'same', basis: 'proposed' },
  }, new: { z4: { basis: 'proposed', note: 'new in C' } } };
  const c = composeMappings(a, b);

  it('follows each provision through both steps, keeping the larger change and both notes', () => {
    expect(c.provisions).toEqual({
      x1: { to: ['z1'], relation: 'strengthened', basis: 'official', note: 'C: now a must', significant: true },
      x2: { to: ['z2'], relation: 'partial', basis: 'proposed', note: 'B: split in B' },
      x3: { to: [], relation: 'dropped', basis: 'proposed', note: 'C: gone in C' },
    });
  });

  it('treats as new what only new provisions of the middle version became', () => {
    expect(Object.keys(c.new).sort()).toEqual(['z3', 'z4']);
  });
});

describe('chc diff (the real CLI) on the fixture', () => {
  it('--format json prints the documented shape', () => {
    const r = chc(['diff', 'test-homes', '--root', FIXTURE, '--code-versions', CODES, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(Object.keys(d)).toEqual(['landlord', 'from', 'to', 'summary', 'provisions', 'dropped', 'landlord_changes']);
    expect(d.landlord_changes).toEqual([]);
    expect(Object.keys(d.provisions[0])).toEqual(['id', 'title', 'section', 'previous', 'relation', 'mapping_note', 'change', 'status', 'evidence', 'commentary', 'answer', 'documents', 'actions']);
  });

  it('text and markdown formats name each kind of change', () => {
    const text = chc(['diff', 'test-homes', '--root', FIXTURE, '--code-versions', CODES]).stdout;
    expect(text).toContain('Test Homes: what changed from 1990-91 (1990 Code) to 1995-96 (1995 Code)');
    expect(text).toContain('improved 2 · regressed 1 · unchanged 1 · not answered in either year 0 · new provisions 1 · newly answered 0 · no longer answered 1');
    expect(text).toContain('1.1 Alpha: regressed (yes → no) — from 1.1');
    expect(text).toContain('evidence: Our policy says so in section [-4-]{+7+}.');
    expect(text).toContain('action overdue: Start delta work (due 1992-12-31)');
    expect(text).toContain('2.2 Epsilon (yes): “Epsilon is done.”');
    const md = chc(['diff', 'test-homes', '--root', FIXTURE, '--code-versions', CODES, '--format', 'markdown']).stdout;
    expect(md).toContain('| 2 | 1 | 1 | 0 | 1 | 0 | 1 | 1 |');
    expect(md).toContain('- **2.1 → 2.1, 2.2**: Delta is now two provisions; the time limit rises from 10 to 20 days.');
    expect(md).toContain('*evidence:* Our policy says so in section <del>4</del><ins>7</ins>.');
  });

  it('--every-landlord diffs each landlord with two or more periods (json: an array)', () => {
    const r = chc(['diff', '--every-landlord', '--root', FIXTURE, '--code-versions', CODES, '--format', 'json']);
    expect(r.status).toBe(0);
    const all = JSON.parse(r.stdout);
    expect(all.map((d: { landlord: string; from: { period: string } }) => [d.landlord, d.from.period])).toEqual([['test-homes', '1990-91']]);
    expect(chc(['diff', '--every-landlord', 'test-homes', '--root', FIXTURE, '--code-versions', CODES]).status).toBe(2);
    expect(chc(['diff', '--root', FIXTURE, '--code-versions', CODES]).stderr).toContain('name a landlord, or use --every-landlord');
  });

  it('a landlord with one year is not bad usage: exit 1, saying why; --every-landlord with nothing to compare says so', () => {
    const root = mkdtempSync(join(tmpdir(), 'chc-diff-one-'));
    try {
      cpSync(join(FIXTURE, 'assessments'), join(root, 'assessments'), { recursive: true });
      rmSync(join(root, 'assessments/test-homes/1990-91'), { recursive: true });
      const one = chc(['diff', 'test-homes', '--root', root, '--code-versions', CODES]);
      expect([one.status, one.stdout]).toEqual([1, '']);
      expect(one.stderr).toBe('chc diff: test-homes has no assessment before 1995-96 to compare it with: chc diff compares two years (chc check checks one)\n');
      const every = chc(['diff', '--every-landlord', '--root', root, '--code-versions', CODES, '--format', 'json']);
      expect([every.status, every.stdout, every.stderr]).toEqual([0, '[]\n', 'chc diff: no landlord has two assessments to compare yet\n']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('within one Code, says nothing of provisions with no successor', () => {
    const text = chc(['diff', 'test-homes', '--root', FIXTURE, '--code-versions', CODES]).stdout;
    expect(text).toContain('provisions of the 1990 Code with no successor');
    const root = mkdtempSync(join(tmpdir(), 'chc-diff-same-'));
    try {
      cpSync(join(FIXTURE, 'assessments'), join(root, 'assessments'), { recursive: true });
      // The later year made against the same Code as the earlier one.
      const later = join(root, 'assessments/test-homes/1995-96/assessment.yaml');
      const earlier = readFileSync(join(root, 'assessments/test-homes/1990-91/assessment.yaml'), 'utf8');
      writeFileSync(later, earlier.replace(/^period: .*$/m, 'period: 1995-96').replace(/^assessed_on: .*$/m, 'assessed_on: 1996-05-01'));
      const same = chc(['diff', 'test-homes', '--root', root, '--code-versions', CODES]);
      expect(same.status, same.stderr).toBe(0);
      expect(same.stdout).not.toContain('no successor');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('bad usage exits 2', () => {
    const r = chc(['diff', 'test-homes', '--root', FIXTURE, '--code-versions', CODES, '--from', '1995-96', '--to', '1990-91']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--from 1995-96 must be earlier than --to 1990-91');
  });
});

describe('actions across a split', () => {
  // The fixture's 1990 provision 2.1 was split into 1995 2.1 (its main successor) and 2.2.
  const project = readProject(FIXTURE, { codeVersionsDir: CODES });
  applySchemas(project);
  const read = readMappings(CODES, 'codes');
  const { mappings } = validateMappings(read.mappings, read.diagnostics);
  const code = (id: string) => project.codeVersions.get(id)!.data as CodeVersion;
  const mapping = mappingBetween(mappings, '1990', '1995', (v) => code(v).provisions.map((p) => p.id))!;
  const older: AssessmentData = { code: '1990', period: '1990-91', assessed_on: '1991-05-01', responses: {
    '2.1': { comply: 'no', evidence: 'Delta is not done.', actions: [{ description: 'Weekly delta backlog report', due: '1991-09-30' }] },
  } } as AssessmentData;
  const diff = (responses: AssessmentData['responses']) => diffAssessments('test-homes', { period: '1990-91', code: code('1990'), data: older },
    { period: '1995-96', code: code('1995'), data: { code: '1995', period: '1995-96', assessed_on: '1996-05-01', responses } as AssessmentData }, mapping);
  const actionsOf = (d: AssessmentDiff) => Object.fromEntries(d.provisions.filter((p) => p.actions.length).map((p) => [p.id, p.actions.map((a) => `${a.change}: ${a.description} (from ${a.from_provision})`)]));

  it('an older action that is gone is dropped once, under the main successor only', () => {
    const d = diff({ '2.1': { comply: 'yes', evidence: 'Done.' }, '2.2': { comply: 'yes', evidence: 'Done too.' } });
    expect(actionsOf(d)).toEqual({ '2.1': ['dropped: Weekly delta backlog report (from 2.1)'] });
  });

  it('an older action moved to the other part of the split matches there, and is not dropped under the main successor', () => {
    const d = diff({ '2.1': { comply: 'yes', evidence: 'Done.' }, '2.2': { comply: 'no', evidence: 'Not yet.', actions: [{ description: 'Weekly delta backlog report', due: '1999-09-30' }] } });
    expect(actionsOf(d)).toEqual({ '2.2': ['still open: Weekly delta backlog report (from 2.1)'] });
  });

  it('reads an answer as check does: text in `answer` does not answer a provision that asks for a comply', () => {
    const r = { answer: 'We have a policy' };
    const d = diff({ '2.1': r });
    const p = d.provisions.find((x) => x.id === '2.1')!;
    expect(answerStatus(code('1995').provisions.find((x) => x.id === '2.1')!, r)).toBe('unanswered');
    expect(p.status.to).toBe('unanswered');
    expect(p.change).toBe('no longer answered');
  });

  it('an open action the older year did not have, due before the newer assessment, is overdue, not new, and counted', () => {
    // Diffing 1990-91 with 1995-96 skips the years between: an action set in 1992 and due in 1993 was missed.
    const d = diff({ '2.1': { comply: 'no', evidence: 'Not yet.', actions: [{ description: 'Weekly delta backlog report', due: '1991-09-30' }] },
      '2.2': { comply: 'no', evidence: 'Not yet.', actions: [{ description: 'Train every officer in gamma', due: '1993-03-31' }, { description: 'Publish the gamma leaflet', due: '1997-03-31' }] } });
    expect(actionsOf(d)).toEqual({
      '2.1': ['overdue: Weekly delta backlog report (from 2.1)'],
      '2.2': ['overdue: Train every officer in gamma (from null)', 'new: Publish the gamma leaflet (from null)'],
    });
    expect(d.summary.overdue_actions).toBe(2);
  });
});
