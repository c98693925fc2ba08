// Small, pure operations on the PDFs Chromium (Skia) writes: uncompressed object syntax, a classic xref
// table, named destinations for every element id that is a link target. No general PDF parsing.

const latin1 = new TextDecoder('latin1');

/** Reads every "N 0 obj … endobj" body, by object number. */
function objects(text: string): Map<number, string> {
  const out = new Map<number, string>();
  const re = /(\d+) 0 obj\b([\s\S]*?)endobj/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.set(Number(m[1]), m[2]!);
  return out;
}

const ref = (body: string, key: string): number | undefined => {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(body);
  return m ? Number(m[1]) : undefined;
};

/** The page objects in reading order (walking the page tree). */
function pageOrder(objs: Map<number, string>, text: string): number[] {
  const rootRef = /\/Root\s+(\d+)\s+0\s+R/.exec(text.slice(text.lastIndexOf('trailer')));
  const catalog = rootRef ? objs.get(Number(rootRef[1])) : undefined;
  const pagesRef = catalog ? ref(catalog, 'Pages') : undefined;
  const pages: number[] = [];
  const walk = (n: number, depth: number): void => {
    const body = objs.get(n);
    if (!body || depth > 32) return;
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body);
    if (/\/Type\s*\/Pages\b/.test(body) && kids) {
      for (const k of kids[1]!.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(k[1]), depth + 1);
    } else if (/\/Type\s*\/Page\b/.test(body)) {
      pages.push(n);
    }
  };
  if (pagesRef !== undefined) walk(pagesRef, 0);
  return pages;
}

/** Decodes a PDF name ("#2D" escapes). */
function pdfName(s: string): string {
  return s.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The 1-based page on which each named destination (an element id) lies. */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const text = latin1.decode(pdf);
  const objs = objects(text);
  const order = pageOrder(objs, text);
  const index = new Map(order.map((n, i) => [n, i + 1]));
  const out = new Map<string, number>();
  const rootRef = /\/Root\s+(\d+)\s+0\s+R/.exec(text.slice(text.lastIndexOf('trailer')));
  const catalog = rootRef ? objs.get(Number(rootRef[1])) : undefined;
  const destsRef = catalog ? ref(catalog, 'Dests') : undefined;
  const dests = destsRef !== undefined ? objs.get(destsRef) : undefined;
  if (!dests) return out;
  for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const page = index.get(Number(m[2]));
    if (page !== undefined) out.set(pdfName(m[1]!), page);
  }
  return out;
}

/**
 * Renumbers the tagged-PDF structure ids Chromium writes ("node00005907": a counter shared by every page
 * of the browser, so they depend on which document was printed first) to 1, 2, 3… in the same order.
 * The ids keep their width, so every offset holds, and their order, so the ID tree stays sorted.
 */
export function normaliseStructureIds(pdf: Uint8Array): Uint8Array {
  const text = latin1.decode(pdf);
  const ids = [...new Set([...text.matchAll(/\(node(\d{8})\)/g)].map((m) => m[1]!))].sort();
  if (!ids.length) return pdf;
  const map = new Map(ids.map((id, i) => [id, String(i + 1).padStart(8, '0')]));
  const out = new Uint8Array(pdf);
  for (const m of text.matchAll(/\(node(\d{8})\)/g)) {
    const start = m.index! + 5;
    const value = map.get(m[1]!)!;
    for (let i = 0; i < 8; i++) out[start + i] = value.charCodeAt(i);
  }
  return out;
}

/** Document information to record. */
export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  creator: string;
  /** YYYY-MM-DD: the creation and modification date recorded (so the same input gives the same bytes). */
  date: string;
}

/** A PDF text string: ASCII as a literal, anything else as UTF-16BE hex. */
function pdfString(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return `(${s.replace(/([\\()])/g, '\\$1')})`;
  let hex = 'FEFF';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const units = cp > 0xffff ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)] : [cp];
    for (const u of units) hex += u.toString(16).padStart(4, '0').toUpperCase();
  }
  return `<${hex}>`;
}

/**
 * Records document information: the dates Chromium stamped are overwritten in place with `info.date`
 * (same length, so offsets hold), then an incremental update appends a new Info dictionary with title,
 * author, subject, keywords and creator. Everything else (structure tree, outline, fonts) is untouched.
 */
export function withInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  const bytes = new Uint8Array(pdf);
  const text = latin1.decode(bytes);
  const stamp = `D:${info.date.replace(/-/g, '')}000000+00'00'`;
  for (const m of text.matchAll(/\/(CreationDate|ModDate)\s*\((D:\d{14}[^)]*)\)/g)) {
    const start = m.index! + m[0].indexOf('(') + 1;
    const value = stamp.length <= m[2]!.length ? stamp.padEnd(m[2]!.length, ' ').slice(0, m[2]!.length) : stamp.slice(0, m[2]!.length);
    for (let i = 0; i < value.length; i++) bytes[start + i] = value.charCodeAt(i);
  }
  const tail = text.slice(text.lastIndexOf('trailer'));
  const size = Number(/\/Size\s+(\d+)/.exec(tail)?.[1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(tail)?.[1];
  const prev = Number(/startxref\s+(\d+)/.exec(text.slice(text.lastIndexOf('startxref')))?.[1]);
  if (!Number.isFinite(size) || !root || !Number.isFinite(prev)) return bytes;
  const n = size;
  const dict = [
    `/Title ${pdfString(info.title)}`,
    `/Author ${pdfString(info.author)}`,
    `/Subject ${pdfString(info.subject)}`,
    `/Keywords ${pdfString(info.keywords.join(', '))}`,
    `/Creator ${pdfString(info.creator)}`,
    `/Producer ${pdfString('Skia/PDF via chc')}`,
    `/CreationDate (${stamp})`,
    `/ModDate (${stamp})`,
  ].join('\n');
  const sep = bytes[bytes.length - 1] === 0x0a ? '' : '\n';
  const objStart = bytes.length + sep.length;
  const obj = `${n} 0 obj\n<<${dict}>>\nendobj\n`;
  const xrefStart = objStart + obj.length;
  const update = `${sep}${obj}xref\n${n} 1\n${String(objStart).padStart(10, '0')} 00000 n \ntrailer\n<</Size ${n + 1}\n/Root ${root}\n/Info ${n} 0 R\n/Prev ${prev}>>\nstartxref\n${xrefStart}\n%%EOF\n`;
  const enc = new Uint8Array(update.length);
  for (let i = 0; i < update.length; i++) enc[i] = update.charCodeAt(i) & 0xff;
  const out = new Uint8Array(bytes.length + enc.length);
  out.set(bytes, 0);
  out.set(enc, bytes.length);
  return out;
}
