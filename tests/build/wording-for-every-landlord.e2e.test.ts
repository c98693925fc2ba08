// What a new user found (issue 23, item 5), built for real on a landlord that is not one of the examples: a name
// that is plural, no governing body named, an action with no owner, no internal document, and sections cited as a
// range and by their heading. Every output must read correctly for it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chc } from '../helpers/cli.ts';
import { docxText, pdfText, squeeze } from '../helpers/outputs.ts';

const NAME = 'South Norfolk Council and Broadland District Council';
let root: string;
let out: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'chc-every-landlord-'));
  const dir = join(root, 'assessments/sn-broadland');
  mkdirSync(join(dir, '2025-26'), { recursive: true });
  writeFileSync(join(dir, 'landlord.yaml'), `name: ${NAME}\nwebsite: https://www.southnorfolkandbroadland.gov.uk\n`);
  writeFileSync(join(dir, '2025-26/assessment.yaml'), [
    'code: "2024"',
    'period: 2025-26',
    'assessed_on: 2026-03-02',
    'governing_body_response: response.md',
    'responses:',
    '  "1.3":',
    '    comply: yes',
    '    evidence: |',
    '      # How we define a complaint',
    '      Our complaints policy defines a complaint as the Code does.',
    '    documents:',
    '      - title: Complaints Policy',
    '        section: "6.3 to 6.9"',
    '      - title: Complaints Policy',
    '        section: Definition of a complaint',
    '  "1.2":',
    '    comply: no',
    '    commentary: Our leaflet does not yet say this.',
    '    actions:',
    '      - description: Publish the new leaflet',
    '        due: 2026-06-30',
    '',
  ].join('\n'));
  // A response that repeats the heading the outputs give it, with a heading of its own below.
  writeFileSync(join(dir, '2025-26/response.md'), "# The governing body's response\n\nWe have read the self-assessment.\n\n# What we ask next\n\nA review in six months.\n");
  out = join(root, 'out');
  const r = chc(['build', '--root', root, '--out', out, '--include-drafts']);
  expect(r.status, r.stderr).toBe(0);
}, 240_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (path: string) => squeeze(readFileSync(join(out, 'site', path), 'utf8').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
const doc = (edition: string, ext: string) => join(out, 'documents/sn-broadland/2025-26', `sn-broadland-2025-26-${edition}.${ext}`);
/**
 * A verb made to agree with the name as if it were one organisation, or "it"/"its" standing for it in chc's own
 * sentences (the Code's text says "its" of "a landlord", which is right).
 */
const AGREES = new RegExp(`${NAME} (checks|complies|has|assesses|says|sets|is|does)\\b|how it handles|it complies|after its final response|set itself|Its self-assessments`);
/** What of a text reads wrongly for the landlord: null when nothing. */
const agreeing = (text: string) => AGREES.exec(text)?.[0] ?? null;

describe('a landlord whose name is plural, with no governing body named and an action with no owner', () => {
  it('its pages on the site never make a verb agree with its name', () => {
    for (const path of ['sn-broadland/index.html', 'sn-broadland/2025-26/index.html', 'sn-broadland/2025-26/actions/index.html']) {
      const text = page(path);
      expect(text, path).toContain(NAME);
      expect(agreeing(text), path).toBeNull();
    }
    expect(page('sn-broadland/2025-26/index.html')).toContain(`This is the self-assessment of ${NAME} against each provision`);
  });

  it.each(['public', 'board'])('the PDF and the DOCX (%s): no owner line, sections named as such, the edition named without a governing body', async (edition) => {
    const pdf = squeeze(pdfText(doc(edition, 'pdf')));
    const docx = squeeze((await docxText(doc(edition, 'docx'))).text);
    for (const text of [pdf, docx]) {
      expect(agreeing(text)).toBeNull();
      expect(text).toContain('Action: Publish the new leaflet Due: 30 June 2026.');
      expect(/Not named|Owner/.exec(text)?.[0] ?? null).toBeNull();
      expect(text).toContain('Complaints Policy (sections 6.3 to 6.9)');
      expect(text).toContain("Complaints Policy (under 'Definition of a complaint')");
      expect(text).not.toContain('(section Definition');
      // No internal document: nothing to say about them, and nothing "not for publication".
      expect(/not for publication|[Ii]nternal documents are/.exec(text)?.[0] ?? null).toBeNull();
      if (edition === 'board') {
        expect(text).toContain('Edition for the governing body');
        expect(/Governing body edition/i.exec(text)?.[0] ?? null).toBeNull();
      }
    }
  });

  it('the action plan has no owner column when no action names an owner', async () => {
    expect(page('sn-broadland/2025-26/actions/index.html')).toContain('Due by Action 30 June 2026 Publish the new leaflet For Provision 1.2');
    const docx = squeeze((await docxText(doc('board', 'docx'))).text);
    expect(docx).toContain('Due by Provision Action 30 June 2026');
    expect(docx).not.toContain('Due by Provision Action Owner');
  });
});

describe("headings in the landlord's own markdown (issue 23, item 2)", () => {
  const html = (path: string) => readFileSync(join(out, 'site', path), 'utf8');
  it('every page of the site has exactly one h1, and markdown headings sit below the heading they are under', async () => {
    const { filesUnder } = await import('../helpers/outputs.ts');
    const pages = filesUnder(join(out, 'site')).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(3);
    for (const f of pages) expect((html(f).match(/<h1[\s>]/g) ?? []).length, f).toBe(1);
    const page = html('sn-broadland/2025-26/index.html');
    // The repeated first heading is left out; the next one is an h3 under the part's h2.
    expect(page.match(/governing body(&#39;|')s response/gi)?.length).toBe(2); // "On this page", then the part's h2
    expect(page).toMatch(/<h3[^>]*>What we ask next<\/h3>/);
    // Under the provision's h3, the answer's "# How we define a complaint" is an h4.
    expect(page).toMatch(/<h4[^>]*>How we define a complaint<\/h4>/);
  });

  it('the PDF and the DOCX give the response its heading once', async () => {
    const pdf = squeeze(pdfText(doc('board', 'pdf')));
    const docx = await docxText(doc('board', 'docx'));
    for (const text of [pdf, squeeze(docx.text)]) {
      // The contents, then the heading (the Code's 8.2 says "the governing body's response to the report").
      expect(text.match(/governing body's response(?! to)/gi)?.length).toBe(2);
      expect(text).toContain('What we ask next');
    }
    // In the DOCX the response's own heading is a level below the part's.
    expect(docx.xml).toMatch(/<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>).)*What we ask next/);
  });
});
