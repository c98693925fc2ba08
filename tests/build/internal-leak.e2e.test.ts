// Internal stays internal: a document is internal as a file (its real path, whatever name or link cites it), decided
// before anything is published from every citation of every assessment of the landlord (also one that fails to
// validate), or by the document itself (front matter visibility: internal). In each case below a marker is planted
// in the internal file's name, its title and its body, and every public byte is scanned: the site (bytes and file
// names), the public PDF's text and the public DOCX's XML.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chc } from '../helpers/cli.ts';
import { REPO } from '../helpers/project.ts';
import { docxText, filesUnder, pdfText } from '../helpers/outputs.ts';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

const NAME = 'LEAKNAME-audit-checklist';
const MARKERS = ['LEAKNAME', 'LEAKTITLE', 'LEAKBODY'];
const HP = 'assessments/homes-plus';
const HP22 = `${HP}/2022-23/assessment.yaml`;
const BODY = '# Audit checklist LEAKBODY\n\n## 1. Scope\n\nLEAKBODY internal notes on staff performance.\n';

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'chc-leak-'));
  dirs.push(root);
  cpSync(join(REPO, 'assessments'), join(root, 'assessments'), { recursive: true });
  writeFileSync(join(root, HP, 'evidence', `${NAME}.md`), BODY);
  return root;
}

/** Adds a citation as the first document of the first response that lists documents. */
function cite(root: string, file: string, doc: { title: string; file: string; internal?: boolean }, after = '    documents:\n'): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(after);
  expect(at, `${file} has "${after.trim()}"`).toBeGreaterThan(0);
  const item = `      - title: ${doc.title}\n        file: ${doc.file}\n${doc.internal ? '        internal: true\n' : ''}`;
  writeFileSync(path, text.slice(0, at + after.length) + item + text.slice(at + after.length));
}

/** Every marker found in what the public can see, as "file: marker". */
async function publicLeaks(out: string): Promise<string[]> {
  const found: string[] = [];
  for (const f of filesUnder(join(out, 'site'))) {
    const path = join(out, 'site', f);
    let content = f + readFileSync(path).toString('latin1');
    if (f.endsWith('.pdf')) content += pdfText(path);
    if (f.endsWith('.docx')) content += (await docxText(path)).xml;
    for (const m of MARKERS) if (content.includes(m)) found.push(`${f}: ${m}`);
  }
  return found;
}

function build(root: string, ...args: string[]) {
  const out = join(root, 'out');
  const r = chc(['build', '--root', root, '--out', out, '--include-drafts', '--only', 'site', ...args]);
  return { ...r, out };
}

describe('an internal document reaches no public output', () => {
  it('marked internal only in an assessment that fails validation, cited without the flag in another year', async () => {
    const root = project();
    mkdirSync(join(root, HP, '2023-24'));
    const broken = readFileSync(join(root, HP22), 'utf8').replace('period: 2022-23', 'period: 2023-24').replace('comply: yes', 'comply: true');
    writeFileSync(join(root, HP, '2023-24/assessment.yaml'), broken);
    cite(root, `${HP}/2023-24/assessment.yaml`, { title: 'Audit checklist LEAKTITLE', file: `../evidence/${NAME}.md`, internal: true });
    cite(root, HP22, { title: 'Staff checklist LEAKTITLE2', file: `../evidence/${NAME}.md` });
    const r = build(root);
    expect(r.stderr).toContain('built as internal: the public edition shows nothing of it');
    expect(r.stderr).toContain('marked internal: true in 2023-24');
    expect(readFileSync(join(r.out, 'site/homes-plus/2022-23/index.html'), 'utf8')).toContain('Internal document — available on request');
    expect(await publicLeaks(r.out)).toEqual([]);
    const check = chc(['check', '--root', root, '--landlord', 'homes-plus', '--period', '2022-23']);
    expect(check.stdout).toContain('error  internal-unmarked  "Staff checklist LEAKTITLE2" is an internal document (marked internal: true in 2023-24 (1.2)), but is cited here without internal: true');
  }, 120_000);

  it('a link to an internal file, cited under another name without the flag', async () => {
    const root = project();
    symlinkSync(`${NAME}.md`, join(root, HP, 'evidence/shared-notes.md'));
    cite(root, HP22, { title: 'Audit checklist LEAKTITLE', file: `../evidence/${NAME}.md`, internal: true });
    cite(root, HP22, { title: 'Shared notes', file: '../evidence/shared-notes.md' });
    const r = build(root);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('"Shared notes" is an internal document');
    expect(await publicLeaks(r.out)).toEqual([]);
    expect(readFileSync(join(r.out, 'site/homes-plus/2022-23/index.html'), 'utf8')).not.toContain('Shared notes');
  }, 120_000);

  it('cited with the flag in one year and without it in another (both valid): no title anywhere public', async () => {
    const root = project();
    mkdirSync(join(root, 'assessments/plus-dane/evidence'), { recursive: true });
    writeFileSync(join(root, 'assessments/plus-dane/evidence', `${NAME}.md`), BODY);
    cite(root, 'assessments/plus-dane/2020-21/assessment.yaml', { title: 'Audit checklist LEAKTITLE', file: `../evidence/${NAME}.md`, internal: true });
    cite(root, 'assessments/plus-dane/2023-24/assessment.yaml', { title: 'Audit checklist LEAKTITLE', file: `../evidence/${NAME}.md` });
    const r = build(root);
    expect(await publicLeaks(r.out)).toEqual([]);
  }, 120_000);

  it('a document that says visibility: internal in its front matter, cited without any flag', async () => {
    const root = project();
    writeFileSync(join(root, HP, 'evidence', `${NAME}.md`), `---\nvisibility: internal\n---\n${BODY}`);
    cite(root, HP22, { title: 'Audit checklist LEAKTITLE', file: `../evidence/${NAME}.md` });
    const r = build(root);
    expect(r.stderr).toContain('its front matter says visibility: internal');
    expect(await publicLeaks(r.out)).toEqual([]);
  }, 120_000);

  it('an assessment that cannot be read at all: no document of that landlord is published as a page, and the build says why', async () => {
    const root = project();
    cite(root, HP22, { title: 'Audit checklist LEAKTITLE', file: `../evidence/${NAME}.md` });
    mkdirSync(join(root, HP, '2023-24'));
    writeFileSync(join(root, HP, '2023-24/assessment.yaml'), 'code: "2022"\nresponses: [unclosed\n');
    const r = build(root);
    expect(r.stderr).toContain('note: no documents of homes-plus are published as pages while assessments/homes-plus/2023-24/assessment.yaml cannot be read');
    expect(filesUnder(join(r.out, 'site')).filter((f) => f.startsWith('homes-plus/documents/'))).toEqual([]);
    expect((await publicLeaks(r.out)).filter((l) => !l.includes('LEAKTITLE'))).toEqual([]);
  }, 120_000);

  it("a narrowed build of another landlord removes a kept page's document that became internal, and its title", async () => {
    const root = project();
    cite(root, HP22, { title: 'Audit checklist LEAKTITLE', file: `../evidence/${NAME}.md` });
    const first = build(root);
    expect(first.status, first.stderr).toBe(0);
    // Public at first: its page is published (the planting works).
    expect((await publicLeaks(first.out)).some((l) => l.includes('LEAKBODY'))).toBe(true);
    writeFileSync(join(root, HP, 'evidence', `${NAME}.md`), `---\nvisibility: internal\n---\n${BODY}`);
    const narrowed = build(root, '--landlord', 'plus-dane');
    expect(narrowed.status, narrowed.stderr).toBe(0);
    expect(await publicLeaks(narrowed.out)).toEqual([]);
  }, 180_000);

  it("a public policy's link to an internal file keeps its words, not the file's name", async () => {
    const root = project();
    cite(root, HP22, { title: 'Audit checklist LEAKTITLE', file: `../evidence/${NAME}.md`, internal: true });
    const policy = join(root, HP, 'evidence/complaints-policy.md');
    writeFileSync(policy, `${readFileSync(policy, 'utf8')}\nSee the [audit checklist](${NAME}.md) and [the same](./${NAME}.md).\n`);
    const r = build(root);
    expect(readFileSync(join(r.out, 'site/homes-plus/documents/complaints-policy/index.html'), 'utf8')).toContain('See the audit checklist and the same.');
    expect(await publicLeaks(r.out)).toEqual([]);
  }, 120_000);
});
