// The whole build on the bundled examples, read back: site HTML, PDF text and structure, DOCX XML.
// Built twice, in two time zones, to show the output is reproducible.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chc } from '../helpers/cli.ts';
import { REPO } from '../helpers/project.ts';
import { exampleRenderables } from '../helpers/views.ts';
import { brokenLinks } from './site-links.ts';
import { docxText, filesUnder, pdfFonts, pdfInfo, pdfLinks, pdfPageContents, pdfStructure, pdfXmp, unmarkedContent, pdfOutline, pdfOutlinePages, pdfPageLines, pdfText, squeeze, treeHashes } from '../helpers/outputs.ts';
import { richToText } from '../../src/render/markdown.ts';
import { longDate, type AssessmentView } from '../../src/render/view-model.ts';
import { readWording } from '../../src/load/read-templates.ts';
import { changeLine, howToRead, say } from '../../src/model/wording.ts';
import { documentOutline } from '../../src/render/document-outline.ts';
import { actionMeta, citesInternal, codeName, noOpenActions, provisionName, tableColumns } from '../../src/render/phrases.ts';

let root: string;
let outA: string;
let outB: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'chc-build-'));
  cpSync(join(REPO, 'assessments'), join(root, 'assessments'), { recursive: true });
  outA = join(root, 'out-a');
  outB = join(root, 'out-b');
  const a = chc(['build', '--root', root, '--out', outA, '--include-drafts'], { env: { TZ: 'UTC' } });
  expect(a.stderr.replace(/^note: .*\n/gm, '')).toBe('');
  expect(a.status).toBe(0);
  expect(a.stdout).toMatch(/^built 3 assessments: site \(3 assessment pages\), 6 PDF, 6 DOCX, 3 single pages into .* in [\d.]+ s\n$/);
  const b = chc(['build', '--root', root, '--out', outB, '--include-drafts'], { env: { TZ: 'America/New_York' } });
  expect(b.status).toBe(0);
}, 240_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** First words of a text, for "it appears in the output" checks. */
function firstWords(text: string, n = 6): string {
  return squeeze(text).split(' ').slice(0, n).join(' ');
}

/** What each view must show: every provision id and the first words of every answer and evidence text. */
function expectations(view: AssessmentView): { ids: string[]; words: string[] } {
  const ids: string[] = [];
  const words: string[] = [];
  for (const s of view.sections) for (const g of s.groups) for (const p of g.provisions) {
    ids.push(p.id);
    for (const tree of [p.answer, p.evidence]) if (tree) words.push(firstWords(richToText(tree)));
  }
  return { ids, words };
}

const documents = (view: AssessmentView, ext: string) => join(outA, 'documents', view.landlord.slug, view.period, `${view.landlord.slug}-${view.period}-${view.edition}.${ext}`);

describe('npm run build on the bundled examples', () => {
  it('writes the site and both editions of every document', () => {
    const files = filesUnder(outA);
    for (const r of exampleRenderables()) {
      const { slug } = r.views.public.landlord;
      const p = r.views.public.period;
      expect(files).toContain(`site/${slug}/${p}/index.html`);
      for (const edition of ['public', 'board']) for (const ext of ['pdf', 'docx']) expect(files).toContain(`documents/${slug}/${p}/${slug}-${p}-${edition}.${ext}`);
      for (const ext of ['pdf', 'docx']) expect(files).toContain(`site/documents/${slug}/${p}/${slug}-${p}-public.${ext}`);
      expect(files.filter((f) => f.startsWith('site/') && f.includes('-board.'))).toEqual([]);
      expect(files.filter((f) => f.startsWith('site/print-view'))).toEqual([]);
    }
    expect(brokenLinks(join(outA, 'site'))).toEqual([]);
    // Exactly one h1 on every page: no heading a landlord wrote outranks the page's own.
    for (const f of files.filter((x) => x.startsWith('site/') && x.endsWith('.html'))) {
      expect((readFileSync(join(outA, f), 'utf8').match(/<h1[\s>]/g) ?? []).length, f).toBe(1);
    }
  });

  it.each(['public', 'board'] as const)('every provision id and the first words of every answer appear in the site page (public), the PDF text and the DOCX XML (%s)', async (edition) => {
    for (const r of exampleRenderables()) {
      const view = r.views[edition];
      const { ids, words } = expectations(view);
      const pdf = squeeze(pdfText(documents(view, 'pdf')));
      const docx = squeeze((await docxText(documents(view, 'docx'))).text);
      const html = edition === 'public'
        ? squeeze(readFileSync(join(outA, 'site', view.landlord.slug, view.period, 'index.html'), 'utf8').replace(/<[^>]+>/g, ' ').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'))
        : '';
      for (const id of ids) {
        expect(pdf, `${view.landlord.slug} ${view.period} ${edition} PDF: ${id}`).toContain(id);
        expect(docx, `DOCX: ${id}`).toContain(id);
        if (html) expect(html, `site: ${id}`).toContain(id);
      }
      for (const w of words) {
        expect(pdf, `${view.landlord.slug} ${view.period} ${edition} PDF: "${w}"`).toContain(w);
        expect(docx, `DOCX: "${w}"`).toContain(w);
        if (html) expect(html, `site: "${w}"`).toContain(w);
      }
    }
  });

  it('PDFs are tagged A4 documents with an outline, metadata, a footer on every page and sane page counts', () => {
    for (const r of exampleRenderables()) {
      for (const view of [r.views.public, r.views.board]) {
        const file = documents(view, 'pdf');
        const info = pdfInfo(file);
        expect(info.Tagged).toBe('yes');
        expect(info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
        expect(info.Title).toBe(view.meta.title);
        expect(info.Author).toBe(view.landlord.name);
        expect(info.Subject).toBe(view.meta.subject);
        // The XMP metadata stream (what PDF/UA readers look for first): title, author, language.
        const xmp = pdfXmp(file);
        const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        expect(xmp).toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(view.meta.title)}</rdf:li></rdf:Alt></dc:title>`);
        expect(xmp).toContain(`<dc:creator><rdf:Seq><rdf:li>${xml(view.landlord.name)}</rdf:li></rdf:Seq></dc:creator>`);
        expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>');
        // Every link says where it goes, as its words on the page (a screen reader announces the annotation's /Contents).
        const links = pdfLinks(file);
        expect(links.length).toBeGreaterThan(10);
        expect(links.filter((l) => !l.contents?.trim()), 'links without a description').toEqual([]);
        // The contents list's first entry: its link says the part's heading.
        expect(links.find((l) => l.target === 'about')?.contents?.startsWith(documentOutline(view, view.wording)[0]!.text)).toBe(true);
        const fonts = pdfFonts(file);
        expect(fonts.length).toBeGreaterThan(0);
        expect(fonts.filter((f) => !f.embedded), 'fonts not embedded').toEqual([]);
        const pages = Number(info.Pages);
        // Every page's content is tagged or marked as an artifact (the footer, the watermark, the chart drawn for the
        // eye), the marks nested properly with the text objects.
        const contents = pdfPageContents(file);
        expect(contents.length).toBe(pages);
        for (const [i, c] of contents.entries()) {
          const u = unmarkedContent(c);
          expect(u.unmarked, `page ${i + 1}`).toEqual([]);
          expect(u.nested, `page ${i + 1}`).toBe(true);
          expect(c, `page ${i + 1}`).toMatch(/\/Artifact BMC/);
        }
        // PDF/UA-1 (ISO 14289-1): claimed in the metadata, and the structure it asks for, read back here.
        expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
        const tree = pdfStructure(file);
        expect(tree.catalog).toEqual({ lang: 'en-GB', marked: true, displayDocTitle: true, version: '1.7' });
        expect(tree.pagesWithAnnotsNotTabbedByStructure).toEqual([]);
        expect(tree.parentTreeMismatches).toEqual([]);
        const byN = new Map(tree.elements.map((e) => [e.n, e]));
        const kidTypes = (e: (typeof tree.elements)[number]) => e.kids.map((k) => ('elem' in k ? byN.get(k.elem)!.type : 'mcid' in k ? 'content' : 'annotation'));
        for (const e of tree.elements) {
          for (const k of e.kids) if ('elem' in k) expect(byN.get(k.elem)!.parent, `${e.type} ${e.n}'s kid ${k.elem}: its /P`).toBe(e.n);
          // A list item holds a label and a body; lists and tables' grouping elements hold elements only.
          if (e.type === 'LI') expect(kidTypes(e).filter((t) => t !== 'Lbl' && t !== 'LBody'), `LI ${e.n}`).toEqual([]);
          if (e.type === 'LBody') expect(byN.get(e.parent!)!.type).toBe('LI');
          if (e.type === 'L') expect(kidTypes(e).filter((t) => t !== 'LI' && t !== 'Caption'), `L ${e.n}`).toEqual([]);
          if (e.type === 'Table') expect(kidTypes(e).filter((t) => !['TR', 'THead', 'TBody', 'TFoot', 'Caption'].includes(t)), `Table ${e.n}`).toEqual([]);
          if (e.type === 'TR') expect(kidTypes(e).filter((t) => t !== 'TH' && t !== 'TD'), `TR ${e.n}`).toEqual([]);
          if (e.type === 'Figure') expect(e.alt, `Figure ${e.n}: alternative text`).toBe(true);
        }
        // Every type is PDF 1.7's own or role-mapped to one.
        const standard = /^(Document|Part|Art|Sect|Div|BlockQuote|Caption|TOCI?|Index|NonStruct|Private|P|H[1-6]?|L|LI|Lbl|LBody|Table|TR|TH|TD|THead|TBody|TFoot|Span|Quote|Note|Reference|BibEntry|Code|Link|Annot|Figure|Formula|Form)$/;
        for (const t of new Set(tree.elements.map((e) => e.type))) expect(standard.test(t) || standard.test(tree.roleMap[t] ?? ''), `structure type ${t}`).toBe(true);
        expect(tree.elements.filter((e) => e.type === 'LBody').length).toBeGreaterThan(10);
        expect(pages).toBeGreaterThan(5);
        expect(pages).toBeLessThan(120);
        const outline = pdfOutline(file);
        expect(outline.length).toBeGreaterThan(view.sections.length);
        for (const s of view.sections) expect(outline.some((t) => t.includes(s.title)), `outline: ${s.title}`).toBe(true);
        const text = squeeze(pdfText(file));
        expect(text).toContain(squeeze(`${view.landlord.name} — Complaint Handling Code self-assessment ${view.period} — page 1 of ${pages}`));
        expect(text).toContain(`page ${pages} of ${pages}`);
        if (view.draft) expect(text).toContain('DRAFT');
      }
    }
  });

  it("the contents page gives each section the page on which the PDF's own outline says it starts", () => {
    for (const r of exampleRenderables()) {
      const file = documents(r.views.board, 'pdf');
      const outline = pdfOutlinePages(file);
      const contents = [1, 2, 3].flatMap((p) => pdfPageLines(file, p)).map(squeeze);
      let checked = 0;
      for (const s of r.views.board.sections) {
        const title = squeeze(`Section ${s.id}: ${s.title}`);
        const line = contents.find((l) => l.startsWith(title) && /\d+$/.test(l));
        const target = outline.find((o) => squeeze(o.title) === title);
        expect(line, `${file}: contents line for ${title}`).toBeDefined();
        expect(target, `${file}: outline entry for ${title}`).toBeDefined();
        expect(Number(/(\d+)$/.exec(line!)![1]), `${file}: ${title}`).toBe(target!.page);
        checked++;
      }
      expect(checked).toBe(r.views.board.sections.length);
    }
  });

  it('the same input built twice, in two time zones, gives byte-identical site files, DOCX and PDF', () => {
    const a = treeHashes(outA);
    const b = treeHashes(outB);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    const differing = Object.keys(a).filter((f) => a[f] !== b[f]);
    expect(differing).toEqual([]);
    // No output names a file: address (a relative link in a PDF becomes one, naming the build's folder).
    const fileUris = Object.keys(a).filter((f) => /file:\/\//i.test(readFileSync(join(outA, f)).toString('latin1')));
    expect(fileUris).toEqual([]);
  });

  it('records the assessment date in the documents, and SOURCE_DATE_EPOCH overrides it', () => {
    const view = exampleRenderables().find((r) => r.views.public.landlord.slug === 'plus-dane' && r.views.public.period === '2023-24')!.views.public;
    expect(pdfInfo(documents(view, 'pdf')).CreationDate).toMatch(/Jun +3 00:00:00 2024/);
    const out = join(root, 'out-epoch');
    const r = chc(['build', '--root', root, '--out', out, '--only', 'pdf', '--landlord', 'plus-dane', '--period', '2023-24'], { env: { SOURCE_DATE_EPOCH: '1767225600' } });
    expect(r.status).toBe(0);
    expect(pdfInfo(join(out, 'documents/plus-dane/2023-24/plus-dane-2023-24-public.pdf')).CreationDate).toMatch(/Jan +1 00:00:00 2026/);
    expect(existsSync(join(out, 'site'))).toBe(false);
  }, 120_000);

  it('the sentences and part headings of templates/messages.yaml read the same in the site, the PDF and the DOCX (no drift between renderers)', async () => {
    const w = readWording();
    const said = (x: string) => squeeze(x);
    let lines = 0;
    for (const r of exampleRenderables()) {
      for (const v of [r.views.public, r.views.board]) {
        const pdf = squeeze(pdfText(documents(v, 'pdf')));
        const docx = squeeze((await docxText(documents(v, 'docx'))).text);
        const expected: string[] = [say(w, 'cover.title'), say(w, 'heading.contents'), say(w, 'cover.code', { code: codeName(v) }), say(w, 'cover.assessedOn', { date: longDate(v.assessedOn) }), howToRead(w, v.landlord.name, v.edition, citesInternal(v)), say(w, 'atAGlance.note'), say(w, 'atAGlance.caption'), ...documentOutline(v, w).map((e) => e.text)];
        if (v.draft) expected.push(...(['draft.cover', 'draft.closing', 'approval.draftPrint'] as const).map((k) => say(w, k, { body: v.landlord.governingBody })));
        const c = v.changes;
        if (c) expected.push(say(w, c.codeChanged ? 'changes.compared.codeChanged' : 'changes.compared.sameCode', { period: c.fromPeriod, code: c.fromCode }));
        // The tables: their columns, each provision's summary line and each action's line (whole in the DOCX; in
        // the PDF, whose text runs across the table's columns, counted by their opening words), the action plan.
        expected.push(...tableColumns(w), say(w, 'atAGlance.allSections'));
        const provisions = v.sections.flatMap((s) => s.groups.flatMap((g) => g.provisions));
        const rowLines = provisions.flatMap((p) => [say(w, 'provision.inPlainEnglish', { summary: p.summary }), ...p.actions.map((a) => `${say(w, 'action.label')} ${a.description} ${actionMeta(w, a)}`)]);
        for (const line of rowLines) expect(docx, `${v.landlord.slug} ${v.period} ${v.edition} DOCX: ${line}`).toContain(said(line));
        const opening = say(w, 'provision.inPlainEnglish', { summary: '' }).trim();
        const count = (text: string) => text.split(opening).length - 1;
        expect([count(pdf), count(docx)]).toEqual([provisions.length, provisions.length]);
        expected.push(v.openActions.length ? say(w, 'actions.caption', { period: v.period }) : noOpenActions(w, v));
        if (v.approval?.sha256) expected.push(`${say(w, 'approval.hash')} ${v.approval.sha256}`);
        for (const i of v.changes?.items ?? []) expected.push(`${provisionName(i)}: ${changeLine(w, i, v.changes!.fromPeriod, i.kind === 'new provision')}`);
        for (const e of expected) {
          expect(pdf, `${v.landlord.slug} ${v.period} ${v.edition} PDF: ${e}`).toContain(said(e));
          expect(docx, `${v.landlord.slug} ${v.period} ${v.edition} DOCX: ${e}`).toContain(said(e));
          lines++;
        }
        if (v.edition === 'public' && v.draft) {
          const html = squeeze(readFileSync(join(outA, 'site', v.landlord.slug, v.period, 'index.html'), 'utf8').replace(/<[^>]+>/g, ' '));
          expect(html).toContain(said(say(w, 'draft.banner', { body: v.landlord.governingBody })));
        }
      }
    }
    expect(lines).toBeGreaterThan(20);
    // The drift this fixed: the PDF said "a figure or description", the DOCX "Answered".
    const pd = exampleRenderables().find((r) => r.views.public.landlord.slug === 'plus-dane' && r.views.public.period === '2023-24')!.views.public;
    expect(squeeze((await docxText(documents(pd, 'docx'))).text)).toContain('8.1 Annual complaints report: a figure or description in 2020-21 (as 8b), now Yes');
  });
});
