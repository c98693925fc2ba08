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
 * Every link annotation of a PDF (its objects' last versions, incremental updates applied) with its description
 * (/Contents, decoded; null where it has none) and its target (a named destination or an address).
 */
export function pdfLinks(file: string): { target: string; contents: string | null }[] {
  const text = readFileSync(file).toString('latin1');
  const objects = new Map<number, string>();
  for (const m of text.matchAll(/(\d+) 0 obj\b([\s\S]*?)endobj/g)) objects.set(Number(m[1]), m[2]!);
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
  const bytes = readFileSync(file);
  const text = bytes.toString('latin1');
  const at = new Map<number, number>();
  for (const m of text.matchAll(/(\d+) 0 obj\b/g)) at.set(Number(m[1]), m.index!);
  const body = (n: number) => text.slice(at.get(n)!, text.indexOf('endobj', at.get(n)!));
  const out: string[] = [];
  for (const [n] of at) {
    const page = body(n);
    if (!/\/Type\s*\/Page\b/.test(page)) continue;
    for (const r of (/\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(page)?.[1] ?? '').matchAll(/(\d+)\s+0\s+R/g)) {
      const s = body(Number(r[1]));
      const m = /\/Length (\d+)>>\s*stream\r?\n/.exec(s)!;
      const start = at.get(Number(r[1]))! + m.index + m[0].length;
      out.push(inflateSync(bytes.subarray(start, start + Number(m[1]))).toString('latin1'));
    }
  }
  return out;
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
