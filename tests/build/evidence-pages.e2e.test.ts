// Published evidence documents (issue 9): a public markdown evidence file becomes a page of the residents' site,
// with ids on its headings, and a citation of one of its sections links to that heading; an internal one (any
// citation marks it internal) gets no page, no link and no title anywhere on the site.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareIds } from '../../src/model/provision-order.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { chc } from '../helpers/cli.ts';
import { REPO } from '../helpers/project.ts';
import { filesUnder } from '../helpers/outputs.ts';
import { brokenLinks } from './site-links.ts';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

const SECRET = 'Zebra-Quokka internal escalation guide';
const SECRET_TEXT = 'Only staff read this: call extension 4471.';

/** The bundled assessments, with homes-plus citing an internal markdown evidence file by `file:`. */
function copyOfRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'chc-evidence-'));
  dirs.push(root);
  cpSync(join(REPO, 'assessments'), join(root, 'assessments'), { recursive: true });
  writeFileSync(join(root, 'assessments/homes-plus/evidence/staff-guide.md'), `# ${SECRET}\n\n## 1. Escalation\n\n${SECRET_TEXT}\n`);
  const file = join(root, 'assessments/homes-plus/2022-23/assessment.yaml');
  const yaml = readFileSync(file, 'utf8');
  const cited = yaml.replace('      - title: Staff guidance on complaint handling\n        internal: true\n',
    `      - title: ${SECRET}\n        file: ../evidence/staff-guide.md\n        section: "1"\n        internal: true\n`);
  expect(cited).not.toBe(yaml);
  writeFileSync(file, cited);
  return root;
}

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

describe('published evidence documents', () => {
  const root = copyOfRepo();
  const out = join(root, 'out');
  const site = join(out, 'site');

  it('a public policy is a page with heading ids, and section citations link to their heading', () => {
    const r = chc(['build', '--root', root, '--out', out, '--only', 'site', '--include-drafts']);
    expect(r.status, r.stderr).toBe(0);
    const pagePath = join(site, 'homes-plus/documents/complaints-policy/index.html');
    expect(existsSync(pagePath)).toBe(true);
    const page = readFileSync(pagePath, 'utf8');
    // One h1 (the title as cited), the document's headings below it with ids, in order, no script.
    expect(page.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(page).toMatch(/<h1>Customer Complaints and Feedback Policy<\/h1>/);
    // The document's own first heading, which only repeats its title, is not shown again below it.
    expect(page.match(/>Customer Complaints and Feedback Policy<\/h\d>/g)).toHaveLength(1);
    expect(page).toContain('<h3 id="sec-2-1">2.1. What is a complaint?</h3>');
    expect(page).toContain('<h2 id="sec-3">3. Exclusions to this policy</h2>');
    const levels = [...page.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    levels.forEach((l, i) => { if (i > 0) expect(l, `heading ${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1); });
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toContain('responsible_officer');
    expect(page).toContain('href="/homes-plus/2022-23/"');

    // The assessment page links each section citation to an id the policy page has.
    const assessment = readFileSync(join(site, 'homes-plus/2022-23/index.html'), 'utf8');
    const links = [...assessment.matchAll(/href="\/homes-plus\/documents\/complaints-policy\/#([^"]+)"/g)].map((m) => m[1]!);
    expect(links).toContain('sec-2-1');
    // "Documents referred to" links the published policy to its page too, not only the citations under each provision.
    const referred = assessment.slice(assessment.indexOf('id="documents"'));
    expect(referred).toMatch(/<li>\s*<a href="\/homes-plus\/documents\/complaints-policy\/">Customer Complaints and Feedback Policy<\/a>/);
    // Its sections in the document's order, not in the order the provisions cite them.
    const sections = [...referred.slice(0, referred.indexOf('</li>')).matchAll(/[Ss]ections? ([\d.]+) for/g)].map((m) => m[1]!);
    expect(sections.length).toBeGreaterThan(3);
    expect(sections).toEqual([...sections].sort(compareIds));
    const there = ids(page);
    for (const id of links) expect(there.has(id), id).toBe(true);
    expect(brokenLinks(site)).toEqual([]);
    // The print view (and so the PDF) does not link to the site's pages.
    expect(filesUnder(site).some((f) => f.startsWith('print-view/'))).toBe(false);
  }, 240_000);

  it('an internal evidence file gets no page, no link and no title anywhere on the site', () => {
    expect(existsSync(join(site, 'homes-plus/documents/staff-guide'))).toBe(false);
    expect(filesUnder(join(site, 'homes-plus/documents'))).toEqual(['complaints-policy/index.html']);
    for (const f of filesUnder(site)) {
      const text = readFileSync(join(site, f), 'latin1');
      for (const marker of [SECRET, SECRET_TEXT, 'staff-guide']) expect(text.includes(marker), `${f} contains ${marker}`).toBe(false);
    }
  });

  it('a narrowed build keeps the pages and their evidence, but a file newly marked internal loses its page, whichever landlord is built', () => {
    const file = join(root, 'assessments/homes-plus/2022-23/assessment.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('        file: ../evidence/complaints-policy.md\n        section: "2.1"\n', '        file: ../evidence/complaints-policy.md\n        section: "2.1"\n        internal: true\n'));
    const r = chc(['build', '--root', root, '--out', out, '--only', 'site', '--include-drafts', '--landlord', 'plus-dane']);
    expect(r.status, r.stderr).toBe(0);
    // Built for plus-dane only: homes-plus's kept page follows what is internal now (it used to keep the page).
    expect(existsSync(join(site, 'homes-plus/documents/complaints-policy/index.html'))).toBe(false);
    expect(readFileSync(join(site, 'homes-plus/2022-23/index.html'), 'utf8')).not.toContain('/documents/complaints-policy/');
    expect(brokenLinks(site)).toEqual([]);
    const again = chc(['build', '--root', root, '--out', out, '--only', 'site', '--include-drafts', '--landlord', 'homes-plus']);
    expect(again.status, again.stderr).toBe(0);
    expect(existsSync(join(site, 'homes-plus/documents'))).toBe(false);
    expect(readFileSync(join(site, 'homes-plus/2022-23/index.html'), 'utf8')).not.toContain('/documents/complaints-policy/');
    expect(brokenLinks(site)).toEqual([]);
  }, 240_000);
});
