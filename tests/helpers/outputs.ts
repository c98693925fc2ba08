import { execFileSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import JSZip from 'jszip';

/** Every file under a folder, relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** SHA-256 of every file under a folder, by relative path: two trees are equal when these are. */
export function treeHashes(dir: string): Record<string, string> {
  return Object.fromEntries(filesUnder(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

/**
 * The text of a PDF in the order it was drawn (poppler's pdftotext -raw), so each table cell stays whole;
 * a word broken across lines after its hyphen ("self-" / "assessment") is joined again.
 */
export function pdfText(file: string): string {
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return text.replace(/(\w)-\n(?=\w)/g, '$1-');
}

/** The fonts of a PDF (poppler's pdffonts): name and whether it is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    return { name: cols[0]!, embedded: cols.at(-5) === 'yes' };
  });
}

/** The XMP metadata stream of a PDF, as poppler reads it (pdfinfo -meta): empty when there is none. */
export function pdfXmp(file: string): string {
  return execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' });
}

/**
 * A PDF's objects as the file holds them last (incremental updates applied), read here without the code under test:
 * each body by number (in the order the numbers first appear), the pages, and each page's content streams inflated.
 */
function readPdf(file: string): { text: string; objs: Map<number, string>; pages: [number, string][]; pageContents: (page: string) => string[] } {
  const bytes = readFileSync(file);
  const text = bytes.toString('latin1');
  const objs = new Map<number, string>();
  const at = new Map<number, number>();
  for (const m of text.matchAll(/(\d+) 0 obj\b([\s\S]*?)endobj/g)) {
    objs.set(Number(m[1]), m[2]!);
    at.set(Number(m[1]), m.index! + m[0].length - m[2]!.length - 'endobj'.length);
  }
  const pageContents = (page: string) => [...(/\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(page)?.[1] ?? '').matchAll(/(\d+)\s+0\s+R/g)].map((r) => {
    const m = /\/Length (\d+)>>\s*stream\r?\n/.exec(objs.get(Number(r[1]))!)!;
    const start = at.get(Number(r[1]))! + m.index + m[0].length;
    return inflateSync(bytes.subarray(start, start + Number(m[1]))).toString('latin1');
  });
  return { text, objs, pages: [...objs.entries()].filter(([, b]) => /\/Type\s*\/Page\b/.test(b)), pageContents };
}

/**
 * Every link annotation of a PDF (its objects' last versions, incremental updates applied) with its description
 * (/Contents, decoded; null where it has none) and its target (a named destination or an address).
 */
export function pdfLinks(file: string): { target: string; contents: string | null }[] {
  const objects = readPdf(file).objs;
  const decode = (s: string) => (s.startsWith('<FEFF')
    ? String.fromCharCode(...(s.slice(5, -1).match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)))
    : s.slice(1, -1).replace(/\\(.)/g, '$1'));
  return [...objects.values()].filter((b) => /\/Subtype\s*\/Link\b/.test(b)).map((b) => ({
    target: /\/Dest\s*\/(\S+)/.exec(b)?.[1] ?? /\/URI\s*\(([^)]*)\)/.exec(b)?.[1] ?? '',
    contents: (() => { const m = /\/Contents\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f]*>)/.exec(b); return m ? decode(m[1]!) : null; })(),
  }));
}

/**
 * Each page's content stream, decoded (the objects' last versions, incremental updates applied): the pages found by
 * their /Contents, the streams inflated.
 */
export function pdfPageContents(file: string): string[] {
  const pdf = readPdf(file);
  return pdf.pages.flatMap(([, page]) => pdf.pageContents(page));
}

/**
 * What a page's content holds outside any marked-content sequence (neither tagged nor an artifact), and whether its
 * marked content and text objects nest properly.
 */
export function unmarkedContent(content: string): { unmarked: string[]; nested: boolean } {
  const unmarked: string[] = [];
  const stack: string[] = [];
  let nested = true;
  for (const l of content.split('\n').map((x) => x.trim()).filter(Boolean)) {
    if (/(?:^|[\s>\]])(?:BDC|BMC)$/.test(l)) { stack.push('MC'); continue; }
    if (l === 'EMC') { if (stack.pop() !== 'MC') nested = false; continue; }
    // A text object's delimiters draw nothing: what is inside them is what must be marked.
    if (!stack.includes('MC') && l !== 'BT' && l !== 'ET') unmarked.push(l);
    if (l === 'BT') stack.push('BT');
    if (l === 'ET' && stack.pop() !== 'BT') nested = false;
  }
  return { unmarked, nested: nested && stack.length === 0 };
}

/** pdfinfo's fields. */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

const unescapeXml = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim();

/** The outline (bookmarks) of a PDF, from pdftohtml's XML: each title with the page it leads to. */
export function pdfOutlinePages(file: string): { title: string; page: number }[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-f', '1', '-l', '1', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const outline = /<outline>([\s\S]*)<\/outline>/.exec(xml)?.[1] ?? '';
  return [...outline.matchAll(/<item page="(\d+)"[^>]*>([^<]*)<\/item>/g)].map((m) => ({ title: unescapeXml(m[2]!), page: Number(m[1]) }));
}

/** The outline (bookmarks) titles of a PDF. */
export function pdfOutline(file: string): string[] {
  return pdfOutlinePages(file).map((o) => o.title);
}

/** The lines of one PDF page as positioned text: the pieces sharing a baseline, left to right. */
export function pdfPageLines(file: string, page: number): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-f', String(page), '-l', String(page), file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pieces = [...xml.matchAll(/<text top="(\d+)" left="(\d+)"[^>]*>([\s\S]*?)<\/text>/g)].map((m) => ({ top: Number(m[1]), left: Number(m[2]), text: unescapeXml(m[3]!) }));
  const lines = new Map<number, { left: number; text: string }[]>();
  for (const p of pieces) {
    const key = [...lines.keys()].find((t) => Math.abs(t - p.top) <= 3) ?? p.top;
    lines.set(key, [...(lines.get(key) ?? []), p]);
  }
  return [...lines.entries()].sort(([a], [b]) => a - b).map(([, ps]) => ps.sort((a, b) => a.left - b.left).map((p) => p.text).join(' ').replace(/\s+/g, ' ').trim());
}

/** The text of word/document.xml (and headers/footers) of a DOCX, tags removed. */
export async function docxText(file: string): Promise<{ xml: string; text: string }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const names = Object.keys(zip.files).filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n)).sort();
  const xml = (await Promise.all(names.map((n) => zip.file(n)!.async('string')))).join('\n');
  const text = xml.replace(/<w:tab\/>/g, ' ').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
  return { xml, text };
}

/** Text squeezed for comparison: whitespace collapsed, quotes and dashes unified. */
export function squeeze(s: string): string {
  return s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
}

/** One structure element of a tagged PDF, as the test reads it. */
export interface PdfElement {
  n: number;
  type: string;
  /** The object its /P names. */
  parent: number | null;
  alt: boolean;
  /** Its kids: elements by number, marked content as { page, mcid }, annotations as { annot }. */
  kids: ({ elem: number } | { page: number; mcid: number } | { annot: number })[];
}

/**
 * The tagged structure of a PDF, read here without the code under test (objects' last versions, incremental updates
 * applied): the elements reachable from the structure tree root, its role map, the catalog's keys that PDF/UA looks
 * at, and where the parent tree and the pages' marked content disagree (each MCID a page's content marks must be
 * named by the parent tree as the element that holds it, and no other).
 */
export function pdfStructure(file: string): {
  elements: PdfElement[];
  roleMap: Record<string, string>;
  catalog: { lang: string | null; marked: boolean; displayDocTitle: boolean; version: string | null };
  pagesWithAnnotsNotTabbedByStructure: number[];
  parentTreeMismatches: string[];
} {
  const { text, objs, pages, pageContents } = readPdf(file);
  const refIn = (body: string, key: string) => { const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(body); return m ? Number(m[1]) : null; };
  const catalogN = Number(/\/Root (\d+) 0 R/.exec(text.slice(text.lastIndexOf('trailer')))![1]);
  const catalog = objs.get(catalogN)!;
  const rootBody = objs.get(refIn(catalog, 'StructTreeRoot')!)!;
  const roleMap = Object.fromEntries([...(/\/RoleMap\s*<<([^>]*)>>/.exec(rootBody)?.[1] ?? '').matchAll(/\/(\w+)\s*\/(\w+)/g)].map((m) => [m[1]!, m[2]!]));
  const elements: PdfElement[] = [];
  const walk = (n: number, depth: number): void => {
    const body = objs.get(n)!;
    const type = /\/S\s*\/(\w+)/.exec(body)![1]!;
    const page = refIn(body, 'Pg');
    const kStart = body.search(/\/K\s/);
    let kText = '';
    if (kStart >= 0) {
      const rest = body.slice(kStart + 2).trimStart();
      kText = rest.startsWith('[') ? rest.slice(1, rest.indexOf(']')) : /^(\d+ 0 R|\d+|<<[\s\S]*?>>)/.exec(rest)?.[1] ?? '';
    }
    const kids: PdfElement['kids'] = [];
    for (const m of kText.matchAll(/(\d+) 0 R|<<([\s\S]*?)>>|(\d+)/g)) {
      if (m[1]) kids.push({ elem: Number(m[1]) });
      else if (m[2] !== undefined && /\/OBJR/.test(m[2])) kids.push({ annot: refIn(m[2], 'Obj')! });
      else if (m[2] !== undefined) kids.push({ page: refIn(m[2], 'Pg')!, mcid: Number(/\/MCID (\d+)/.exec(m[2])![1]) });
      else kids.push({ page: page!, mcid: Number(m[3]) });
    }
    elements.push({ n, type, parent: refIn(body, 'P'), alt: /\/Alt\s*[(<]/.test(body), kids });
    if (depth < 200) for (const k of kids) if ('elem' in k) walk(k.elem, depth + 1);
  };
  for (const m of (/\/K\s*(\[[^\]]*\]|\d+ 0 R)/.exec(rootBody)![1]!).matchAll(/(\d+) 0 R/g)) walk(Number(m[1]), 0);

  // Who holds each marked content and annotation, by the tree; what the parent tree says.
  const holder = new Map<string, number>();
  for (const e of elements) for (const k of e.kids) if (!('elem' in k)) holder.set('annot' in k ? `annot ${k.annot}` : `${k.page}/${k.mcid}`, e.n);
  const nums = new Map<number, string>();
  const collect = (n: number) => {
    const b = objs.get(n)!;
    for (const m of (/\/Nums\s*\[([^\]]*)\]/.exec(b)?.[1] ?? '').matchAll(/(\d+) (\d+) 0 R/g)) nums.set(Number(m[1]), objs.get(Number(m[2]))!.trim().startsWith('[') ? objs.get(Number(m[2]))! : `${m[2]}`);
    for (const m of (/\/Kids\s*\[([^\]]*)\]/.exec(b)?.[1] ?? '').matchAll(/(\d+) 0 R/g)) collect(Number(m[1]));
  };
  collect(refIn(rootBody, 'ParentTree')!);
  const mismatches: string[] = [];
  const pagesNotTabbed: number[] = [];
  for (const [pn, pb] of pages) {
    if (/\/Annots/.test(pb) && !/\/Tabs\s*\/S\b/.test(pb)) pagesNotTabbed.push(pn);
    const key = /\/StructParents (\d+)/.exec(pb)?.[1];
    const arr = key !== undefined ? [...(nums.get(Number(key)) ?? '').matchAll(/(\d+) 0 R|null/g)].map((m) => (m[1] ? Number(m[1]) : null)) : [];
    const marked = new Set<number>();
    for (const content of pageContents(pb)) for (const x of content.matchAll(/\/MCID (\d+)/g)) marked.add(Number(x[1]));
    for (const mcid of marked) if (arr[mcid] !== holder.get(`${pn}/${mcid}`)) mismatches.push(`page object ${pn}, MCID ${mcid}: the parent tree says ${arr[mcid]}, the tree ${holder.get(`${pn}/${mcid}`)}`);
    arr.forEach((e, mcid) => { if (e !== null && !marked.has(mcid)) mismatches.push(`page object ${pn}, MCID ${mcid}: in the parent tree, not in the content`); });
    for (const a of (/\/Annots\s*\[([^\]]*)\]/.exec(pb)?.[1] ?? '').matchAll(/(\d+) 0 R/g)) {
      const sp = /\/StructParent (\d+)/.exec(objs.get(Number(a[1]))!)?.[1];
      if (sp === undefined || Number(nums.get(Number(sp))) !== holder.get(`annot ${a[1]}`)) mismatches.push(`annotation ${a[1]}: the parent tree says ${sp === undefined ? 'nothing' : nums.get(Number(sp))}, the tree ${holder.get(`annot ${a[1]}`)}`);
    }
  }
  return {
    elements,
    roleMap,
    catalog: { lang: /\/Lang\s*\(([^)]*)\)/.exec(catalog)?.[1] ?? null, marked: /\/MarkInfo\s*<<[^>]*\/Marked true/.test(catalog), displayDocTitle: /\/DisplayDocTitle true/.test(catalog), version: /\/Version\s*\/([\d.]+)/.exec(catalog)?.[1] ?? null },
    pagesWithAnnotsNotTabbedByStructure: pagesNotTabbed,
    parentTreeMismatches: mismatches,
  };
}
