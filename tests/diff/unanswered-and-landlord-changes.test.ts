// Issue 9, point 4: "not answered in either year" is counted apart from "unchanged", and a change of what the
// assessments record about the landlord (covers, who approved it) is reported by `chc diff` and in "What changed".
import { readWording } from '../../src/load/read-templates.ts';
import { diffJson } from '../../src/report/diff-json.ts';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { diffAssessments, landlordChanges, type AssessmentDiff } from '../../src/diff/diff-assessments.ts';
import { mappingBetween } from '../../src/model/mapping.ts';
import type { AssessmentData, LandlordData } from '../../src/model/assessment.ts';
import type { CodeVersion } from '../../src/model/code-version.ts';
import { readProject } from '../../src/load/read-project.ts';
import { readMappings } from '../../src/load/read-mappings.ts';
import { applySchemas, validateMappings } from '../../src/validate/apply-schemas.ts';
import { formatDiffMarkdown, formatDiffText } from '../../src/report/format-diff.ts';
import { buildAssessmentView } from '../../src/render/build-view.ts';
import type { AssessmentView } from '../../src/render/view-model.ts';
import { changeSentence, changesText } from '../../src/render/phrases.ts';
import { renderDocx } from '../../src/render/docx/render-docx.ts';
import { REPO } from '../helpers/project.ts';

const FIXTURE = join(REPO, 'tests/fixtures/diff');
const CODES = join(FIXTURE, 'code-versions');
const project = readProject(FIXTURE, { codeVersionsDir: CODES });
applySchemas(project);
const read = readMappings(CODES, 'codes');
const { mappings } = validateMappings(read.mappings, read.diagnostics);
const code = (id: string) => project.codeVersions.get(id)!.data as CodeVersion;
const mapping = mappingBetween(mappings, '1990', '1995', (v) => code(v).provisions.map((p) => p.id))!;

const APPROVAL = { date: '1996-06-01' };
// 1990: 1.1 yes, 1.2 and 1.3 (merged into 1995 1.2) unanswered, 2.1 (split into 1995 2.1 and 2.2) n/a, 2.3 (1995 3.1) unanswered.
const older: AssessmentData = {
  code: '1990', period: '1990-91', assessed_on: '1991-05-01', covers: ['Alpha Homes', 'Beta Homes'],
  approval: { body: 'Board', date: '1991-06-01' },
  responses: { '1.1': { comply: 'yes', evidence: 'Done.' }, '2.1': { comply: 'n/a', evidence: 'Not relevant.' } },
} as AssessmentData;
// 1995: 1.1 yes again, 1.2 still unanswered, 2.1 and 2.2 n/a again, 2.3 (new) and 3.1 unanswered.
const newer = (extra: Partial<AssessmentData> = {}): AssessmentData => ({
  code: '1995', period: '1995-96', assessed_on: '1996-05-01', covers: ['Beta Homes', 'Alpha Homes', 'Gamma Homes'],
  approval: { body: 'Customer Committee', ...APPROVAL },
  responses: { '1.1': { comply: 'yes', evidence: 'Done.' }, '2.1': { comply: 'n/a', evidence: 'Not relevant.' }, '2.2': { comply: 'n/a', evidence: 'Not relevant.' } },
  ...extra,
} as AssessmentData);
const diff = (data: AssessmentData = newer()): AssessmentDiff => diffAssessments('test-homes',
  { period: '1990-91', code: code('1990'), data: older }, { period: '1995-96', code: code('1995'), data }, mapping);

describe('not answered in either year', () => {
  const d = diff();

  it('is counted apart from unchanged; answered identically (n/a included) stays unchanged', () => {
    expect(d.summary).toMatchObject({ improved: 0, regressed: 0, unchanged: 3, unanswered_both: 2, new: 1, newly_answered: 0, no_longer_answered: 0 });
    // The provisions keep their documented change value, and the JSON its null for unanswered.
    expect(diffJson(d).provisions.filter((p) => p.status.from === null && p.status.to === null && p.change === 'unchanged').map((p) => p.id)).toEqual(['1.2', '3.1']);
    expect(d.provisions.filter((p) => p.status.from === 'unanswered' && p.status.to === 'unanswered' && p.change === 'unchanged').map((p) => p.id)).toEqual(['1.2', '3.1']);
  });

  it('keeps the existing summary fields and adds unanswered_both after unchanged', () => {
    expect(Object.keys(d.summary)).toEqual(['improved', 'regressed', 'unchanged', 'unanswered_both', 'new', 'newly_answered', 'no_longer_answered',
      'overdue_actions', 'text_changed', 'dropped', 'code_changes']);
  });

  it('text: counted and listed apart', () => {
    const text = formatDiffText(d);
    expect(text).toContain('improved 0 · regressed 0 · unchanged 3 · not answered in either year 2 · new provisions 1 · newly answered 0 · no longer answered 0');
    expect(text).toContain('  unchanged (3)\n    all 3 have no change at all (--all lists them)');
    expect(text).toContain('  not answered in either year (2)\n    all 2 have no change at all (--all lists them)');
    const all = formatDiffText(d, { all: true });
    expect(all).toContain('  not answered in either year (2)\n    1.2 Beta and gamma: unchanged (unanswered → unanswered) — from 1.2, 1.3 (merged)\n    3.1 Zeta strengthened: unchanged (unanswered → unanswered) — from 2.3 (strengthened)');
  });

  it('markdown: a column of its own', () => {
    const md = formatDiffMarkdown(d);
    expect(md).toContain('| improved | regressed | unchanged | not answered in either year | new provisions | newly answered | no longer answered | overdue actions |');
    expect(md).toContain('| 0 | 0 | 3 | 2 | 1 | 0 | 0 | 0 |');
  });
});

describe('landlord_changes', () => {
  it('covers compared as a set, then who approved it', () => {
    expect(diff().landlord_changes).toEqual([
      { field: 'covers', from: ['Alpha Homes', 'Beta Homes'], to: ['Beta Homes', 'Alpha Homes', 'Gamma Homes'] },
      { field: 'approval.body', from: 'Board', to: 'Customer Committee' },
    ]);
  });

  it('no change for a reordered list, a change of case or spacing, or a draft (its approver is not known)', () => {
    const same = { ...older, covers: ['beta  homes', 'Alpha Homes'], approval: { body: 'board', date: '1996-06-01' } } as AssessmentData;
    expect(landlordChanges(older, same)).toEqual([]);
    const { approval: _, ...draft } = newer();
    expect(landlordChanges(older, { ...draft, covers: older.covers } as AssessmentData)).toEqual([]);
  });

  it('covers added or removed', () => {
    const { covers: _, ...none } = older;
    expect(landlordChanges(none as AssessmentData, newer({ approval: undefined }))).toEqual([{ field: 'covers', from: [], to: ['Beta Homes', 'Alpha Homes', 'Gamma Homes'] }]);
    expect(landlordChanges(older, newer({ covers: [], approval: undefined }))).toEqual([{ field: 'covers', from: ['Alpha Homes', 'Beta Homes'], to: [] }]);
  });

  it('is the last field of the JSON', () => {
    expect(Object.keys(diff())).toEqual(['landlord', 'from', 'to', 'summary', 'provisions', 'dropped', 'landlord_changes']);
  });

  it('text and markdown list them', () => {
    const d = diff();
    expect(formatDiffText(d)).toContain('Landlord details that changed\n  covers: Alpha Homes, Beta Homes → Beta Homes, Alpha Homes, Gamma Homes\n  approval.body: Board → Customer Committee\n');
    expect(formatDiffMarkdown(d)).toContain('### Landlord details that changed\n\n- **covers**: Alpha Homes, Beta Homes → Beta Homes, Alpha Homes, Gamma Homes\n- **approval.body**: Board → Customer Committee\n');
    const quiet = diff(newer({ covers: ['Alpha Homes', 'Beta Homes'], approval: { body: 'Board', ...APPROVAL } }));
    expect(formatDiffText(quiet)).not.toContain('Landlord details');
    expect(formatDiffMarkdown(quiet)).not.toContain('Landlord details');
  });
});

describe('What changed in the outputs', () => {
  const landlord: LandlordData = { name: 'Test Homes', website: 'https://example.org' };
  const view = (data: AssessmentData, approvalValid = true): AssessmentView => buildAssessmentView({
    slug: 'test-homes', landlord, period: '1995-96', code: code('1995'), data, diff: diff(data), responseText: null, wording: readWording(), edition: 'public', approvalValid,
  });

  it('the view counts them apart and has the landlord changes ready to print', () => {
    const c = view(newer()).changes!;
    expect(c.counts).toMatchObject({ unchanged: 3, unansweredBoth: 2 });
    expect(c.items.map((i) => i.id)).toEqual(['2.3']);
    expect(c.landlordChanges).toEqual([
      { field: 'covers', from: 'Alpha Homes and Beta Homes', to: 'Beta Homes, Alpha Homes and Gamma Homes' },
      { field: 'approval.body', from: 'Board', to: 'Customer Committee' },
    ]);
    expect(changesText(view(newer()))!.landlord).toEqual({
      heading: "Changes to the landlord's details (2)",
      lines: [
        'Organisations this self-assessment covers: Alpha Homes and Beta Homes in 1990-91; now Beta Homes, Alpha Homes and Gamma Homes.',
        'Approved by: Board in 1990-91; now Customer Committee.',
      ],
    });
  });

  it('who approved it is left out while this year shows DRAFT (its approval no longer holds)', () => {
    expect(view(newer(), false).changes!.landlordChanges.map((x) => x.field)).toEqual(['covers']);
  });

  it('a provision answered in neither year does not say "same answer"', () => {
    const v = view(newer());
    const p = (id: string) => v.sections.flatMap((s) => s.groups.flatMap((g) => g.provisions)).find((x) => x.id === id)!;
    expect(changeSentence(v, p('1.2'))).toBe('Not answered in 1990-91 either (were 1.2, 1.3).');
    expect(changeSentence(v, p('1.1'))).toBe('Same answer as in 1990-91 (was 1.1): Yes.');
  });

  it('the DOCX says "unchanged" and "not answered in either year" apart, and lists the landlord changes', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(view(newer())));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]*>/g, '').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    expect(text).toContain('3\nprovisions unchanged');
    expect(text).toContain('2\nprovisions not answered in either year');
    expect(text).toContain("Changes to the landlord's details (2)");
    expect(text).toContain('Organisations this self-assessment covers: Alpha Homes and Beta Homes in 1990-91; now Beta Homes, Alpha Homes and Gamma Homes.');
    expect(text).toContain('Approved by: Board in 1990-91; now Customer Committee.');
  });

  it('the DOCX leaves the count out when every provision was answered in one year or the other', async () => {
    const all = newer({ responses: { ...newer().responses, '1.2': { comply: 'yes', evidence: 'Done.' }, '3.1': { comply: 'yes', evidence: 'Done.' } } });
    const zip = await JSZip.loadAsync(await renderDocx(view(all)));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).not.toContain('not answered in either year');
  });
});

describe('the landlord\'s name, governing body and members, as the older year\'s approval recorded them', () => {
  const base = { code: '2024', period: '2023-24', assessed_on: '2024-05-01' } as unknown as AssessmentData;
  const approvedAs = (landlord: { name?: string; governing_body?: string; group_members?: string[] }) =>
    ({ ...base, approval: { body: 'Board', date: '2024-06-01', landlord } }) as unknown as AssessmentData;

  it('reports each change against landlord.yaml now', () => {
    const older = approvedAs({ name: 'Old Homes', governing_body: 'Board', group_members: ['A Homes', 'B Homes'] });
    const changes = landlordChanges(older, base, { name: 'New Homes', governing_body: 'Cabinet', group_members: ['A Homes', 'B Homes', 'C Homes'] });
    expect(changes).toEqual([
      { field: 'name', from: 'Old Homes', to: 'New Homes' },
      { field: 'governing_body', from: 'Board', to: 'Cabinet' },
      { field: 'group_members', from: ['A Homes', 'B Homes'], to: ['A Homes', 'B Homes', 'C Homes'] },
    ]);
  });

  it('reports nothing when they are the same (case and spacing aside), or when the older approval recorded none', () => {
    const older = approvedAs({ name: 'Old Homes', governing_body: 'Board' });
    expect(landlordChanges(older, base, { name: 'old  homes', governing_body: 'Board' })).toEqual([]);
    expect(landlordChanges(base, base, { name: 'New Homes' })).toEqual([]);
  });

  it('prefers what the newer year\'s approval recorded to landlord.yaml now', () => {
    const older = approvedAs({ name: 'Old Homes' });
    const newer = approvedAs({ name: 'Middle Homes' });
    expect(landlordChanges(older, newer, { name: 'New Homes' })).toEqual([{ field: 'name', from: 'Old Homes', to: 'Middle Homes' }]);
  });
});
