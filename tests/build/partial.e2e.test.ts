// Partial builds (--only, --edition, --landlord, --period) and the site's downloads: the published site never
// links to a file that is not there, a narrowed build leaves the rest of the output as it was, and a full
// build after any sequence of partial ones gives exactly what a cold build gives.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chc } from '../helpers/cli.ts';
import { REPO } from '../helpers/project.ts';
import { filesUnder, treeHashes } from '../helpers/outputs.ts';
import { brokenLinks } from './site-links.ts';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

function copyOfRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'chc-partial-'));
  dirs.push(root);
  cpSync(join(REPO, 'assessments'), join(root, 'assessments'), { recursive: true });
  return root;
}

const build = (root: string, out: string, ...extra: string[]) => {
  const r = chc(['build', '--root', root, '--out', out, ...extra]);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
};

/** The files of one part of an output (site/ or documents/), with their hashes. */
const part = (out: string, name: string) => Object.fromEntries(Object.entries(treeHashes(out)).filter(([f]) => f.startsWith(`${name}/`)));

const PAGES = ['homes-plus/2022-23', 'plus-dane/2020-21', 'plus-dane/2023-24'];

describe('a sequence of partial builds into one output', () => {
  const root = copyOfRepo();
  const out = join(root, 'out');

  it('--only site: the site with its downloads, the public PDF and DOCX of each page, and nothing else', () => {
    // The output folder is printed as given, or absolute when outside the working directory.
    expect(build(root, out, '--only', 'site', '--include-drafts')).toMatch(new RegExp(`^built 3 assessments: site \\(3 assessment pages\\), 3 PDF, 3 DOCX into ${out}/ in `));
    expect(brokenLinks(join(out, 'site'))).toEqual([]);
    const downloads = PAGES.flatMap((p) => ['docx', 'pdf'].map((ext) => `documents/${p}/${p.replace('/', '-')}-public.${ext}`)).sort();
    expect(Object.keys(part(out, 'documents'))).toEqual(downloads);
    expect(Object.keys(part(out, 'site')).filter((f) => f.startsWith('site/documents/'))).toEqual(downloads.map((f) => `site/${f}`));
  }, 240_000);

  it('then a full build adds the board edition, keeps the site whole with its downloads, and renders nothing twice', () => {
    expect(build(root, out, '--include-drafts')).toMatch(/^built 3 assessments: 3 PDF, 3 DOCX, 3 single pages, 6 unchanged documents reused into /);
    expect(brokenLinks(join(out, 'site'))).toEqual([]);
    expect(filesUnder(join(out, 'site', 'documents'))).toHaveLength(6);
  }, 240_000);

  it('--landlord/--period: updates that assessment, and leaves the other pages of the site (and the index) as they were', () => {
    const file = join(root, 'assessments/plus-dane/2023-24/assessment.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('We adopted the Housing Ombudsman', 'We adopted, in July 2020, the Housing Ombudsman'));
    const before = part(out, 'site');
    expect(build(root, out, '--include-drafts', '--landlord', 'plus-dane', '--period', '2023-24')).toMatch(/^built 1 assessment: site \(3 assessment pages\), 2 PDF, 2 DOCX, 1 single page, 4 unchanged documents reused into /);
    const after = part(out, 'site');
    for (const p of PAGES) expect(existsSync(join(out, 'site', p, 'index.html')), p).toBe(true);
    const index = readFileSync(join(out, 'site/index.html'), 'utf8');
    for (const href of ['/homes-plus/', '/plus-dane/']) expect(index).toContain(`href="${href}"`);
    const landlordPage = readFileSync(join(out, 'site/plus-dane/index.html'), 'utf8');
    for (const href of ['/plus-dane/2023-24/', '/plus-dane/2020-21/']) expect(landlordPage).toContain(`href="${href}"`);
    expect(readFileSync(join(out, 'site/plus-dane/2023-24/index.html'), 'utf8')).toContain('in July 2020');
    for (const f of ['site/homes-plus/2022-23/index.html', 'site/plus-dane/2020-21/index.html', 'site/documents/homes-plus/2022-23/homes-plus-2022-23-public.pdf']) expect(after[f], f).toBe(before[f]);
    expect(after['site/documents/plus-dane/2023-24/plus-dane-2023-24-public.pdf']).not.toBe(before['site/documents/plus-dane/2023-24/plus-dane-2023-24-public.pdf']);
    expect(brokenLinks(join(out, 'site'))).toEqual([]);
  }, 240_000);

  it('--landlord without --include-drafts: that landlord shows only its approved assessments; the other landlords keep their pages', () => {
    expect(build(root, out, '--landlord', 'plus-dane')).toMatch(/^built 2 assessments: site \(1 assessment page\), 12 unchanged documents reused into /);
    expect(existsSync(join(out, 'site/plus-dane'))).toBe(false);
    expect(existsSync(join(out, 'site/homes-plus/2022-23/index.html'))).toBe(true);
    expect(brokenLinks(join(out, 'site'))).toEqual([]);
    build(root, out, '--include-drafts', '--landlord', 'plus-dane');
    expect(existsSync(join(out, 'site/plus-dane/2020-21/index.html'))).toBe(true);
  }, 240_000);

  it('--edition board and --only pdf|docx leave the site as it was', () => {
    const site = part(out, 'site');
    build(root, out, '--edition', 'board', '--include-drafts');
    build(root, out, '--only', 'docx', '--include-drafts');
    expect(part(out, 'site')).toEqual(site);
    const r = chc(['build', '--root', root, '--out', out, '--only', 'site', '--edition', 'board']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--only site makes the website, which is the public edition');
  }, 240_000);

  it('after all that, a full build gives exactly what a cold build gives', () => {
    build(root, out, '--include-drafts');
    const cold = join(root, 'cold');
    build(root, cold, '--include-drafts', '--no-cache');
    const a = treeHashes(out);
    const b = treeHashes(cold);
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect(Object.keys(a).filter((f) => a[f] !== b[f])).toEqual([]);
    expect(brokenLinks(join(cold, 'site'))).toEqual([]);
  }, 240_000);

  it('--landlord after an upgrade of chc: the views the last site was built from are not reused, every assessment is built', () => {
    // What another chc left: its record of the site's views, with its own fingerprint.
    const record = join(out, '.chc-site.json');
    const saved = JSON.parse(readFileSync(record, 'utf8')) as { tool: string; pages: unknown[] };
    expect(saved.tool).toMatch(/^[0-9a-f]{64}$/);
    expect(saved.pages).toHaveLength(3);
    writeFileSync(record, JSON.stringify({ ...saved, tool: 'another chc', pages: [{ landlord: { slug: 'plus-dane' } }] }));
    const before = part(out, 'site');
    const r = chc(['build', '--root', root, '--out', out, '--include-drafts', '--landlord', 'homes-plus']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('site/ was built by another version of chc, so its other pages cannot be kept as they were: every assessment is built');
    // A full build: every assessment, and as nothing else changed, everything reused (the site too).
    expect(r.stdout).toMatch(/^built 3 assessments: 15 unchanged documents reused into /);
    // The site is what a full build makes, and its record is this chc's again.
    expect(part(out, 'site')).toEqual(before);
    expect((JSON.parse(readFileSync(record, 'utf8')) as { tool: string }).tool).toBe(saved.tool);
  }, 240_000);
});

describe('partial builds into an empty output', () => {
  it('--only site alone: the approved assessment with its downloads', () => {
    const root = copyOfRepo();
    const out = join(root, 'out');
    expect(build(root, out, '--only', 'site')).toMatch(/^built 3 assessments: site \(1 assessment page\), 1 PDF, 1 DOCX into /);
    expect(brokenLinks(join(out, 'site'))).toEqual([]);
    expect(filesUnder(join(out, 'documents'))).toEqual(['homes-plus/2022-23/homes-plus-2022-23-public.docx', 'homes-plus/2022-23/homes-plus-2022-23-public.pdf']);
  }, 240_000);

  it('--edition board: the board documents, and no site', () => {
    const root = copyOfRepo();
    const out = join(root, 'out');
    expect(build(root, out, '--edition', 'board', '--only', 'docx')).toMatch(/^built 3 assessments: 3 DOCX into /);
    expect(existsSync(join(out, 'site'))).toBe(false);
    expect(filesUnder(join(out, 'documents')).every((f) => f.endsWith('-board.docx'))).toBe(true);
  }, 240_000);

  it('with no browser, a site whose PDF downloads could not be made is not published; the DOCX files are written', () => {
    const root = copyOfRepo();
    const out = join(root, 'out');
    const r = chc(['build', '--root', root, '--out', out, '--only', 'site'], { env: { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('chc build: no PDFs were made');
    expect(r.stderr).toContain('chc build: the website was not updated, because 1 document it offers for download could not be made (homes-plus/2022-23/homes-plus-2022-23-public.pdf)');
    expect(existsSync(join(out, 'site'))).toBe(false);
    expect(filesUnder(join(out, 'documents'))).toEqual(['homes-plus/2022-23/homes-plus-2022-23-public.docx']);
  }, 240_000);

  it('prints the output folder relative to the working directory when it is inside it', () => {
    const root = copyOfRepo();
    const r = chc(['build', '--root', '.', '--out', 'out', '--only', 'docx', '--edition', 'board', '--landlord', 'homes-plus'], { cwd: root });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^built 1 assessment: 1 DOCX into out\/ in /);
  }, 240_000);
});
