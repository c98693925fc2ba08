import type { Page } from 'puppeteer';

/**
 * Rows of the Code table that go on over a page get a row of their own at the top of each page they go on to,
 * naming their provision ("6.1, continued": the row's `data-continued`), so no page starts with a fragment of
 * evidence nobody can place.
 *
 * Chromium tells a page's script nothing of where its print layout breaks pages, but a printed PDF does: each
 * element a link points to becomes a named destination, on its page. So (`markRows`) each row of the Code table gets
 * a marker at its start, each block of its cells (a paragraph, a list item, a row of a table in an answer, a line of
 * the provision's own cell) a marker at its start and its end, with links to them out of the flow; a bare printing
 * (`print`) tells the page of each. Everything is hidden while it prints: `visibility` leaves the layout and the
 * destinations as they are, and a PDF without its text is made in about half the time (measured on the examples:
 * 0.5 s against 1 s a printing). A block that the page breaks (a paragraph, a list item, a row of a table in an
 * answer) is then cut where it breaks (`markWords`: a marker on each word, printed again; `cutBlocks`), and
 * (`splitRows`) the blocks of each page after a row's first move to a row of their own, which starts that page
 * (print.css: tr.continued), without the padding, rules and margins the page's break had left out (print.css): what
 * is on each page stays as it was, so the pages after do not move. A printing checks it, and a row that still goes
 * over a page (a cut can settle differently) is treated again, at most `maxRounds` times. Measured on the examples
 * and a fixture of long answers: one round, at most five. Returns where every destination lies as the last
 * printing gave it (for the contents' page numbers), and how many rows were added.
 */
export async function continueRows(page: Page, print: () => Promise<Map<string, number>>, maxRounds = 6): Promise<{ pages: Map<string, number>; added: number }> {
  let added = 0;
  for (let round = 1; ; round++) {
    await page.evaluate(markRows);
    const pages = await print();
    const going = await page.evaluate(crossingRows, Object.fromEntries(pages));
    if (going === 0 || round > maxRounds) {
      await page.evaluate(unmark);
      return { pages, added };
    }
    if (await page.evaluate(markWords, Object.fromEntries(pages))) {
      const words = await print();
      await page.evaluate(cutBlocks, Object.fromEntries(words));
    }
    added += await page.evaluate(splitRows, Object.fromEntries(pages));
    await page.evaluate(unmark);
  }
}

/** In the page: markers (and links to them) at the start of each row of the Code table, and of each block. */
function markRows(): void {
  const hide = document.createElement('style');
  hide.className = 'chc-hide';
  hide.textContent = 'body, body * { visibility: hidden !important; }';
  document.head.append(hide);
  const links = document.createElement('div');
  links.className = 'chc-marks';
  links.setAttribute('style', 'position:absolute;top:0;left:0;width:1px;height:1px;overflow:hidden');
  document.body.append(links);
  const INLINE = /^(P|LI|H[1-6]|DT|DD|SPAN)$/;
  let n = 0;
  const mark = (inline: boolean): HTMLElement => {
    const m = document.createElement('span');
    m.id = `chc-m${n++}`;
    m.className = 'chc-mark';
    if (!inline) m.setAttribute('style', 'display:block;height:0;margin:0;padding:0');
    const a = document.createElement('a');
    a.href = `#${m.id}`;
    a.textContent = '.';
    links.append(a);
    return m;
  };
  for (const tr of document.querySelectorAll<HTMLTableRowElement>('table.appendix-a > tbody > tr')) {
    const start = mark(true);
    tr.cells[0]?.prepend(start);
    tr.dataset.chcStart = start.id;
    for (const cell of tr.cells) {
      for (const b of blocksOf(cell)) {
        const inline = INLINE.test(b.tagName);
        const [first, last] = [mark(inline), mark(inline)];
        if (inline) { b.prepend(first); b.append(last); } else if (b.tagName === 'TR') { (b.firstElementChild ?? b).prepend(first); (b.lastElementChild ?? b).append(last); } else { b.before(first); b.after(last); }
        b.dataset.chcBlock = `${first.id} ${last.id}`;
      }
    }
  }

  /**
   * The blocks of a cell, in order: its own children, those of its markdown and of its quotations (a policy's
   * extract: cut where a page breaks it, as a paragraph is, not moved whole to the page it ends on), the items of its
   * lists and the rows of the bodies of its tables (a "You said / We did" table in an answer), not those of its
   * tables' headers.
   */
  function blocksOf(cell: Element): HTMLElement[] {
    const out: HTMLElement[] = [];
    const walk = (parent: Element): void => {
      for (const child of [...parent.children] as HTMLElement[]) {
        if (child.classList.contains('chc-mark') || child.classList.contains('continued-label') || /^(THEAD|CAPTION|COLGROUP)$/.test(child.tagName)) continue;
        if (/^(DIV|UL|OL|TABLE|TBODY|BLOCKQUOTE)$/.test(child.tagName)) walk(child);
        else out.push(child);
      }
    };
    walk(cell);
    return out;
  }
}

/** In the page: how many rows go on over a page (a block of theirs ends on a later page than they start on). */
function crossingRows(places: Record<string, number>): number {
  let n = 0;
  for (const tr of document.querySelectorAll<HTMLElement>('table.appendix-a > tbody > tr[data-chc-start]')) {
    const start = places[tr.dataset.chcStart!];
    if (start === undefined) continue;
    const ends = [...tr.querySelectorAll<HTMLElement>('[data-chc-block]')].map((b) => places[b.dataset.chcBlock!.split(' ')[1]!] ?? start);
    if (ends.some((e) => e > start)) {
      tr.dataset.chcGoesOn = '';
      n++;
    }
  }
  return n;
}

/**
 * In the page: a marker (and a link to it) on each word of every paragraph, list item, line of the provision's cell
 * and row of an answer's table, in a row going on over a page, that the page breaks (it starts on one page and ends
 * on another). Returns whether there was any.
 */
function markWords(places: Record<string, number>): boolean {
  const links = document.querySelector('.chc-marks')!;
  let n = 0;
  for (const b of document.querySelectorAll<HTMLElement>('tr[data-chc-goes-on] [data-chc-block]')) {
    const [first, last] = b.dataset.chcBlock!.split(' ') as [string, string];
    if (!/^(P|LI|SPAN|TR)$/.test(b.tagName) || places[first] === undefined || places[first] === places[last]) continue;
    b.dataset.chcCut = '';
    const texts: Text[] = [];
    const walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) texts.push(t as Text);
    for (const t of texts) {
      const words = t.data.match(/\S+\s*|\s+/g) ?? [];
      if (words.length === 0) continue;
      const parts = words.map((w) => {
        if (!/\S/.test(w)) return document.createTextNode(w);
        const s = document.createElement('span');
        s.className = 'chc-word';
        s.id = `chc-w${n++}`;
        s.textContent = w;
        const a = document.createElement('a');
        a.href = `#${s.id}`;
        a.textContent = '.';
        links.append(a);
        return s;
      });
      t.replaceWith(...parts);
    }
  }
  return n > 0;
}

/**
 * In the page: cuts each block marked by `markWords` before the first word of each later page (words: destination →
 * its page), into pieces of one page each, the page of each piece recorded on it; a row of an answer's table in two,
 * each of its cells cut at its first word on the later page.
 */
function cutBlocks(words: Record<string, number>): void {
  for (const b of [...document.querySelectorAll<HTMLElement>('[data-chc-cut]')]) {
    if (b instanceof HTMLTableRowElement) {
      cutRow(b);
      continue;
    }
    const spans = [...b.querySelectorAll<HTMLElement>('.chc-word')];
    let piece = b;
    for (let i = 1; i < spans.length; i++) {
      const page = words[spans[i]!.id];
      const before = words[spans[i - 1]!.id];
      if (page === undefined || before === undefined || page === before) continue;
      const range = document.createRange();
      range.setStartBefore(spans[i]!);
      range.setEndAfter(piece.lastChild!);
      const rest = piece.cloneNode(false) as HTMLElement;
      rest.removeAttribute('id');
      rest.classList.add('rest');
      rest.append(range.extractContents());
      piece.dataset.chcPage = String(before);
      piece.classList.add('cut');
      piece.after(rest);
      piece = rest;
    }
    const last = spans.at(-1);
    if (last && words[last.id]) piece.dataset.chcPage = String(words[last.id]);
  }
  for (const s of [...document.querySelectorAll('.chc-word')]) s.replaceWith(...s.childNodes);

  /** A row of a table in an answer, cut in two where the page broke it: each of its cells before its first word there. */
  function cutRow(tr: HTMLTableRowElement): void {
    const spans = [...tr.querySelectorAll<HTMLElement>('.chc-word')];
    const first = words[spans[0]?.id ?? ''];
    if (first === undefined) return;
    const rest = tr.cloneNode(false) as HTMLTableRowElement;
    let later: number | undefined;
    for (const cell of tr.cells) {
      const copy = cell.cloneNode(false) as HTMLElement;
      rest.append(copy);
      const at = [...cell.querySelectorAll<HTMLElement>('.chc-word')].find((s) => (words[s.id] ?? first) > first);
      if (!at) continue;
      later = Math.max(later ?? 0, words[at.id]!);
      const range = document.createRange();
      range.setStartBefore(at);
      range.setEndAfter(cell.lastChild!);
      copy.append(range.extractContents());
    }
    if (later === undefined) return;
    tr.dataset.chcPage = String(first);
    tr.classList.add('cut');
    rest.classList.add('rest');
    rest.dataset.chcPage = String(later);
    tr.after(rest);
  }
}

/**
 * In the page: for each row going on over a page, moves the blocks (and pieces of blocks) of each later page to a
 * row of its own, naming the provision and starting that page (a row with nothing on its first page but its
 * provision's number starts the next page whole). Returns the rows added.
 */
function splitRows(places: Record<string, number>): number {
  let added = 0;
  for (const tr of [...document.querySelectorAll<HTMLTableRowElement>('tr[data-chc-goes-on]')]) {
    const start = places[tr.dataset.chcStart!]!;
    const cells = [...tr.cells];
    // The blocks of each later page, by cell: a piece cut by cutBlocks knows its page; any other block is on the
    // page it ends on.
    const later = new Map<number, { cell: number; block: HTMLElement }[]>();
    let staying = 0;
    cells.forEach((cell, c) => {
      for (const block of cell.querySelectorAll<HTMLElement>('[data-chc-block], [data-chc-page]')) {
        const page = block.dataset.chcPage !== undefined ? Number(block.dataset.chcPage) : places[block.dataset.chcBlock!.split(' ')[1]!] ?? start;
        if (page > start) later.set(page, [...(later.get(page) ?? []), { cell: c, block }]);
        else staying++;
      }
    });
    // Nothing of its cells on the page it starts on (it starts at the page's foot, its provision's number alone
    // there): the whole row starts the next page instead, which moves nothing of its cells.
    if (staying === 0 && later.size > 0 && !tr.classList.contains('continued')) {
      tr.classList.add('fresh');
      later.delete(Math.min(...later.keys()));
    }
    let after: HTMLTableRowElement = tr;
    for (const page of [...later.keys()].sort((a, b) => a - b)) {
      // The row before ends at the foot of its page, as it did when the page broke it: without its cells' padding.
      after.classList.add('goes-on');
      // A row already split, whose part on its page still ran over (its lines settled differently once cut): what
      // ran over goes to the top of the row that starts the next page, before what is there.
      const next = after.nextElementSibling as HTMLTableRowElement | null;
      const existing = page === Math.min(...later.keys()) && next?.classList.contains('continued') ? next : null;
      const row = existing ?? document.createElement('tr');
      if (!existing) {
        row.className = 'continued';
        row.dataset.continued = tr.dataset.continued ?? '';
        const th = document.createElement('th');
        th.scope = 'row';
        const label = document.createElement('span');
        label.className = 'pid continued-label';
        label.textContent = tr.dataset.continued ?? '';
        th.append(label);
        row.append(th, ...cells.slice(1).map(() => document.createElement('td')));
      }
      const into = [...row.cells];
      // Where the moved blocks go in each cell: before what the row already holds (after the label).
      const anchors = into.map((cell) => [...cell.childNodes].find((n) => !(n instanceof Element && n.classList.contains('continued-label'))) ?? null);
      // Each block moves with the elements it sat in (its markdown's div, its list, its table), copied without
      // their children; a table with its header row and column widths.
      const copies = new Map<Element, Element>();
      const copyOf = (original: Element, c: number): Element => {
        if (original === cells[c]) return into[c]!;
        const known = copies.get(original);
        if (known) return known;
        const copy = original.cloneNode(false) as Element;
        copy.removeAttribute('id');
        if (original.tagName === 'TABLE') for (const part of original.querySelectorAll(':scope > colgroup, :scope > thead')) copy.append(part.cloneNode(true));
        if (original.tagName === 'OL') {
          const items = [...original.children].filter((x) => x.tagName === 'LI' && !x.classList.contains('rest'));
          const first = items.findIndex((li) => later.get(page)!.some((x) => x.block === li));
          if (first > 0) copy.setAttribute('start', String(Number(original.getAttribute('start') ?? '1') + first));
        }
        place(copyOf(original.parentElement!, c), copy, c);
        copies.set(original, copy);
        return copy;
      };
      const place = (parent: Element, node: Element, c: number) => {
        if (parent === into[c]) parent.insertBefore(node, anchors[c] ?? null);
        else parent.append(node);
      };
      for (const { cell, block } of later.get(page)!) place(copyOf(block.parentElement!, cell), block, cell);
      if (!existing) {
        after.after(row);
        added++;
      }
      after = row;
    }
    // What the blocks were moved out of, left empty (a list, an answer's markdown, a quotation; a table with only its
    // header row, whose rows all went on), would still take its room.
    for (const cell of cells) {
      for (const e of [...cell.querySelectorAll('ul, ol, div, table, tbody, blockquote')].reverse()) {
        const holds = [...e.childNodes].some((c) => (c instanceof Element ? !c.classList.contains('chc-mark') && !/^(THEAD|COLGROUP|CAPTION)$/.test(c.tagName) : (c.textContent ?? '').trim() !== ''));
        if (!holds) e.remove();
      }
    }
  }
  return added;
}

/** In the page: takes away every marker, link and note the steps above left. */
function unmark(): void {
  for (const m of document.querySelectorAll('.chc-mark, .chc-marks, .chc-hide')) m.remove();
  for (const e of document.querySelectorAll<HTMLElement>('[data-chc-block], [data-chc-start], [data-chc-goes-on], [data-chc-cut], [data-chc-page]')) {
    for (const key of ['chcBlock', 'chcStart', 'chcGoesOn', 'chcCut', 'chcPage']) delete e.dataset[key];
  }
}
