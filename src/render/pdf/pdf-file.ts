// Small, pure operations on the PDFs Chromium (Skia) writes: uncompressed object syntax, a classic xref
// table, named destinations for every element id that is a link target. No general PDF parsing.

import { deflateSync, inflateSync } from 'node:zlib';
import { markArtifacts } from './artifacts.ts';
import { pdfName, refIn } from './pdf-syntax.ts';
import { contentToArtifacts, repairStructure, sequenceShowsText } from './structure.ts';

const latin1 = new TextDecoder('latin1');

/** Reads every "N 0 obj … endobj" body, by object number (the last version of each); `starts` gets where each body starts. */
function objects(text: string, starts?: Map<number, number>): Map<number, string> {
  const out = new Map<number, string>();
  const re = /(\d+) 0 obj\b([\s\S]*?)endobj/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.set(Number(m[1]), m[2]!);
    starts?.set(Number(m[1]), m.index + m[0].length - m[2]!.length - 'endobj'.length);
  }
  return out;
}

/** The page objects in reading order (walking the page tree). */
function pageOrder(objs: Map<number, string>, text: string): number[] {
  const rootRef = /\/Root\s+(\d+)\s+0\s+R/.exec(text.slice(text.lastIndexOf('trailer')));
  const catalog = rootRef ? objs.get(Number(rootRef[1])) : undefined;
  const pagesRef = catalog ? refIn(catalog, 'Pages') : undefined;
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


/** The 1-based page on which each named destination (an element id) lies. */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const text = latin1.decode(pdf);
  const objs = objects(text);
  const order = pageOrder(objs, text);
  const index = new Map(order.map((n, i) => [n, i + 1]));
  const out = new Map<string, number>();
  const rootRef = /\/Root\s+(\d+)\s+0\s+R/.exec(text.slice(text.lastIndexOf('trailer')));
  const catalog = rootRef ? objs.get(Number(rootRef[1])) : undefined;
  const destsRef = catalog ? refIn(catalog, 'Dests') : undefined;
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
  /** The document's language (BCP 47), for the metadata stream. */
  language: string;
  /** What each link of the page says, by its target ("#about", "https://…"): each link annotation's description. */
  links?: ReadonlyMap<string, string>;
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

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The document's XMP metadata (what PDF/UA and archiving readers look for, before the Info dictionary): title,
 * author, subject, keywords, language, tool and dates, and the claim of PDF/UA-1 (`pdfuaid:part`), which the
 * structure repaired by structure.ts and the artifacts marked by artifacts.ts make good.
 */
export function xmpPacket(info: PdfInfo): string {
  const stamp = `${info.date}T00:00:00Z`;
  return `<?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(info.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${xmlText(info.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(info.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>${xmlText(info.language)}</rdf:li></rdf:Bag></dc:language>
<pdf:Keywords>${xmlText(info.keywords.join(', '))}</pdf:Keywords>
<pdf:Producer>Skia/PDF via chc</pdf:Producer>
<xmp:CreatorTool>${xmlText(info.creator)}</xmp:CreatorTool>
<xmp:CreateDate>${stamp}</xmp:CreateDate>
<xmp:ModifyDate>${stamp}</xmp:ModifyDate>
<xmp:MetadataDate>${stamp}</xmp:MetadataDate>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/**
 * What chc adds to the PDF Chromium printed, to make it a finished document to the standard (PDF/UA-1). It records
 * document information: the dates Chromium stamped are overwritten in place with `info.date`
 * (same length, so offsets hold), then an incremental update appends a new Info dictionary with title,
 * author, subject, keywords and creator; the XMP metadata stream, named by the catalog (written again with it, and
 * the version its features need: PDF 1.7, ISO 32000-1, which PDF/UA-1 builds on; Skia's header says 1.4); each
 * page's content with what is not in the structure marked as an artifact (artifacts.ts); the structure elements and
 * parent-tree entries that PDF/UA's list and table rules need changed (structure.ts); and each link annotation
 * again with its description (`/Contents`: what the link says on the page, which a screen reader announces, as
 * PDF/UA asks). Everything else (outline, fonts, the rest of the structure tree) is untouched.
 */
export function finishPdf(pdf: Uint8Array, info: PdfInfo): Uint8Array {
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
  // Where each object's body starts: a stream's bytes are read there (the text here is windows-1252, not byte for byte).
  const starts = new Map<number, number>();
  const objs = objects(text, starts);
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
  // The objects of the update, by number: the Info dictionary, the metadata stream, the catalog naming it, and the
  // link annotations with their descriptions. Their bytes: latin1 for the PDF syntax, UTF-8 inside the XMP stream.
  const written: { n: number; bytes: Uint8Array }[] = [];
  const latin1Bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
  written.push({ n, bytes: latin1Bytes(`${n} 0 obj\n<<${dict}>>\nendobj\n`) });
  const rootNumber = Number(root.split(/\s+/)[0]);
  const catalog = objs.get(rootNumber);
  let next = n + 1;
  if (catalog && !/\/Metadata\s/.test(catalog)) {
    const xmp = new TextEncoder().encode(xmpPacket(info));
    const m = next++;
    written.push({ n: m, bytes: Buffer.concat([latin1Bytes(`${m} 0 obj\n<</Type /Metadata\n/Subtype /XML\n/Length ${xmp.length}>> stream\n`), xmp, latin1Bytes('\nendstream\nendobj\n')]) });
    written.push({ n: rootNumber, bytes: latin1Bytes(`${rootNumber} 0 obj\n${catalog.trim().replace(/>>$/, `\n/Metadata ${m} 0 R${/\/Version\s/.test(catalog) ? '' : '\n/Version /1.7'}>>`)}\nendobj\n`) });
  }
  // Each page's content streams, decoded.
  const streams = new Map<number, { k: number; decoded: string }[]>();
  for (const page of pageOrder(objs, text)) {
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(objs.get(page) ?? '')?.[1] ?? '';
    const list: { k: number; decoded: string }[] = [];
    for (const r of contents.matchAll(/(\d+)\s+0\s+R/g)) {
      const k = Number(r[1]);
      const body = objs.get(k);
      const m = body ? /^\s*<<\/Filter \/FlateDecode\s*\/Length (\d+)>>\s*stream\r?\n/.exec(body) : null;
      if (!body || !m) continue;
      const from = starts.get(k)! + m[0].length;
      try {
        list.push({ k, decoded: inflateSync(bytes.subarray(from, from + Number(m[1]))).toString('latin1') });
      } catch {
        continue;
      }
    }
    streams.set(page, list);
  }
  // The structure tree repaired where PDF/UA asks more than Chromium gives (structure.ts): list bodies, tables'
  // borders as artifacts, role map.
  const repair = repairStructure(objs, rootNumber, next, (page, mcid) => (streams.get(page) ?? []).some((s) => sequenceShowsText(s.decoded, mcid)));
  next = repair.next;
  for (const [k, body] of repair.objects) written.push({ n: k, bytes: latin1Bytes(`${k} 0 obj${body}endobj\n`) });
  // Each page's content with what is not in the structure marked as an artifact (artifacts.ts).
  for (const [page, list] of streams) {
    for (const { k, decoded } of list) {
      const marked = deflateSync(Buffer.from(markArtifacts(contentToArtifacts(decoded, repair.artifacts.get(page) ?? new Set())), 'latin1'), { level: 9 });
      written.push({ n: k, bytes: Buffer.concat([latin1Bytes(`${k} 0 obj\n<</Filter /FlateDecode\n/Length ${marked.length}>> stream\n`), marked, latin1Bytes('\nendstream\nendobj\n')]) });
    }
  }
  for (const [k, body] of objs) {
    if (!/\/Subtype\s*\/Link\b/.test(body) || /\/Contents\s/.test(body)) continue;
    const dest = /\/Dest\s*\/([^\s/<>[\]()]+)/.exec(body)?.[1];
    const uri = /\/URI\s*\(((?:\\.|[^\\)])*)\)/.exec(body)?.[1]?.replace(/\\(.)/g, '$1');
    const target = dest !== undefined ? `#${pdfName(dest)}` : uri;
    if (target === undefined) continue;
    const words = (info.links?.get(target) ?? '').replace(/\s+/g, ' ').trim();
    const description = words || (uri ?? pdfName(dest!));
    written.push({ n: k, bytes: latin1Bytes(`${k} 0 obj\n${body.trim().replace(/>>$/, `\n/Contents ${pdfString(description)}>>`)}\nendobj\n`) });
  }
  const sep = bytes[bytes.length - 1] === 0x0a ? '' : '\n';
  let offset = bytes.length + sep.length;
  const xref: string[] = [];
  for (const w of written) {
    xref.push(`${w.n} 1\n${String(offset).padStart(10, '0')} 00000 n \n`);
    offset += w.bytes.length;
  }
  const tailText = `xref\n${xref.join('')}trailer\n<</Size ${next}\n/Root ${root}\n/Info ${n} 0 R\n/Prev ${prev}>>\nstartxref\n${offset}\n%%EOF\n`;
  const chunks = [latin1Bytes(sep), ...written.map((w) => w.bytes), latin1Bytes(tailText)];
  const out = new Uint8Array(bytes.length + chunks.reduce((a, c) => a + c.length, 0));
  out.set(bytes, 0);
  let at = bytes.length;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
