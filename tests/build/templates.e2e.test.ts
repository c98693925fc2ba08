// A landlord's own wording and standing introduction (assessments/<landlord>/templates/), built for real: each
// shows in the site page, the PDF and the DOCX, in both editions, in place of the tool's.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chc } from '../helpers/cli.ts';
import { REPO } from '../helpers/project.ts';
import { docxText, pdfOutline, pdfText, squeeze } from '../helpers/outputs.ts';

let root: string;
let out: string;
const INTRO = 'Plus Dane reviews how it handles complaints every year, with the residents of its scrutiny panel.';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'chc-templates-'));
  cpSync(join(REPO, 'assessments/plus-dane'), join(root, 'assessments/plus-dane'), { recursive: true });
  const templates = join(root, 'assessments/plus-dane/templates');
  mkdirSync(templates);
  writeFileSync(join(templates, 'messages.yaml'), [
    '# yaml-language-server: $schema=../../../schemas/messages.schema.json',
    'heading.about: "About our self-assessment"',
    'heading.atAGlance: "Our answers at a glance"',
    'draft.cover: "Our {body} has not approved this draft yet."',
    'draft.banner: "Our {body} has not approved this draft yet: it may change."',
    'cover.title: "Annual complaints self-assessment"',
    'heading.contents: "In this paper"',
    'action.due: "To be done by {due}."',
    'provision.since: "Compared with {period}"',
    'site.assessments: "Our self-assessments"',
    'site.allLandlords: "Every landlord"',
    'cover.assessedOn: "Self-assessment completed on {date}"',
    'status.yes: "Met"',
    'level.must: "Required by the Code"',
    'documents.internalPublic: "Internal: ask us for a copy"',
    'atAGlance.summary: "{n, plural, one {Our # provision} other {All # provisions}} at a glance: {counts}."',
    'changes.count.unchanged: "{n, plural, one {answer} other {answers}} the same as before"',
    'complain.ombudsmanName: "Housing Ombudsman"',
    'site.actionPlanTitle: "Our action plan for {period}"',
    'site.complainingTo: "How to complain to {landlord}"',
    '',
  ].join('\n'));
  writeFileSync(join(templates, 'introduction.md'), `---\ntitle: ignored\n---\n${INTRO}\n`);
  out = join(root, 'out');
  const r = chc(['build', '--root', root, '--out', out, '--include-drafts', '--period', '2023-24']);
  expect(r.stderr.replace(/^note: .*\n/gm, '')).toBe('');
  expect(r.status).toBe(0);
}, 240_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const doc = (edition: string, ext: string) => join(out, 'documents/plus-dane/2023-24', `plus-dane-2023-24-${edition}.${ext}`);
const pageText = () => squeeze(readFileSync(join(out, 'site/plus-dane/2023-24/index.html'), 'utf8').replace(/<[^>]+>/g, ' ').replace(/&#39;|&apos;/g, "'"));

describe("a landlord's templates", () => {
  it('the site page has its headings, its DRAFT notice and its standing introduction (without its front matter)', () => {
    const html = pageText();
    expect(html).toContain('Our answers at a glance');
    expect(html).toContain('DRAFT Our Board has not approved this draft yet: it may change.');
    expect(html).toContain(`Introduction ${INTRO}`);
    expect(html).not.toContain('title: ignored');
    expect(html).not.toContain('At a glance');
    expect(html).toContain('Plus Dane Housing: Annual complaints self-assessment 2023-24');
    // An action's line reads as in the PDF and the DOCX, in the landlord's words; the labels of a provision too.
    expect(html).toContain('To be done by 31 December 2024.');
    expect(html).not.toContain('Due: 31 December 2024.');
    expect(html).toContain('Compared with 2020-21');
    // The answers' and levels' labels: the badge, the At a glance legend and counts.
    expect(html).toContain('Complies: Met');
    expect(html).not.toContain('Complies: Yes');
    expect(html).toContain('Required by the Code');
    expect(html).toContain('All 72 provisions at a glance: 70 met, 2 not applicable.');
    expect(html).toContain('Internal: ask us for a copy');
    expect(html).not.toContain('Internal document — available on request');
    expect(html).toMatch(/\d+ answers the same as before/);
    expect(html).toContain('you can ask the Housing Ombudsman to look at your complaint');
    const page = (path: string) => squeeze(readFileSync(join(out, 'site', path), 'utf8').replace(/<[^>]+>/g, ' '));
    expect(page('plus-dane/2023-24/actions/index.html')).toContain('Our action plan for 2023-24');
    expect(page('plus-dane/index.html')).toContain('How to complain to Plus Dane Housing');
  });

  it("the landlord's pages of the site (its list, its header and breadcrumbs) have its words; the home page the tool's", () => {
    const page = (path: string) => squeeze(readFileSync(join(out, 'site', path), 'utf8').replace(/<[^>]+>/g, ' '));
    const landlord = page('plus-dane/index.html');
    expect(landlord).toContain('Our self-assessments');
    expect(landlord).toContain('Every landlord');
    expect(pageText()).toContain('Every landlord');
    const home = page('index.html');
    expect(home).toContain('All landlords');
    expect(home).not.toContain('Every landlord');
  });

  it.each(['public', 'board'])('the PDF and the DOCX have its headings, its cover line and its introduction, as the site does (%s)', async (edition) => {
    const pdf = squeeze(pdfText(doc(edition, 'pdf')));
    const docx = squeeze((await docxText(doc(edition, 'docx'))).text);
    for (const text of [pdf, docx]) {
      expect(text).toContain('About our self-assessment');
      expect(text).toContain('Our answers at a glance');
      expect(text).toContain('Our Board has not approved this draft yet.');
      expect(text).toContain(INTRO);
      expect(text).not.toContain('About this self-assessment');
      expect(text).not.toContain('title: ignored');
      // The title on the cover (and the PDF's footer), the contents' heading.
      expect(text).toContain('Annual complaints self-assessment');
      expect(text).toContain('In this paper');
      expect(text).toContain('To be done by 31 December 2024.');
      expect(text).toContain('Self-assessment completed on 3 June 2024');
      expect(text).toContain('All 72 provisions at a glance: 70 met, 2 not applicable.');
      expect(text).toMatch(/\d+ answers the same as before/);
      if (edition === 'public') expect(text).toContain('Internal: ask us for a copy');
      expect(text).not.toContain('Internal document — available on request');
      expect(text).not.toContain('Complaint Handling Code self-assessment');
    }
    expect(pdf).toContain(squeeze('Plus Dane Housing — Annual complaints self-assessment 2023-24 — page 2 of'));
    expect(pdfOutline(doc(edition, 'pdf'))).toEqual(expect.arrayContaining(['About our self-assessment', 'Introduction', 'Our answers at a glance']));
  });
});
