// Widths for the columns of a table whose rows are as tall as their tallest cell: the split of the page's width
// that makes the table shortest, each column at least as wide as its longest word.

/** A paragraph of a cell, for estimating how many lines it takes: its text's width on one line, in twips. */
export interface Piece {
  /** The width of its text set on one line. */
  width: number;
  /** How far it is indented from the cell's text edge (lists). */
  indent?: number;
  /** The share of the cell's width it has: 1, or 1/n for a cell of an n-column table nested in the cell. */
  share?: number;
}

/** One column to size: at least `min` wide, and the pieces of its cell in each row. */
export interface FlexColumn {
  min: number;
  rows: Piece[][];
}

/**
 * How much the lines of every cell count, beside the height of each row: a little, so that a column whose cells are
 * rarely the tallest of their row is still not made so narrow that its text runs down the page a word at a time.
 */
const SPREAD = 0.25;

/** How much of each line wrapping leaves empty, on average, in twips: about half a long word of 9 pt text. */
const WRAP_WASTE = 240;

/** How many lines a cell `width` wide (padding excluded) takes for its pieces, spacing after paragraphs included. */
export function cellLines(pieces: Piece[], width: number): number {
  let lines = 0;
  for (const p of pieces) {
    // A line is rarely filled to its end: a word that does not fit goes to the next, leaving half a word's room or so.
    const room = Math.max(200, width * (p.share ?? 1) - (p.indent ?? 0) - WRAP_WASTE);
    lines += Math.max(1, Math.ceil(p.width / room)) + 0.3;
  }
  return lines;
}

/**
 * Splits `total` twips between flexible columns, in steps of `step`, so that the sum over the rows of the tallest
 * cell (fixed columns' heights included, `fixed[row]`), plus a little of every cell's height, is least; each column at least its `min`. Among splits as short
 * as each other, the first found (narrowest first columns) wins, so the result is the same every time. When the
 * minimums do not fit, the columns get their minimums scaled down to fit.
 */
export function balanceColumns(columns: FlexColumn[], total: number, fixed: number[], step = 50): number[] {
  const mins = columns.map((c) => Math.ceil(c.min / step) * step);
  const least = mins.reduce((a, b) => a + b, 0);
  if (least >= total || columns.length === 0) {
    const sum = columns.reduce((a, c) => a + c.min, 0) || 1;
    const out = columns.map((c) => Math.floor((c.min * total) / sum));
    if (out.length) out[out.length - 1]! += total - out.reduce((a, b) => a + b, 0);
    return out;
  }
  const rows = fixed.length;
  // Each column's row heights at each width it is tried at, computed once.
  const cache = columns.map(() => new Map<number, Float64Array>());
  const heightsAt = (k: number, w: number) => {
    let h = cache[k]!.get(w);
    if (!h) {
      h = Float64Array.from(columns[k]!.rows.map((pieces) => cellLines(pieces, w)));
      cache[k]!.set(w, h);
    }
    return h;
  };
  let best: number[] = mins;
  let bestCost = Infinity;
  const chosen: number[] = [];
  const search = (i: number, left: number) => {
    if (i === columns.length - 1) {
      const widths = [...chosen, left];
      const cols = widths.map((w, k) => heightsAt(k, w));
      let cost = 0;
      for (let r = 0; r < rows; r++) {
        let tallest = fixed[r]!;
        let all = 0;
        for (const h of cols) {
          if (h[r]! > tallest) tallest = h[r]!;
          all += h[r]!;
        }
        cost += tallest + SPREAD * all;
      }
      if (cost < bestCost - 1e-9) {
        bestCost = cost;
        best = widths;
      }
      return;
    }
    const rest = mins.slice(i + 1).reduce((a, b) => a + b, 0);
    for (let w = mins[i]!; w <= left - rest; w += step) {
      chosen.push(w);
      search(i + 1, left - w);
      chosen.pop();
    }
  };
  search(0, total);
  return best;
}
