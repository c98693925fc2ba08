// The rows of a self-assessment form's table in text copied out of a document (`chc import` of a .txt or .md file):
// a Word table saved as text gives each cell on a line of its own after a tab, a cell of several paragraphs going on
// over the lines after it; a web page's table copied gives each row on one line, its cells between tabs, a row cut
// by a page break going on in a line that starts with a tab; a markdown table gives each row on a line, its cells
// between pipes. All are read, in one file too. Pure: text in, rows out.

import { idsIn, readComply } from '../../model/import-rows.ts';

/** One row of a table as read: its cells' text (paragraphs kept), and the line it starts on. */
export interface TextRow {
  cells: string[];
  line: number;
}

/** A cell's text as written: its lines' trailing spaces dropped, its paragraphs kept, "·" bullets made a markdown list. */
function tidyCell(text: string): string {
  return text
    // What extraction leaves: Word's bookmarks and images, a web page's paragraph and italic tags, a space before a stop.
    .replace(/\[bookmark: [^\]]*\]/g, '')
    .replace(/\s*\[image: [^\]]*\]/g, '')
    .replace(/<\/p>\s*<p>/g, '\n\n')
    .replace(/<\/?p>/g, '')
    .replace(/<\/?(i|em)>/g, '*')
    .replace(/<\/?(b|strong)>/g, '**')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/ +([.,;:])(?=\s|$)/g, '$1')
    .split('\n')
    .map((l) => l.replace(/\s+$/, '').replace(/^\s*[·•▪●◦]\s*/, '- '))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A markdown table's row, written with its outer pipes; and its delimiter row. */
const MD_ROW = /^\s*\|.*\|\s*$/;
const MD_DELIMITER = /^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*(:?-{3,}:?\s*)?$/;

/** A markdown table row's cells: between its pipes (an escaped pipe, "\\|", is a cell's own). */
function markdownCells(line: string): string[] {
  return line.trim().slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

/**
 * Reads every row of the tables in `text`, in order. A line with no tab ends a row where it follows two blank lines or
 * more (a heading between tables); after fewer, it goes on with the cell before it. In a Word table saved as text,
 * a blank line ends a row, but a cell's empty paragraphs are blank lines too: a cell after blank lines is the next
 * cell of a row that has fewer cells than the table's rows before it (unless it holds a provision's number).
 */
export function readTextRows(text: string): TextRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows: { cells: string[]; line: number }[] = [];
  let current: { cells: string[]; line: number } | null = null;
  // Whether the current row is a Word table's (a cell a line): only then do lines without a tab go on with a cell.
  let cellPerLine = false;
  let blanks = 0;
  // The most cells a row of a Word table (a cell a line) has had.
  let width = 0;
  const end = () => {
    if (current) {
      rows.push(current);
      if (cellPerLine) width = Math.max(width, current.cells.length);
    }
    current = null;
  };
  lines.forEach((raw, i) => {
    const line = raw.replace(/\u00A0/g, ' ');
    const n = i + 1;
    // A markdown table's row ("| 1.2 | … | Yes | … |") is a whole row, its first cell empty or not (a row matched
    // by its words); its delimiter row ("|---|---|") is no row at all.
    if (MD_DELIMITER.test(line)) return;
    if (MD_ROW.test(line)) {
      end();
      current = { cells: markdownCells(line), line: n };
      cellPerLine = false;
      blanks = 0;
      return;
    }
    // An empty cell of a Word table (a tab alone, straight after the cell before it): a cell, so those after it keep
    // their columns.
    if (/^\t\s*$/.test(line) && current && cellPerLine && blanks === 0) {
      current.cells.push('');
      return;
    }
    if (line.trim() === '') {
      blanks++;
      return;
    }
    const tabs = line.split('\t');
    if (tabs.length === 2 && tabs[0]!.trim() === '') {
      // A cell on a line of its own: a new row after a blank line, else the row's next cell; but after a cell's
      // empty paragraphs, the next cell of a row short of the table's width.
      const goesOn = current !== null && cellPerLine && blanks > 0 && current.cells.length < width && idsIn(tabs[1]!).length === 0;
      if (!current || !cellPerLine || (blanks > 0 && !goesOn)) {
        end();
        current = { cells: [], line: n };
        cellPerLine = true;
      }
      current.cells.push(tabs[1]!);
    } else if (tabs.length > 1 && tabs[0]!.trim() === '' && current && !cellPerLine && !tabs.some((t) => readComply(t) !== null)) {
      // A row cut by a page break: its cells go on with the row's, column by column. (A row with an answer in it is
      // a row of its own, its first cell empty.)
      const row: { cells: string[] } = current;
      tabs.forEach((t, c) => {
        if (t.trim() === '') return;
        row.cells[c] = row.cells[c] ? `${row.cells[c]} ${t.trim()}` : t.trim();
      });
    } else if (tabs.length > 1 && !(current && cellPerLine && blanks === 0 && tabs[0]!.trim() !== '')) {
      end();
      current = { cells: tabs, line: n };
      cellPerLine = false;
    } else if (current && cellPerLine && blanks < 2 && current.cells.length > 0) {
      // A cell's next line (a tab in it is from a PDF's layout: a space).
      const last = current.cells.length - 1;
      current.cells[last] = `${current.cells[last]}${blanks > 0 ? '\n\n' : '\n'}${line.replace(/\t/g, ' ')}`;
    } else {
      end();
    }
    blanks = 0;
  });
  end();
  return rows.map((r) => ({ line: r.line, cells: r.cells.map(tidyCell) }));
}

/**
 * Every line of `text` that holds anything, as a row of its cells (split at tabs): how a PDF's text lays out a table
 * whose rows it did not keep, for readers that go by the lines themselves (the 2020 question form).
 */
export function readTextLines(text: string): TextRow[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/).flatMap((raw, i) => {
    const cells = raw.replace(/\u00A0/g, ' ').split('\t').map(tidyCell);
    return cells.some(Boolean) ? [{ cells, line: i + 1 }] : [];
  });
}
