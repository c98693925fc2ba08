import { spawnSync } from 'node:child_process';
import { readWording } from '../../src/load/read-templates.ts';
import { changeLine } from '../../src/model/wording.ts';
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import type { RootContent } from 'mdast';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderDocx } from '../../src/render/docx/render-docx.ts';
import { citedDocuments, citedForText } from '../../src/render/site/cited-documents.ts';
import { parseRich, richToText, type Rich } from '../../src/render/markdown.ts';
import { longDate, type AssessmentView, type ProvisionView } from '../../src/render/view-model.ts';
import { atAGlanceText, CHANGE_KINDS, changesText, actionDueText, approvalSentence, changeSentence, codeChangeLabel, codeChangeSteps, codeName, hasOwners, plural, provisionName } from '../../src/render/phrases.ts';
import { appendixWidths } from '../../src/render/docx/appendix-a.ts';
import { longestWordWidth } from '../../src/render/docx/text-width.ts';
import { exampleRenderables } from '../helpers/views.ts';
import { REPO } from '../helpers/project.ts';

/** One rendered document, opened. */
interface Opened {
  bytes: Uint8Array;
  zip: JSZip;
  /** Every part that is text, by name. */
  parts: Map<string, string>;
  document: string;
  /** The text of word/document.xml: its w:t runs, a new line for each paragraph, entities decoded. */
  text: string;
  /** The same text with every run of white space made one space. */
  flat: string;
}

async function open(bytes: Uint8Array): Promise<Opened> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    if (/\.(xml|rels)$/.test(name)) parts.set(name, await zip.files[name]!.async('string'));
  }
  const document = parts.get('word/document.xml') ?? '';
  const text = textOf(document);
  return { bytes, zip, parts, document, text, flat: squash(text) };
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The visible text of a part: its w:t runs (not field codes), tabs and breaks as spaces, a new line per paragraph. */
function textOf(xml: string): string {
  return decode(xml
    .replace(/<w:instrText\b[^>]*>[^<]*<\/w:instrText>/g, '')
    .replace(/<w:(tab|br)\b[^>]*\/>/g, '\u0001 \u0002')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g, '\u0001$1\u0002')
    .replace(/<[^>]*>/g, '')
    .replace(/[^\u0001\u0002\n]*\u0001([^\u0002]*)\u0002/g, '$1'));
}

/** The paragraphs of a part (paragraphs never nest in the body, headers or footers we write). */
const paragraphs = (xml: string) => xml.match(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g) ?? [];
/**
 * The elements named `tag` in a part, each whole, nested ones inside: every table row with the tables in its cells,
 * say. With `outermost`, only those not inside another.
 */
function elements(xml: string, tag: string, outermost = false): string[] {
  const out: string[] = [];
  const open: number[] = [];
  for (const m of xml.matchAll(new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g'))) {
    if (m[1] === '') open.push(m.index);
    else {
      const start = open.pop()!;
      if (!outermost || open.length === 0) out.push(xml.slice(start, m.index + m[0].length));
    }
  }
  return out.sort((a, b) => xml.indexOf(a) - xml.indexOf(b));
}
/** The cells of a row, each whole, without the cells of tables nested in them. */
const cellsOf = (row: string) => elements(row.replace(/^<w:tr\b[^>]*>|<\/w:tr>$/g, ''), 'w:tc', true);
/** The innermost table rows: a row whose cells hold no table of their own. */
const innermostRows = (xml: string) => xml.match(/<w:tr\b(?:(?!<w:tr\b)[\s\S])*?<\/w:tr>/g) ?? [];

const provisionsOf = (v: AssessmentView): ProvisionView[] => v.sections.flatMap((s) => s.groups.flatMap((g) => g.provisions));
const firstWords = (tree: Rich, n = 6) => squash(richToText(tree)).split(' ').slice(0, n).join(' ');

function linksOf(tree: Rich | null): string[] {
  const out: string[] = [];
  const walk = (n: RootContent | Rich) => {
    if (n.type === 'link') out.push(n.url);
    if ('children' in n) for (const c of n.children as RootContent[]) walk(c);
  };
  if (tree) walk(tree);
  return out;
}

/** The text of the first paragraph of every list item in a tree. */
function listItemTexts(tree: Rich): string[] {
  const out: string[] = [];
  const walk = (n: RootContent | Rich) => {
    if (n.type === 'listItem' && n.children[0]?.type === 'paragraph') out.push(squash(richToText({ type: 'root', children: [n.children[0]] })));
    if ('children' in n) for (const c of n.children as RootContent[]) walk(c);
  };
  walk(tree);
  return out;
}

function richOf(v: AssessmentView): Rich[] {
  return [
    v.introduction, v.response,
    ...provisionsOf(v).flatMap((p) => [p.text, p.answer, p.evidence, p.commentary, ...p.actions.map((a) => a.note)]),
  ].filter((x): x is Rich => x !== null);
}

/** The parts of the headers, by the document's relationships. */
const headerParts = (o: Opened) => [...o.parts.keys()].filter((n) => /^word\/header\d*\.xml$/.test(n)).map((n) => o.parts.get(n)!);
const footerParts = (o: Opened) => [...o.parts.keys()].filter((n) => /^word\/footer\d*\.xml$/.test(n)).map((n) => o.parts.get(n)!);

const renderables = exampleRenderables();
const views = renderables.flatMap((r) => [r.views.public, r.views.board]);
const nameOf = (v: AssessmentView) => `${v.landlord.slug} ${v.period} ${v.edition}`;
const rendered = new Map<AssessmentView, Opened>();
const timings: number[] = [];

beforeAll(async () => {
  for (const v of views) {
    const started = performance.now();
    const bytes = await renderDocx(v);
    timings.push(performance.now() - started);
    rendered.set(v, await open(bytes));
  }
}, 120_000);

afterEach(() => {
  vi.useRealTimers();
});

/** An approved copy of a view: not a draft, with an approval recording the approved content's hash. */
function approved(v: AssessmentView): AssessmentView {
  const approval = { body: v.landlord.governingBody, date: '2024-07-15', reference: 'BM/2024/07/4', sha256: 'a3f1c2d4e5b60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9' };
  return { ...structuredClone(v), draft: false, approval, meta: { ...v.meta, date: approval.date } };
}

describe('renderDocx on the bundled examples', () => {
  it('renders all three examples in both editions', () => {
    expect(renderables).toHaveLength(3);
    expect(rendered.size).toBe(6);
    for (const o of rendered.values()) {
      expect(o.parts.has('word/document.xml')).toBe(true);
      expect(o.parts.has('[Content_Types].xml')).toBe(true);
    }
  });

  it.each(views.map((v) => [nameOf(v), v] as const))('%s: shows every provision and the start of every answer and evidence', (_, v) => {
    const o = rendered.get(v)!;
    const provisions = provisionsOf(v);
    expect(provisions.length).toBeGreaterThan(0);
    for (const p of provisions) {
      expect(o.text, `provision ${p.id}`).toContain(p.id);
      for (const tree of [p.answer, p.evidence]) {
        if (tree) expect(o.flat, `provision ${p.id}`).toContain(firstWords(tree));
      }
      expect(o.flat).toContain(p.statusLabel);
      for (const d of p.documents) expect(o.flat).toContain(d.internal && d.label.endsWith(' — internal document') ? d.label.slice(0, -' — internal document'.length) : d.label);
    }
    for (const s of v.sections) expect(o.flat).toContain(`Section ${s.id}: ${s.title}`);
  });

  it.each(views.map((v) => [nameOf(v), v] as const))('%s: has the cover, the summary, the action plan and the last page', (_, v) => {
    const o = rendered.get(v)!;
    expect(o.flat).toContain(v.landlord.name);
    expect(o.flat).toContain('Complaint Handling Code self-assessment');
    expect(o.flat).toContain(v.periodLabel);
    expect(o.flat).toContain(`Against the ${codeName(v)}`);
    expect(o.flat).toContain(v.edition === 'public' ? 'Public edition' : 'Board edition — contains internal documents');
    expect(o.flat).toContain(`Assessed on ${longDate(v.assessedOn)}`);
    expect(o.flat).toContain('At a glance');
    expect(o.flat).toContain('Action plan');
    for (const a of v.openActions) expect(o.flat).toContain(a.description);
    if (v.openActions.length === 0) expect(o.flat).toContain('There are no open actions in this self-assessment.');
    expect(o.flat).toContain(v.approval ? 'Approval' : 'Status of this draft');
  });

  it.each(views.map((v) => [nameOf(v), v] as const))('%s: has the parts of the print view, in its order, under its headings', (_, v) => {
    const o = rendered.get(v)!;
    const h1 = paragraphs(o.document).filter((p) => p.includes('<w:pStyle w:val="Heading1"/>')).map((p) => squash(textOf(p)));
    expect(h1).toEqual([
      'About this self-assessment',
      ...(v.response ? [`The ${v.landlord.governingBody}'s response`] : []),
      ...(v.introduction ? ['Introduction'] : []),
      'At a glance',
      ...(v.changes ? [`What changed since ${v.changes.fromPeriod}`] : []),
      'The self-assessment, section by section',
      'Documents referred to',
      'Action plan',
      v.approval ? 'Approval' : 'Status of this draft',
    ]);
    // The cover and the contents come first, before the first part.
    expect(o.flat.indexOf('Contents')).toBeLessThan(o.flat.indexOf('About this self-assessment'));
    expect(o.flat.indexOf(v.periodLabel)).toBeLessThan(o.flat.indexOf('Contents'));
  });

  it.each(views.map((v) => [nameOf(v), v] as const))('%s: every provision has its level, its plain-English summary and its change since last time', (_, v) => {
    const o = rendered.get(v)!;
    const rows = elements(o.document, 'w:tr');
    for (const p of provisionsOf(v)) {
      const row = rows.find((r) => cellsOf(r)[0]?.includes(`w:name="chc_${p.anchor.replace(/-/g, '_')}"`));
      expect(row, p.id).toBeDefined();
      const cells = cellsOf(row!).map((c) => squash(textOf(c)));
      expect(cells).toHaveLength(5);
      expect(cells[0]).toBe(squash(`${p.id} ${p.title ?? ''} ${p.level}`));
      expect(cells[1]).toContain(`In plain English: ${p.summary}`);
      const change = changeSentence(v, p);
      if (change) expect(cells[4]!.endsWith(change), p.id).toBe(true);
      else expect(v.changes).toBeNull();
    }
  });

  it.each(views.filter((v) => v.changes).map((v) => [nameOf(v), v] as const))('%s: "What changed" has the print view\'s counts, groups and lists', (_, v) => {
    const o = rendered.get(v)!;
    const c = v.changes!;
    const h2 = paragraphs(o.document).filter((p) => p.includes('<w:pStyle w:val="Heading2"/>')).map((p) => squash(textOf(p)));
    const t = changesText(v)!;
    for (const k of CHANGE_KINDS) {
      const items = c.items.filter((i) => i.kind === k.kind);
      const group = t.groups.find((g) => g.kind === k.kind);
      if (items.length === 0) {
        expect(group).toBeUndefined();
        continue;
      }
      // The group's heading, with how many it lists, as the site has it.
      expect(group!.heading).toMatch(new RegExp(`^(Answers that got worse|Answers that improved|No longer answered Yes, Partly or No|Now answered Yes, Partly or No|New in the ${v.code.id} Code) \\(${items.length}\\)$`));
      expect(h2).toContain(group!.heading);
      for (const i of items) {
        // As the print view words it (one sentence of templates/messages.yaml for both).
        const line = `${provisionName(i)}: ${changeLine(readWording(), i, c.fromPeriod, k.kind === 'new provision')}`;
        const para = paragraphs(o.document).find((x) => squash(textOf(x)) === line);
        expect(para, line).toBeDefined();
        // Each links to its provision's row.
        expect(para).toContain(`w:anchor="chc_${i.anchor.replace(/-/g, '_')}"`);
      }
    }
    // A new provision is "answered …", never "Not answered → …".
    expect(o.flat).not.toContain('Not answered →');
    expect(o.flat).toContain(`${c.counts.unchanged} ${c.counts.unchanged === 1 ? 'provision' : 'provisions'} unchanged`);
    if (c.dropped.length) expect(h2).toContain(`No longer in the Code (${c.dropped.length})`);
    if (c.codeChanges.length) expect(h2).toContain(`How the Code changed (${plural(c.codeChanges.length, 'change')} that matter)`);
    const steps = codeChangeSteps(c);
    const h3 = paragraphs(o.document).filter((p) => p.includes('<w:pStyle w:val="Heading3"/>')).map((p) => squash(textOf(p)));
    for (const st of steps) {
      if (steps.length > 1) expect(h3).toContain(`From the ${st.fromCode} Code to the ${st.toCode} Code`);
      for (const x of st.changes) expect(o.flat).toContain(squash(`${codeChangeLabel(v.wording, x)} ${x.note}`));
    }
  });

  it.each(views.map((v) => [nameOf(v), v] as const))('%s: lists the documents referred to, as the edition may show them', (_, v) => {
    const o = rendered.get(v)!;
    const { documents, hidden } = citedDocuments(v);
    const part = o.flat.slice(o.flat.lastIndexOf('Documents referred to'), o.flat.lastIndexOf('Action plan'));
    for (const d of documents) {
      expect(part).toContain(d.title);
      expect(part).toContain(`Cited for ${d.provisions.length === 1 ? 'provision' : 'provisions'} ${d.provisions.join(', ')}`);
      expect(part).toContain(squash(citedForText(v.wording, d)));
      if (v.edition === 'public') expect(d.internal).toBe(false);
    }
    if (hidden > 0) expect(part).toContain(`${plural(hidden, 'provision')} also ${hidden === 1 ? 'cites' : 'cite'} internal documents, which are not published`);
    if (v.edition === 'board') expect(part).toContain('— internal document');
  });

  it.each(views.map((v) => [nameOf(v), v] as const))('%s: the action plan gives each open action\'s due date, provision and owner, as in print', (_, v) => {
    const o = rendered.get(v)!;
    const rows = innermostRows(o.document).map((r) => squash(textOf(r)));
    for (const a of v.openActions) {
      const p = provisionsOf(v).find((x) => x.id === a.provision)!;
      const row = squash(`${actionDueText(v.wording, a)} Provision ${a.provision}${p.title ? `: ${p.title}` : ''} ${a.description} ${hasOwners(v) ? (a.owner ?? '') : ''}`);
      expect(rows, row).toContain(row);
    }
  });

  it.each(views.map((v) => [nameOf(v), v] as const))('%s: has real headings, Appendix A tables with repeating header rows, a TOC and page numbers', (_, v) => {
    const o = rendered.get(v)!;
    const paras = paragraphs(o.document);
    const styled = (style: string, text: string) => paras.some((p) => p.includes(`<w:pStyle w:val="${style}"/>`) && squash(textOf(p)) === text);
    for (const s of v.sections) {
      expect(styled('Heading2', s.name), `section ${s.id}`).toBe(true);
      for (const g of s.groups) if (g.title !== null) expect(styled('Heading3', g.title), `${s.id} ${g.title}`).toBe(true);
    }
    for (const h of ['About this self-assessment', 'At a glance', 'The self-assessment, section by section', 'Documents referred to', 'Action plan']) expect(styled('Heading1', h), h).toBe(true);

    // One Appendix A table per section or stage, each starting with a header row that repeats on every page.
    const groups = v.sections.reduce((n, s) => n + s.groups.length, 0);
    const headerRows = innermostRows(o.document).filter((r) => {
      const t = squash(textOf(r));
      return t === 'Code provision Code requirement Comply Evidence Commentary / explanation';
    });
    expect(headerRows).toHaveLength(groups);
    for (const r of headerRows) expect(r).toContain('<w:tblHeader/>');
    // Five columns with set, unequal widths and a fixed layout.
    const grids = o.document.match(/<w:tblGrid>(?:<w:gridCol w:w="\d+"\/>){5}<\/w:tblGrid>/g) ?? [];
    expect(grids.length).toBeGreaterThanOrEqual(groups);
    const widths = [...grids[0]!.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(new Set(widths).size).toBeGreaterThan(2);
    expect(o.document).toContain('<w:tblLayout w:type="fixed"/>');
    expect(o.document).toMatch(/<w:cantSplit\/>/);

    const footers = footerParts(o);
    expect(footers.length).toBeGreaterThan(0);
    for (const f of footers) {
      expect(f).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(f).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
      expect(squash(textOf(f))).toBe(`${v.landlord.name} — Complaint Handling Code self-assessment ${v.period} — page of${v.draft ? ' — DRAFT' : ''}`);
    }
    const headers = headerParts(o);
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) expect(textOf(h)).toContain(v.edition === 'public' ? 'Public edition' : 'Board edition');
    // A4 portrait.
    expect(o.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it.each(views.map((v) => [nameOf(v), v] as const))('%s: the contents list the parts and sections as links, without page numbers, and Word asks nothing on opening', (_, v) => {
    const o = rendered.get(v)!;
    const toc = o.document.match(/<w:sdt>[\s\S]*?<\/w:sdt>/)![0];
    expect(toc).toMatch(/<w:instrText[^>]*>TOC [^<]*\\h/);
    expect(toc).toMatch(/<w:instrText[^>]*>TOC [^<]*\\n &quot;1-2&quot;/);
    expect(toc).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-2&quot;/);
    // Written up to date: not dirty, and the document does not ask to update its fields.
    expect(toc).not.toContain('w:dirty="true"');
    expect(o.parts.get('word/settings.xml')).not.toContain('updateFields');
    // Its entries: every part and section, each a link to its heading, with no page number and no leader to one.
    const entries = paragraphs(toc).map((p) => squash(textOf(p))).filter(Boolean);
    for (const e of ['About this self-assessment', 'At a glance', 'The self-assessment, section by section', ...v.sections.map((s) => `Section ${s.id}: ${s.title}`), 'Documents referred to', 'Action plan', v.approval ? 'Approval' : 'Status of this draft']) expect(entries).toContain(e);
    expect(toc).not.toContain('PAGEREF');
    expect(toc).not.toMatch(/<w:tab\/>/);
    for (const p of paragraphs(toc).filter((x) => squash(textOf(x)))) expect(p).toMatch(/<w:hyperlink [^>]*w:anchor="_Toc\d+"/);
  });

  it.each(views.map((v) => [nameOf(v), v] as const))('%s: every column of the Appendix A tables is wide enough for its longest word', (_, v) => {
    const w = appendixWidths(v);
    expect(w.reduce((a, b) => a + b, 0)).toBe(11906 - 2 * 1134);
    const pad = 160;
    const table = { size: 18 };
    const bold = { size: 18, bold: true };
    for (const p of provisionsOf(v)) {
      expect(longestWordWidth(`${p.title ?? ''} ${p.level}`, table) + pad, p.id).toBeLessThanOrEqual(w[0]!);
      expect(longestWordWidth(`In plain English: ${p.summary} ${richToText(p.text)}`, table) + pad, p.id).toBeLessThanOrEqual(w[1]!);
      expect(longestWordWidth(p.statusLabel, bold) + pad, p.id).toBeLessThanOrEqual(w[2]!);
      for (const t of [p.answer, p.evidence]) if (t) expect(longestWordWidth(richToText(t), table) + pad, p.id).toBeLessThanOrEqual(w[3]!);
      if (p.commentary) expect(longestWordWidth(richToText(p.commentary), table) + pad, p.id).toBeLessThanOrEqual(w[4]!);
    }
    for (const [i, h] of ['Code provision', 'Code requirement', 'Comply', 'Evidence', 'Commentary / explanation'].entries()) expect(longestWordWidth(h, bold) + pad).toBeLessThanOrEqual(w[i]!);
  });

  it.each(views.map((v) => [nameOf(v), v] as const))("%s: the landlord's columns (evidence, commentary) are at least as wide as the Code's requirement", (_, v) => {
    const w = appendixWidths(v);
    expect(w[3]!, 'evidence').toBeGreaterThanOrEqual(w[1]!);
    expect(w[4]!, 'commentary').toBeGreaterThanOrEqual(w[1]!);
  });

  it("the same where the Code's text is long and the landlord's words are few (the layout the balance alone gave 7 cm against 2.6 cm)", () => {
    const v = structuredClone(views.find((x) => x.code.id === '2024')!);
    for (const p of provisionsOf(v)) {
      p.evidence = null;
      p.commentary = null;
      p.documents = [];
      p.actions = [];
    }
    const w = appendixWidths(v);
    expect(w.reduce((a, b) => a + b, 0)).toBe(11906 - 2 * 1134);
    expect(Math.min(w[3]!, w[4]!)).toBeGreaterThanOrEqual(w[1]!);
  });

  it.each(views.map((v) => [nameOf(v), v] as const))('%s: turns markdown into Word structure, never markdown syntax', (_, v) => {
    const o = rendered.get(v)!;
    expect(o.text).not.toContain('**');
    expect(o.text).not.toMatch(/\]\((https?|mailto|tel):/);
    for (const line of o.text.split('\n')) expect(line).not.toMatch(/^\s*([-*+]|\d+\.)\s/);
    const trees = richOf(v);
    // Every list item became a numbered paragraph (Word numbering, not a typed bullet).
    const items = trees.flatMap(listItemTexts);
    const numbered = new Set(paragraphs(o.document).filter((x) => x.includes('<w:numPr>')).map((x) => squash(textOf(x))));
    for (const item of items) expect(numbered.has(item), item).toBe(true);
    // Every link became a hyperlink to its address.
    const rels = o.parts.get('word/_rels/document.xml.rels') ?? '';
    for (const url of trees.flatMap(linksOf)) {
      if (!/^(https?|mailto|tel):/i.test(url)) continue;
      expect(rels, url).toContain(`Target="${url.replace(/&/g, '&amp;')}" TargetMode="External"`);
    }
    if (trees.some((t) => linksOf(t).length > 0) || provisionsOf(v).some((p) => p.documents.some((d) => d.url))) {
      expect(o.document).toMatch(/<w:hyperlink\b[^>]*r:id="[^"]+"/);
    }
  });
});

describe('editions', () => {
  it.each(renderables.map((r) => [`${r.views.public.landlord.slug} ${r.views.public.period}`, r] as const))('%s: the public edition names no internal document', (_, r) => {
    const internalTitles = [...new Set(provisionsOf(r.views.board).flatMap((p) => p.documents.filter((d) => d.internal).map((d) => d.title!)))];
    const pub = rendered.get(r.views.public)!;
    const board = rendered.get(r.views.board)!;
    // A title the landlord's own words mention (the same in both editions) is not the document list leaking it.
    const prose = richOf(r.views.public).map((t) => squash(richToText(t))).join('\n');
    const unmentioned = internalTitles.filter((t) => !prose.includes(t));
    for (const title of unmentioned) {
      expect(pub.flat).not.toContain(title);
      for (const [name, part] of pub.parts) expect(part, name).not.toContain(title);
    }
    for (const title of internalTitles) expect(board.flat).toContain(title);
    const hidden = provisionsOf(r.views.public).flatMap((p) => p.documents).filter((d) => d.internal).length;
    expect(hidden).toBe(provisionsOf(r.views.board).flatMap((p) => p.documents).filter((d) => d.internal).length);
    // Once for each document in the evidence, and once where "About this self-assessment" says how they are listed.
    expect(pub.flat.split('Internal document — available on request').length - 1).toBe(hidden + 1);
    if (internalTitles.length) expect(board.flat).toContain('— internal document');
  });

  it('the examples have internal documents to hide that no answer mentions', () => {
    const titles = renderables.flatMap((r) => {
      const prose = richOf(r.views.public).map((t) => squash(richToText(t))).join('\n');
      return provisionsOf(r.views.board).flatMap((p) => p.documents).filter((d) => d.internal && !prose.includes(d.title!));
    });
    expect(titles.length).toBeGreaterThan(0);
  });

});

/** Checks a draft: the watermark behind every page, DRAFT in the header and on the cover. */
function expectDraft(o: Opened, v: AssessmentView): void {
  const headers = headerParts(o);
  expect(headers.length).toBeGreaterThan(0);
  for (const h of headers) {
    expect(h).toMatch(/<v:shape [^>]*id="PowerPlusWaterMarkObject[^"]*"/);
    expect(h).toMatch(/<v:textpath [^>]*string="DRAFT"/);
    expect(textOf(h)).toContain('DRAFT');
  }
  expect(o.flat).toContain(`DRAFT Not yet approved by the ${v.landlord.governingBody}. It may change before it is approved.`);
  expect(o.flat).toContain(`DRAFT: not yet approved by the ${v.landlord.governingBody}.`);
  expect(o.flat).toContain(`Status of this draft DRAFT. This self-assessment has not been approved by the ${v.landlord.governingBody}. It may change before it is approved.`);
}

/** Checks an approved assessment: no watermark and no DRAFT anywhere; the approval, and its hash when recorded. */
function expectApproved(o: Opened, v: AssessmentView): void {
  const a = v.approval!;
  for (const h of headerParts(o)) {
    expect(h).not.toContain('PowerPlusWaterMarkObject');
    expect(h).not.toContain('<v:textpath');
    expect(textOf(h)).not.toContain('DRAFT');
  }
  expect(o.text).not.toContain('DRAFT');
  expect(o.flat).toContain(`Approved by the ${a.body} on ${longDate(a.date)}`);
  expect(o.flat).toContain(`Approval ${approvalSentence(v)}`);
  if (a.reference) expect(o.flat).toContain(a.reference);
  if (a.sha256) expect(o.flat).toContain(`Approved content (SHA-256): ${a.sha256}`);
  else expect(o.flat).not.toContain('SHA-256');
}

describe('draft and approval', () => {
  it.each(views.map((v) => [nameOf(v), v] as const))('%s: DRAFT watermark and label exactly when the view is a draft', (_, v) => {
    const o = rendered.get(v)!;
    if (v.draft) expectDraft(o, v);
    else expectApproved(o, v);
  });

  it('the examples include drafts', () => {
    expect(views.some((v) => v.draft)).toBe(true);
  });

  it('an approved copy of a draft has no watermark, shows its approval and prints the approved content hash', async () => {
    const drafts = views.filter((v) => v.draft);
    for (const v of [drafts[0]!, drafts.at(-1)!]) {
      const a = approved(v);
      const o = await open(await renderDocx(a));
      expectApproved(o, a);
      expect(o.flat).toContain(`Approved content (SHA-256): ${a.approval!.sha256}`);
      expect(o.flat).toContain('Approved by the Board on 15 July 2024');
      expect(o.parts.get('docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-15T00:00:00Z</dcterms:created>');
    }
  });

  it('a draft copy of any view has the watermark', async () => {
    const v = { ...structuredClone(views[0]!), draft: true, approval: null };
    expectDraft(await open(await renderDocx(v)), v);
  });

  it('an approval without a hash prints no hash line', async () => {
    const a = approved(views[0]!);
    const o = await open(await renderDocx({ ...a, approval: { ...a.approval!, sha256: null } }));
    expect(o.flat).toContain('Approved by the Board on 15 July 2024');
    expect(o.flat).not.toContain('SHA-256');
  });
});

describe('a markdown answer with lists, links, a table and a quote', () => {
  const md = [
    'Our figures for the year:',
    '',
    '- **Stage one** complaints answered on time',
    '- see [our report](https://example.org/report?year=2024&part=1) and *the notes*',
    '  1. nested first',
    '  2. nested second',
    '',
    '3. three',
    '4. four',
    '',
    '| Stage | Complaints | On time |',
    '|:------|-----------:|--------:|',
    '| One   | 120        | 97%     |',
    '| Two   | 14         | 100%    |',
    '',
    '> A quoted **policy** extract',
    '>',
    '> - quoted item',
    '',
    'Call [0800 000 000](tel:0800000000) or write to [us](mailto:complaints@example.org).',
  ].join('\n');

  async function withAnswer(): Promise<{ o: Opened; p: ProvisionView }> {
    const v = structuredClone(views.at(-1)!);
    const p = provisionsOf(v)[0]!;
    p.answer = parseRich(md);
    return { o: await open(await renderDocx(v)), p };
  }

  it('becomes numbered paragraphs, hyperlinks, a Word table and an indented quote', async () => {
    const { o, p } = await withAnswer();
    const paras = paragraphs(o.document);
    const para = (text: string) => paras.find((x) => squash(textOf(x)) === text);
    const level = (x: string | undefined) => x?.match(/<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/)?.slice(1).map(Number);

    const top = level(para('Stage one complaints answered on time'));
    const nested = level(para('nested first'));
    const ordered = level(para('three'));
    expect(top?.[0]).toBe(0);
    expect(nested?.[0]).toBe(1);
    expect(ordered?.[0]).toBe(0);
    expect(level(para('nested second'))).toEqual(nested);
    expect(level(para('four'))).toEqual(ordered);
    expect(new Set([top?.[1], nested?.[1], ordered?.[1]]).size).toBe(3);
    // The ordered list starts at 3, as in the markdown; numbered lists count in decimal, then letters.
    const numbering = o.parts.get('word/numbering.xml')!;
    expect(numbering).toMatch(/<w:lvl w:ilvl="0"[^>]*><w:start w:val="3"\/><w:numFmt w:val="decimal"\/>/);
    expect(numbering).toMatch(/<w:lvl w:ilvl="1"[^>]*><w:start w:val="1"\/><w:numFmt w:val="lowerLetter"\/>/);
    expect(numbering).toMatch(/<w:numFmt w:val="bullet"\/>/);

    // Bold and italic are run properties, not asterisks.
    const stage = para('Stage one complaints answered on time')!;
    expect(stage).toMatch(/<w:b\/>[\s\S]*Stage one/);
    expect(para('see our report and the notes')).toMatch(/<w:i\/>[\s\S]*the notes/);
    expect(o.text).not.toContain('**');
    expect(o.text).not.toMatch(/\*the notes\*/);

    // Links are hyperlinks with external relationships.
    const rels = o.parts.get('word/_rels/document.xml.rels')!;
    for (const url of ['https://example.org/report?year=2024&amp;part=1', 'tel:0800000000', 'mailto:complaints@example.org']) {
      const id = rels.match(new RegExp(`Id="([^"]+)" Type="[^"]*/hyperlink" Target="${url.replace(/[?.]/g, '\\$&')}" TargetMode="External"`))?.[1];
      expect(id, url).toBeDefined();
      expect(o.document).toContain(`r:id="${id}"`);
    }
    expect(o.text).not.toContain('](');

    // The GFM table is a Word table with its header row, inside the evidence cell; nested in a row that may break
    // across pages, its rows neither repeat nor are kept whole (LibreOffice prints such rows twice).
    const rows = innermostRows(o.document).map((r) => squash(textOf(r)));
    expect(rows).toContain('Stage Complaints On time');
    expect(rows).toContain('One 120 97%');
    expect(o.text).not.toMatch(/\|\s*Stage/);
    expect(o.text).not.toContain('---');
    const header = innermostRows(o.document).find((r) => squash(textOf(r)) === 'Stage Complaints On time')!;
    expect(header).toMatch(/<w:b\/>[\s\S]*Stage/);
    for (const r of innermostRows(o.document).filter((x) => ['Stage Complaints On time', 'One 120 97%', 'Two 14 100%'].includes(squash(textOf(x))))) {
      expect(r).not.toContain('<w:tblHeader/>');
      expect(r).not.toContain('<w:cantSplit/>');
    }
    expect(innermostRows(o.document).find((r) => squash(textOf(r)) === 'One 120 97%')).toMatch(/<w:jc w:val="right"\/>/);

    // The quote is set off (a bar down its left side), with no ">" left in the text.
    expect(o.flat).toContain('A quoted policy extract');
    expect(o.text).not.toMatch(/^>/m);
    expect(level(para('quoted item'))?.[0]).toBe(0);

    // And the answer's first words are there, as for every answer.
    expect(o.flat).toContain(firstWords(p.answer!));
  });
});

describe('an Appendix A row', () => {
  it('puts the answer before the evidence and documents, the conditional in italics, actions in the commentary, and marks "Not answered"', async () => {
    const v = structuredClone(views.at(-1)!);
    const [p, q] = provisionsOf(v) as [ProvisionView, ProvisionView];
    Object.assign(p, {
      expects: 'figure', status: 'answered', statusLabel: 'Answered',
      answer: parseRich('Answer first: 97% on time.'),
      evidence: parseRich('Evidence second, from the *case system*.'),
      conditional: 'Applies only where the landlord uses contractors.',
      documents: [{ internal: false, title: 'Annual report', url: 'https://example.org/annual', file: null, section: '3', page: null, label: 'Annual report (section 3)' }],
      commentary: parseRich('Commentary third.'),
      actions: [{ provision: p.id, description: 'Publish the quarterly figures', owner: 'Head of Customer Experience', due: '2024-09-30', status: 'open', completedOn: null, note: null }],
    });
    Object.assign(q, { status: 'unanswered', statusLabel: 'Not answered', answer: null, evidence: null, documents: [], commentary: null, actions: [] });
    const o = await open(await renderDocx(v));
    const row = innermostRows(o.document).find((r) => r.includes('Answer first'))!;
    const cells = row.match(/<w:tc>[\s\S]*?<\/w:tc>(?=<w:tc>|<\/w:tr>)/g)!.map((c) => squash(textOf(c)));
    expect(cells).toHaveLength(5);
    expect(cells[0]!.startsWith(p.id)).toBe(true);
    expect(cells[1]).toContain('Applies only where the landlord uses contractors.');
    expect(cells[2]).toBe('Answered');
    expect(cells[1]).toContain(`In plain English: ${p.summary} Applies only where`);
    expect(cells[3]).toBe('Answer first: 97% on time. Evidence second, from the case system. Annual report (section 3)');
    const change = changeSentence(v, p);
    expect(cells[4]).toBe(`Commentary third. Action: Publish the quarterly figures Owner: Head of Customer Experience. Due: 30 September 2024.${change ? ` ${change}` : ''}`);
    expect(paragraphs(row).find((x) => textOf(x).includes('Applies only where'))).toContain('<w:i/>');
    expect(paragraphs(row).find((x) => textOf(x).includes('Annual report'))).toMatch(/<w:numPr>[\s\S]*<w:hyperlink\b/);
    // "Not answered" stands out: marked, bold, red on a tinted cell.
    const unanswered = innermostRows(o.document).find((r) => squash(textOf(r)).startsWith(`${q.id} `))!;
    const comply = unanswered.match(/<w:tc>[\s\S]*?<\/w:tc>(?=<w:tc>|<\/w:tr>)/g)![2]!;
    expect(squash(textOf(comply))).toBe('⚠ Not answered');
    expect(comply).toMatch(/<w:shd [^>]*w:fill="FFC7CE"/);
    expect(comply).toMatch(/<w:b\/>/);
    expect(comply).toMatch(/<w:color w:val="9C0006"\/>/);
  });
});

describe('a markdown table in the body', () => {
  it('repeats its header row on each page and keeps its rows whole', async () => {
    const v = { ...structuredClone(views.at(-1)!), introduction: parseRich('| Year | Complaints |\n|------|-----------:|\n| 2023 | 120 |\n| 2024 | 98 |') };
    const o = await open(await renderDocx(v));
    const rows = innermostRows(o.document);
    expect(rows.find((r) => squash(textOf(r)) === 'Year Complaints')).toContain('<w:tblHeader/>');
    expect(rows.find((r) => squash(textOf(r)) === '2023 120')).toContain('<w:cantSplit/>');
  });
});

describe('an action without an owner', () => {
  const leaflet = (p: { id: string }, owner: string | null) => ({ provision: p.id, description: owner ? 'Train the team' : 'Write the new leaflet', owner, due: null, status: 'open' as const, overdue: false, completedOn: null, note: null });

  it('prints no owner in its row, and the action plan has no owner column when no action names one', async () => {
    const v = structuredClone(views.at(-1)!);
    const p = provisionsOf(v)[0]!;
    p.actions = [leaflet(p, null)];
    v.openActions = [...p.actions];
    const o = await open(await renderDocx(v));
    const rows = innermostRows(o.document).map((r) => squash(textOf(r)));
    const row = rows.find((r) => r.startsWith(`${p.id} `))!;
    expect(row).toContain('Action: Write the new leaflet Due: No date set.');
    expect(row).not.toContain('Owner');
    expect(rows).toContain(squash(`No date set Provision ${p.id}${p.title ? `: ${p.title}` : ''} Write the new leaflet`));
    expect(rows).toContain('Due by Provision Action');
  });

  it('beside one that names its owner: the owner column is there, and its cell is empty', async () => {
    const v = structuredClone(views.at(-1)!);
    const p = provisionsOf(v)[0]!;
    p.actions = [leaflet(p, null), leaflet(p, 'Complaints Manager')];
    v.openActions = [...p.actions];
    const o = await open(await renderDocx(v));
    const rows = innermostRows(o.document).map((r) => squash(textOf(r)));
    expect(rows).toContain('Due by Provision Action Owner');
    expect(rows).toContain(squash(`No date set Provision ${p.id}${p.title ? `: ${p.title}` : ''} Train the team Complaints Manager`));
    expect(rows.find((r) => r.startsWith(`${p.id} `))).toContain('Action: Train the team Owner: Complaints Manager. Due: No date set.');
  });
});

describe('tables for assistive technology', () => {
  /** Each table's properties and whether it has a header row, in document order (nested tables too). */
  const tablesOf = (xml: string) => [...xml.matchAll(/<w:tbl>(<w:tblPr>[\s\S]*?<\/w:tblPr>)/g)].map((m) => {
    const props = m[1]!;
    const attr = (name: string) => /<w:(\w+) w:val="([^"]*)"\/>/.exec(props.match(new RegExp(`<w:${name} w:val="[^"]*"/>`))?.[0] ?? '')?.[2] ?? null;
    // The table's own first row: up to its next table or its end.
    const rest = xml.slice(m.index! + m[0].length);
    const firstRow = rest.slice(0, rest.search(/<\/w:tr>/));
    return { caption: attr('tblCaption'), description: attr('tblDescription'), header: firstRow.includes('<w:tblHeader/>'), props };
  });

  it.each(views.map((v) => [nameOf(v), v] as const))('%s: every table with a header row has a caption and a description, last in its properties', (_, v) => {
    const tables = tablesOf(rendered.get(v)!.parts.get('word/document.xml')!);
    const headed = tables.filter((t) => t.header);
    expect(headed.length).toBeGreaterThan(3);
    for (const t of headed) {
      expect(t.caption, t.props).toMatch(/\w/);
      expect(t.description, t.caption!).toMatch(/\w/);
      // The schema's order: caption and description end the table's properties.
      expect(t.props).toMatch(/<w:tblCaption w:val="[^"]*"\/><w:tblDescription w:val="[^"]*"\/><\/w:tblPr>$/);
    }
    // The action plan, the at-a-glance counts, and each section's table of provisions.
    const captions = tables.map((t) => t.caption);
    expect(captions).toContain(v.sections[0]!.groups[0]!.title !== null ? `${v.sections[0]!.name}: ${v.sections[0]!.groups[0]!.title}` : v.sections[0]!.name);
    expect(tables.find((t) => t.caption === v.sections[0]!.name || t.caption?.startsWith(`${v.sections[0]!.name}: `))!.description).toMatch(/^Columns: /);
  });

  it.each(views.map((v) => [nameOf(v), v] as const))("%s: the at-a-glance chart says what it draws: the totals, each section's counts in words", (_, v) => {
    const text = atAGlanceText(v);
    const chart = tablesOf(rendered.get(v)!.parts.get('word/document.xml')!).find((t) => t.caption === text.summary.replace(/&/g, '&amp;'));
    expect(chart, 'the chart table').toBeDefined();
    for (const r of text.rows) expect(chart!.description).toContain(`${r.name.replace(/&/g, '&amp;').replace(/'/g, '&apos;')}: ${r.phrase}.`);
  });
});

describe('document properties, page setup and fonts', () => {
  it.each(views.map((v) => [nameOf(v), v] as const))('%s: core.xml has the title, author and fixed dates', (_, v) => {
    const o = rendered.get(v)!;
    const core = o.parts.get('docProps/core.xml')!;
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&apos;');
    expect(core).toContain(`<dc:title>${esc(v.meta.title)}</dc:title>`);
    expect(core).toContain(`<dc:subject>${esc(v.meta.subject)}</dc:subject>`);
    expect(core).toContain(`<dc:creator>${esc(v.meta.author)}</dc:creator>`);
    expect(core).toContain(`<cp:keywords>${esc(v.meta.keywords.join(', '))}</cp:keywords>`);
    expect(core).toContain('<cp:lastModifiedBy>chc</cp:lastModifiedBy>');
    expect(core).toMatch(/<dc:description>[^<]+<\/dc:description>/);
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${v.meta.date}T00:00:00Z</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${v.meta.date}T00:00:00Z</dcterms:modified>`);
    // The language where readers and accessibility checkers look for it, besides the styles.
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    const styles = o.parts.get('word/styles.xml')!;
    expect(styles).toMatch(/<w:lang w:val="en-GB"/);
    expect(styles).toMatch(/<w:rFonts w:ascii="Arial"/);
    // Every zip entry carries the same fixed time.
    for (const f of Object.values(o.zip.files)) expect(f.date.toISOString()).toBe(`${v.meta.date}T00:00:00.000Z`);
  });
});

describe('determinism', () => {
  const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

  it('the same view gives the same bytes, twice in a row, on another day and in another time zone', async () => {
    const v = views.at(-1)!;
    const first = rendered.get(v)!.bytes;
    expect(sha(await renderDocx(v))).toBe(sha(first));
    const tz = process.env.TZ;
    try {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2031-11-05T23:59:58-08:00'));
      process.env.TZ = 'America/New_York';
      expect(sha(await renderDocx(v))).toBe(sha(first));
      process.env.TZ = 'Pacific/Kiritimati';
      expect(sha(await renderDocx(v))).toBe(sha(first));
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('every example renders to the same bytes in a separate process in another time zone', () => {
    const script = [
      `const { exampleRenderables } = await import(${JSON.stringify(`${REPO}tests/helpers/views.ts`)});`,
      `const { renderDocx } = await import(${JSON.stringify(`${REPO}src/render/docx/render-docx.ts`)});`,
      `const { createHash } = await import('node:crypto');`,
      `const out = [];`,
      `for (const r of exampleRenderables()) for (const e of ['public', 'board']) out.push(createHash('sha256').update(await renderDocx(r.views[e])).digest('hex'));`,
      `process.stdout.write(JSON.stringify(out));`,
    ].join('\n');
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: REPO, encoding: 'utf8', env: { ...process.env, TZ: 'America/New_York', LANG: 'en_US.UTF-8' }, timeout: 60_000,
    });
    expect(child.stderr.replace(/^.*ExperimentalWarning.*$\n?/gm, '').trim()).toBe('');
    expect(child.status).toBe(0);
    const hashes = JSON.parse(child.stdout) as string[];
    expect(hashes).toEqual(views.map((v) => sha(rendered.get(v)!.bytes)));
  });

  it('renders each document quickly', () => {
    // The first render loads docx; the rest should each take well under a second.
    const rest = timings.slice(1);
    expect(Math.max(...rest)).toBeLessThan(3000);
  });
});
