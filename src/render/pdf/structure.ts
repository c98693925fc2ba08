// The structure tree Chromium writes, repaired where PDF/UA-1 (ISO 14289-1, after ISO 32000-1 §14.8.4) asks for
// more than it gives:
// - a list item (`LI`) holds a label (`Lbl`) and a body (`LBody`); Chromium puts the item's content straight in
//   the `LI`: it goes into a new `LBody`;
// - a table's grouping elements (`Table`, `TR`, `THead`, `TBody`, `TFoot`) and a list (`L`) hold only elements;
//   Chromium gives the `Table` the marked content that draws its borders: that becomes an artifact (a border is
//   drawn for the eye, not read), unless it shows text, which is left where it is;
// - element types outside PDF 1.7's standard set (Chromium writes PDF 2.0's `Strong`) are role-mapped.
// Pure: the PDF's objects in (by number, their bodies as written), the objects to write again or add out, with the
// page content to mark as artifacts. The parent tree (which element each marked-content id belongs to) follows
// every move.
import { OPENS_MARKED_CONTENT, refIn } from './pdf-syntax.ts';

/** PDF 1.7's standard structure types (ISO 32000-1, 14.8.4). */
const STANDARD = new Set([
  'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private',
  'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'THead', 'TBody',
  'TFoot', 'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP',
  'Warichu', 'WT', 'WP', 'Figure', 'Formula', 'Form',
]);

/** What a PDF 2.0 type (as Chromium may write) is in PDF 1.7's terms; anything else unknown maps to NonStruct. */
const ROLES: Readonly<Record<string, string>> = {
  Strong: 'Span', Em: 'Span', Sub: 'Span', Title: 'H', Aside: 'Note', FENote: 'Note', DocumentFragment: 'Part',
};

/** Elements that may hold only other elements (and a caption): no content of their own. */
const GROUPING = new Set(['Table', 'TR', 'THead', 'TBody', 'TFoot', 'L']);

/** One entry of a structure element's /K: another element, content on the element's page, or a reference. */
type Kid =
  | { kind: 'elem'; n: number; text: string }
  | { kind: 'mcid'; mcid: number; text: string }
  | { kind: 'mcr'; page: number; mcid: number; text: string }
  | { kind: 'objr'; obj: number; text: string };

export interface StructureRepair {
  /** Objects to write again or add, by number: their bodies (what goes between "N 0 obj" and "endobj"). */
  objects: Map<number, string>;
  /** By page object: the marked-content ids whose content becomes an artifact. */
  artifacts: Map<number, Set<number>>;
  /** The next free object number. */
  next: number;
}

const typeOf = (body: string | undefined): string | undefined => (body && /^\s*<<\s*\/Type\s*\/StructElem\b/.test(body) ? /\/S\s*\/([^\s/<>[\]()]+)/.exec(body)?.[1] : undefined);

/** The value of /K as written ("7", "12 0 R", "[…]"): where it starts and ends in the body. */
function kSpan(body: string): { start: number; end: number; value: string } | undefined {
  const m = /\/K\s*/.exec(body);
  if (!m) return undefined;
  const start = m.index + m[0].length;
  let end: number;
  if (body[start] === '[') {
    end = body.indexOf(']', start) + 1;
  } else {
    const v = /^(\d+\s+0\s+R|\d+|<<[\s\S]*?>>)/.exec(body.slice(start));
    if (!v) return undefined;
    end = start + v[0].length;
  }
  return { start, end, value: body.slice(start, end) };
}

function kidsOf(body: string, objs: ReadonlyMap<number, string>): Kid[] | undefined {
  const k = kSpan(body);
  if (!k) return undefined;
  const inner = k.value.startsWith('[') ? k.value.slice(1, -1) : k.value;
  const kids: Kid[] = [];
  for (const m of inner.matchAll(/(\d+)\s+0\s+R|<<([\s\S]*?)>>|(\d+)/g)) {
    if (m[1] !== undefined) {
      const n = Number(m[1]);
      // A kid by reference is an element, or (rarely) an MCR or OBJR dictionary written as its own object.
      const target = objs.get(n) ?? '';
      const own = /^\s*<<\s*\/Type\s*\/(\w+)/.exec(target)?.[1];
      if (own === 'MCR') kids.push({ kind: 'mcr', page: refIn(target, 'Pg') ?? -1, mcid: Number(/\/MCID\s+(\d+)/.exec(target)?.[1]), text: m[0] });
      else if (own === 'OBJR') kids.push({ kind: 'objr', obj: refIn(target, 'Obj') ?? -1, text: m[0] });
      else kids.push({ kind: 'elem', n, text: m[0] });
    } else if (m[2] !== undefined) {
      if (/\/Type\s*\/OBJR\b/.test(m[2])) kids.push({ kind: 'objr', obj: refIn(m[2], 'Obj') ?? -1, text: m[0] });
      else kids.push({ kind: 'mcr', page: refIn(m[2], 'Pg') ?? -1, mcid: Number(/\/MCID\s+(\d+)/.exec(m[2])?.[1]), text: m[0] });
    } else {
      kids.push({ kind: 'mcid', mcid: Number(m[3]), text: m[0] });
    }
  }
  return kids;
}

const withK = (body: string, kids: readonly Kid[]): string => {
  const k = kSpan(body)!;
  return `${body.slice(0, k.start)}[${kids.map((c) => c.text).join(' ')}]${body.slice(k.end)}`;
};

/** The parent tree's entries: each key's value object (an array of elements by MCID, or one element). */
function parentTreeLeaves(objs: ReadonlyMap<number, string>, node: number, out: Map<number, string>, depth = 0): void {
  const body = objs.get(node);
  if (!body || depth > 16) return;
  const nums = /\/Nums\s*\[([^\]]*)\]/.exec(body)?.[1];
  if (nums) for (const m of nums.matchAll(/(\d+)\s+(\d+\s+0\s+R)/g)) out.set(Number(m[1]), m[2]!);
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1];
  if (kids) for (const m of kids.matchAll(/(\d+)\s+0\s+R/g)) parentTreeLeaves(objs, Number(m[1]), out, depth + 1);
}

/**
 * Repairs the structure tree (see the head of this file) of the document whose catalog is object `catalogN`.
 * `drawsText(page, mcid)` says whether a marked-content sequence shows text (its content stream is the caller's to
 * read).
 */
export function repairStructure(objs: ReadonlyMap<number, string>, catalogN: number, next: number, drawsText: (page: number, mcid: number) => boolean): StructureRepair {
  const out = new Map<number, string>();
  const artifacts = new Map<number, Set<number>>();
  const body = (n: number) => out.get(n) ?? objs.get(n) ?? '';
  const catalog = objs.get(catalogN);
  const rootN = catalog ? refIn(catalog, 'StructTreeRoot') : undefined;
  const root = rootN !== undefined ? objs.get(rootN) : undefined;
  if (rootN === undefined || !root) return { objects: out, artifacts, next };

  // Where each page's and annotation's parent-tree entry is: key → value object.
  const leaves = new Map<number, string>();
  const treeN = refIn(root, 'ParentTree');
  if (treeN !== undefined) parentTreeLeaves(objs, treeN, leaves);
  const pageKey = (page: number) => Number(/\/StructParents\s+(\d+)/.exec(objs.get(page) ?? '')?.[1] ?? NaN);
  const annotKey = (annot: number) => Number(/\/StructParent\s+(\d+)/.exec(objs.get(annot) ?? '')?.[1] ?? NaN);
  /** Points the parent-tree entry of (page, mcid) to `elem` (null: none). */
  const setMcidParent = (page: number, mcid: number, elem: number | null) => {
    const n = Number(leaves.get(pageKey(page))?.split(/\s+/)[0]);
    const arr = Number.isFinite(n) ? body(n) : '';
    if (!arr.trim().startsWith('[')) return;
    const items = [...arr.slice(arr.indexOf('[') + 1, arr.lastIndexOf(']')).matchAll(/\d+\s+0\s+R|null/g)].map((m) => m[0]);
    if (mcid >= items.length) return;
    items[mcid] = elem === null ? 'null' : `${elem} 0 R`;
    out.set(n, `\n[${items.join(' ')}]\n`);
  };
  /** Points an annotation's parent-tree entry to `elem`. */
  const setAnnotParent = (annot: number, elem: number) => {
    const key = annotKey(annot);
    if (!leaves.has(key) || !/^\s*<</.test(body(Number(leaves.get(key)!.split(/\s+/)[0])))) return;
    const tree = body(treeN!);
    const re = new RegExp(`(/Nums\\s*\\[[^\\]]*?(?:^|\\s|\\[))${key}\\s+\\d+\\s+0\\s+R`);
    if (re.test(tree)) out.set(treeN!, tree.replace(re, `$1${key} ${elem} 0 R`));
    leaves.set(key, `${elem} 0 R`);
  };

  const types = new Set<string>();
  for (const [n, original] of objs) {
    const type = typeOf(original);
    if (!type) continue;
    types.add(type);
    const kids = kidsOf(body(n), objs);
    if (!kids) continue;
    const page = refIn(original, 'Pg');

    if (type === 'LI') {
      const isLabel = (c: Kid) => c.kind === 'elem' && ['Lbl', 'LBody'].includes(typeOf(objs.get(c.n)) ?? '');
      if (kids.every(isLabel)) continue;
      const labels = kids.filter(isLabel);
      const content = kids.filter((c) => !isLabel(c));
      const lbody = next++;
      out.set(lbody, `\n<</Type /StructElem\n/S /LBody\n/P ${n} 0 R${page !== undefined ? `\n/Pg ${page} 0 R` : ''}\n/K [${content.map((c) => c.text).join(' ')}]>>\n`);
      out.set(n, withK(body(n), [...labels, { kind: 'elem', n: lbody, text: `${lbody} 0 R` }]));
      for (const c of content) {
        if (c.kind === 'elem') out.set(c.n, body(c.n).replace(/\/P\s+\d+\s+0\s+R/, `/P ${lbody} 0 R`));
        else if (c.kind === 'mcid' && page !== undefined) setMcidParent(page, c.mcid, lbody);
        else if (c.kind === 'mcr') setMcidParent(c.page, c.mcid, lbody);
        else if (c.kind === 'objr') setAnnotParent(c.obj, lbody);
      }
    } else if (GROUPING.has(type)) {
      const drawn = kids.filter((c): c is Extract<Kid, { kind: 'mcid' | 'mcr' }> => {
        if (c.kind !== 'mcid' && c.kind !== 'mcr') return false;
        const p = c.kind === 'mcr' ? c.page : page;
        return p !== undefined && !drawsText(p, c.mcid);
      });
      if (!drawn.length) continue;
      out.set(n, withK(body(n), kids.filter((c) => !(drawn as Kid[]).includes(c))));
      for (const c of drawn) {
        const p = c.kind === 'mcr' ? c.page : page!;
        if (!artifacts.has(p)) artifacts.set(p, new Set());
        artifacts.get(p)!.add(c.mcid);
        setMcidParent(p, c.mcid, null);
      }
    }
  }

  // Role-map the types that are not PDF 1.7's own.
  const unmapped = [...types].filter((t) => !STANDARD.has(t)).sort();
  if (unmapped.length && !/\/RoleMap\b/.test(root)) {
    const map = unmapped.map((t) => `/${t} /${ROLES[t] ?? 'NonStruct'}`).join(' ');
    out.set(rootN, body(rootN).trim().replace(/>>$/, `\n/RoleMap <<${map}>>>>`).replace(/^/, '\n') + '\n');
  }
  return { objects: out, artifacts, next };
}

/**
 * A page's decoded content with the given marked-content sequences made artifacts ("/Table <</MCID 7 >>BDC" →
 * "/Artifact BMC"; their EMC stays).
 */
export function contentToArtifacts(content: string, mcids: ReadonlySet<number>): string {
  if (!mcids.size) return content;
  return content.replace(/\/[^\s/<>[\]()]+\s*<<\s*\/MCID\s+(\d+)\s*>>\s*BDC/g, (whole, id: string) => (mcids.has(Number(id)) ? '/Artifact BMC' : whole));
}

/** Whether the marked-content sequence `mcid` of a page's decoded content shows text (or draws an image or form). */
export function sequenceShowsText(content: string, mcid: number): boolean {
  const open = new RegExp(`<<\\s*/MCID\\s+${mcid}\\s*>>\\s*BDC`).exec(content);
  if (!open) return false;
  // Marked content nests: the sequence ends at its own EMC.
  let depth = 1;
  for (const line of content.slice(open.index + open[0].length).split('\n')) {
    const l = line.trim();
    if (OPENS_MARKED_CONTENT.test(l)) depth++;
    else if (l === 'EMC' && --depth === 0) return false;
    else if (/(?:^|\s)(?:Tj|TJ|'|"|Do)$/.test(l)) return true;
  }
  return false;
}
