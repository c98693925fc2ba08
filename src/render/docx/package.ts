import JSZip from 'jszip';

/**
 * Makes a packed document the same bytes every time: the core properties' dates are the given day (midnight UTC),
 * the ids docx draws at random are numbered in order of appearance, and the zip is written again with one fixed
 * timestamp for every entry, in a fixed order, compressed with DEFLATE; so is each workbook inside it (a chart's data).
 * With `language`, the core properties also name the document's language (`dc:language`, which docx cannot set, and
 * which readers and accessibility checkers look for there, not in the styles).
 */
export async function repackDeterministic(packed: Uint8Array, opts: { date: string; language?: string }): Promise<Uint8Array> {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(opts.date) ? opts.date : '1980-01-01';
  const stamp = `${day}T00:00:00Z`;
  const zip = await JSZip.loadAsync(packed);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir).sort(partOrder);
  const parts = new Map<string, string | Uint8Array>();
  for (const name of names) {
    const file = zip.files[name]!;
    parts.set(name, /\.(xml|rels)$/.test(name) ? await file.async('string') : await file.async('uint8array'));
  }

  const core = parts.get('docProps/core.xml');
  if (typeof core === 'string') {
    parts.set('docProps/core.xml', core
      .replace(/(<dcterms:created\b[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
      .replace(/(<dcterms:modified\b[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`)
      .replace(/<\/cp:coreProperties>/, opts.language && !core.includes('<dc:language>') ? `<dc:language>${opts.language}</dc:language></cp:coreProperties>` : '</cp:coreProperties>'));
  }
  renumberRandomIds(parts, names);
  renumberBookmarks(parts, names);
  renumberDrawings(parts, names);
  // A chart's data is a workbook of its own inside the package, zipped with the time it was made: repacked the same way.
  for (const name of names) {
    const part = parts.get(name);
    if (/\.xlsx$/.test(name) && part instanceof Uint8Array) parts.set(name, await repackDeterministic(part, { date: opts.date }));
  }

  const out = new JSZip();
  // JSZip writes a date as DOS time in UTC; the DOS epoch is 1980, so earlier days would not survive.
  const date = new Date(`${day < '1980-01-01' ? '1980-01-01' : day}T00:00:00Z`);
  for (const name of names) out.file(name, parts.get(name)!, { date, createFolders: false, binary: typeof parts.get(name) !== 'string' });
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}

/** [Content_Types].xml first (as Word writes it), then the package relationships, then every other part by name. */
function partOrder(a: string, b: string): number {
  const rank = (n: string) => (n === '[Content_Types].xml' ? 0 : n === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * docx names hyperlink relationships and shapes with random ids (nanoid, lower-cased: 21 characters of a-z, 0-9,
 * _ and -) after a fixed prefix ("rId", Word's watermark names). Each is replaced by a sequence number in order of
 * first appearance across the parts, in part order, so the same document gives the same ids.
 */
function renumberRandomIds(parts: Map<string, string | Uint8Array>, names: string[]): void {
  const RANDOM = /(?<=="(?:rId|PowerPlusWaterMarkObject|WordPictureWatermark))[a-z0-9_-]{21}(?=")/g;
  const ids = new Map<string, string>();
  for (const name of names) {
    const text = parts.get(name);
    if (typeof text !== 'string') continue;
    parts.set(name, text.replace(RANDOM, (id) => {
      let mapped = ids.get(id);
      if (!mapped) {
        mapped = `chc${ids.size + 1}`;
        ids.set(id, mapped);
      }
      return mapped;
    }));
  }
}

/**
 * Bookmark ids (and the "_Toc<id>" names of the headings' bookmarks) come from a counter docx shares across every
 * document made in the process, so the second document would number them on from the first. They are numbered
 * again from 1 in order of appearance in each part.
 */
function renumberBookmarks(parts: Map<string, string | Uint8Array>, names: string[]): void {
  for (const name of names) {
    const text = parts.get(name);
    if (typeof text !== 'string' || !text.includes('w:bookmarkStart')) continue;
    const ids = new Map<string, number>();
    const map = (id: string) => {
      let n = ids.get(id);
      if (n === undefined) {
        n = ids.size + 1;
        ids.set(id, n);
      }
      return String(n);
    };
    parts.set(name, text
      .replace(/<w:bookmark(Start|End)\b[^>]*>/g, (tag) => tag.replace(/ w:id="(\d+)"/, (_, id: string) => ` w:id="${map(id)}"`))
      .replace(/ (w:name|w:anchor)="_Toc(\d+)"/g, (_, attr: string, id: string) => ` ${attr}="_Toc${map(id)}"`)
      .replace(/(<w:instrText\b[^>]*>)([^<]*)(<\/w:instrText>)/g, (_, open: string, body: string, close: string) => open + body.replace(/\b_Toc(\d+)\b/g, (_m: string, id: string) => `_Toc${map(id)}`) + close));
  }
}

/**
 * A drawing's id (a chart's `wp:docPr`) comes from a counter docx shares across every document made in the process,
 * as bookmarks' do: numbered again from 1 in order of appearance across the parts, so each stays unique.
 */
function renumberDrawings(parts: Map<string, string | Uint8Array>, names: string[]): void {
  let n = 0;
  for (const name of names) {
    const text = parts.get(name);
    if (typeof text !== 'string' || !text.includes('<wp:docPr ')) continue;
    parts.set(name, text.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++n}"`));
  }
}
