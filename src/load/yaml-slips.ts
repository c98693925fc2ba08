/**
 * Common slips behind the YAML parser's errors, told in plain words: a tab used to indent, an apostrophe
 * that ends text in single quotes, a missing space after a colon. The parser names what it met ("All
 * mapping items must start at the same column", "Unexpected scalar at node end"); these say what the
 * author did and how to put it right.
 */

/** A slip found where the parser reported an error: where it is (offsets in the text) and what to say. */
export interface Slip {
  kind: 'tab' | 'quote' | 'no-space';
  start: number;
  end: number;
  message: string;
  hint: string;
}

/** A quoted scalar of the parser's tokens: its offset and source, quotes included. */
export interface QuotedToken {
  offset?: number;
  source?: string;
}

/** The offset of the start of the line holding `offset`. */
function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The line holding `offset`, without its line end. */
function lineAt(text: string, offset: number): { start: number; line: string } {
  const start = lineStart(text, offset);
  const nl = text.indexOf('\n', start);
  return { start, line: text.slice(start, nl === -1 ? undefined : nl).replace(/\r$/, '') };
}

/**
 * The offset of a tab in the indentation of the line holding `offset` (its leading spaces and tabs, and
 * list dashes), if there is one.
 */
export function tabInIndent(text: string, offset: number): number | undefined {
  const { start, line } = lineAt(text, offset);
  const indent = /^[ \t]*(?:-[ \t]+)*/.exec(line)![0];
  const tab = indent.indexOf('\t');
  // A line of nothing but spaces and tabs is blank: YAML does not mind.
  return tab === -1 || indent.length === line.length ? undefined : start + tab;
}

/** Says what the slip behind a parser error at `offset` is, if it is one of those this module knows. */
export function findSlip(text: string, offset: number, quoted: readonly QuotedToken[]): Slip | undefined {
  return tabSlip(text, offset) ?? quoteSlip(text, offset, quoted) ?? noSpaceSlip(text, offset);
}

function tabSlip(text: string, offset: number): Slip | undefined {
  const tab = tabInIndent(text, offset);
  if (tab === undefined) return undefined;
  const { line, start } = lineAt(text, tab);
  const key = /^[ \t-]*([^\s:#]+):(\s|$)/.exec(line)?.[1];
  return {
    kind: 'tab',
    start: tab,
    end: tab + 1,
    message: `this line is indented with a tab (at column ${tab - start + 1}); YAML allows only spaces for indenting`,
    hint: `Replace the tab with spaces, so that ${key ? `"${key}:"` : 'this line'} lines up with the lines it belongs with (set your editor to insert spaces, not tabs, in YAML files).`,
  };
}

/**
 * Text that goes on after a closing quote: most often an apostrophe inside text in single quotes
 * ('The council's policy'), which ends the quoted text early.
 */
function quoteSlip(text: string, offset: number, quoted: readonly QuotedToken[]): Slip | undefined {
  const q = quoted.find((t) => {
    if (t.offset === undefined || t.source === undefined) return false;
    const end = t.offset + t.source.length;
    return end <= offset && offset - end < 80 && /^[ \t]*$/.test(text.slice(end, offset));
  });
  if (q?.offset === undefined || q.source === undefined) return undefined;
  const mark = q.source[0];
  const close = q.offset + q.source.length - 1;
  if ((mark !== "'" && mark !== '"') || text[close] !== mark || !/[^\s#]/.test(text[offset] ?? '')) return undefined;
  const { start } = lineAt(text, q.offset);
  const openedAt = q.offset - start + 1;
  if (mark === "'") {
    // An apostrophe between two letters, as in council's.
    const word = /[\p{L}\p{N}]$/u.test(text.slice(0, close)) && /^[\p{L}\p{N}]/u.test(text.slice(close + 1))
      ? (/[\p{L}\p{N}]+$/u.exec(text.slice(start, close))?.[0] ?? '') + "'" + (/^[\p{L}\p{N}]+/u.exec(text.slice(close + 1))?.[0] ?? '')
      : undefined;
    return word
      ? {
        kind: 'quote',
        start: close,
        end: close + 1,
        message: `the apostrophe in "${word}" ends the text in single quotes that starts at column ${openedAt}`,
        hint: `Inside single quotes, write an apostrophe twice (${word.replace("'", "''")}), or put the whole text in double quotes instead${asDoubleQuoted(text, q.offset)}, or write it as a block: | at the end of the line and the text on the next line, indented.`,
      }
      : {
        kind: 'quote',
        start: close,
        end: close + 1,
        message: `the text in single quotes that starts at column ${openedAt} ends here, but more text follows it on the line`,
        hint: 'Put the quotes around the whole text (or leave them out), or write it as a block: | at the end of the line and the text on the next line, indented.',
      };
  }
  return {
    kind: 'quote',
    start: close,
    end: close + 1,
    message: `the text in double quotes that starts at column ${openedAt} ends at this ", but more text follows it on the line`,
    hint: 'Put the quotes around the whole text; a quote mark inside it is written \\" (or put the whole text in single quotes). Or write it as a block: | at the end of the line and the text on the next line, indented.',
  };
}

/** The text in single quotes that opens at `offset`, to the end of its line, in double quotes (if short enough to show). */
function asDoubleQuoted(text: string, offset: number): string {
  const { start, line } = lineAt(text, offset);
  const rest = line.slice(offset - start + 1).replace(/\s+$/, '');
  const inner = rest.endsWith("'") ? rest.slice(0, -1) : rest;
  return inner.length > 60 || /["\\]/.test(inner) ? '' : ` ("${inner}")`;
}

/** `comply:yes`: a key and its value with no space after the colon, which YAML reads as one word. */
function noSpaceSlip(text: string, offset: number): Slip | undefined {
  const { start, line } = lineAt(text, offset);
  // Not "https://…": a colon followed by a slash is part of an address.
  const m = /^([ \t]*(?:-[ \t]+)*)([A-Za-z_][\w-]*):(?![\s/:])(\S[^]*)$/.exec(line);
  if (!m) return undefined;
  const [, indent, key, value] = m as unknown as [string, string, string, string];
  const colon = start + indent.length + key.length;
  const shown = value.length > 30 ? `${value.slice(0, 29)}…` : value;
  return {
    kind: 'no-space',
    start: colon,
    end: colon + 1,
    message: `there is no space after the colon in "${key}:${shown}", so YAML does not read it as ${key}: and a value`,
    hint: `Put a space after the colon: \`${key}: ${shown}\`.`,
  };
}
