// A root where one draft still has gaps and another landlord's assessment has an error: the draft builds with
// its gaps shown ("Action and date to be set" where the action goes, in the site, the PDF and the DOCX), the
// broken assessment is reported and not built (its previous outputs kept exactly), and the build exits 1.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chc } from '../helpers/cli.ts';
import { REPO } from '../helpers/project.ts';
import { docxText, pdfText, squeeze, treeHashes } from '../helpers/outputs.ts';

const root = mkdtempSync(join(tmpdir(), 'chc-gaps-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync(join(REPO, 'assessments'), join(root, 'assessments'), { recursive: true });
const out = join(root, 'out');
const draft = join(root, 'assessments/plus-dane/2023-24/assessment.yaml');
const approved = join(root, 'assessments/homes-plus/2022-23/assessment.yaml');
const homesPlus = (hashes: Record<string, string>) => Object.fromEntries(Object.entries(hashes).filter(([f]) => f.includes('homes-plus/2022-23')));

describe('chc build on drafts with gaps and one broken assessment', () => {
  let before: Record<string, string> = {};

  it('first builds everything', () => {
    const r = chc(['build', '--root', root, '--out', out, '--include-drafts']);
    expect(r.status, r.stderr).toBe(0);
    before = homesPlus(treeHashes(out));
    expect(Object.keys(before).length).toBeGreaterThan(4);
  }, 300_000);

  it('builds the draft with its gaps shown, refuses the broken one, keeps its outputs, exits 1', async () => {
    // The draft: 1.2 answered "no" with no action yet (missing-action), 1.3's response removed (missing-response).
    let text = readFileSync(draft, 'utf8');
    text = text.replace(/("1\.2":\n(?:.*\n)*?\s+comply: )yes/, '$1no');
    text = text.replace(/  "1\.3":\n(?:    .*\n|      .*\n|\n)*/, '');
    writeFileSync(draft, text);
    // Another landlord's assessment: an answer to a provision its Code does not have.
    writeFileSync(approved, readFileSync(approved, 'utf8').replace(/^responses:\n/m, 'responses:\n  "99.1":\n    comply: yes\n    evidence: Something.\n'));

    const r = chc(['build', '--root', root, '--out', out, '--include-drafts']);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).toContain('unknown-provision');
    expect(r.stderr).toMatch(/homes-plus 2022-23 was not built: 1 error in assessments\/homes-plus\/2022-23\/assessment\.yaml/);
    // One line per kind of gap, not one line per provision.
    expect(r.stderr).toMatch(/note: assessments\/plus-dane\/2023-24\/assessment\.yaml: draft, 1 answer without an action and a due date \(1\.2\): shown as "Action and date to be set"/);
    expect(r.stderr).toMatch(/note: assessments\/plus-dane\/2023-24\/assessment\.yaml: draft, 1 "must" provision not answered yet \(1\.3\): shown as "Not answered"/);
    expect(r.stdout).toMatch(/^built 2 assessments: /);

    // The draft's outputs show the gap where the action goes.
    const page = readFileSync(join(out, 'site/plus-dane/2023-24/index.html'), 'utf8');
    const p12 = page.slice(page.indexOf('id="p-1-2"'), page.indexOf('id="p-1-3"'));
    expect(p12).toContain('Action and date to be set');
    expect(page).toContain('One answer still needs an action and a date: 1.2 (shown as &quot;Action and date to be set&quot;).');
    for (const edition of ['public', 'board']) {
      const pdf = squeeze(pdfText(join(out, `documents/plus-dane/2023-24/plus-dane-2023-24-${edition}.pdf`)));
      expect(pdf).toContain('Action and date to be set.');
      expect(pdf).toContain('One answer still needs an action and a date: 1.2 (shown as "Action and date to be set").');
      const docx = await docxText(join(out, `documents/plus-dane/2023-24/plus-dane-2023-24-${edition}.docx`));
      expect(squeeze(docx.text)).toContain('Action and date to be set.');
      expect(squeeze(docx.text)).toContain('One answer still needs an action and a date: 1.2 (shown as "Action and date to be set").');
    }
    // The refused assessment's outputs are exactly those of the last build that made them.
    expect(homesPlus(treeHashes(out))).toEqual(before);
    expect(existsSync(join(out, 'site/homes-plus/2022-23/index.html'))).toBe(true);
  }, 300_000);

  it('once the error is fixed, everything builds again (the draft still with its gaps)', () => {
    writeFileSync(approved, readFileSync(approved, 'utf8').replace(/^responses:\n  "99\.1":\n    comply: yes\n    evidence: Something\.\n/m, 'responses:\n'));
    const r = chc(['build', '--root', root, '--out', out, '--include-drafts']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^built 3 assessments: /);
  }, 300_000);
});
