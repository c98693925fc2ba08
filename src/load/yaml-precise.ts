// The precise YAML path: the `yaml` library's parser and composer, with every key's and value's position, every
// syntax error at its place (at most 10 a file), the depth, size and alias limits, and the slips people make.
import { createRequire } from 'node:module';
import type { Node, Document } from 'yaml';
import { diagnostic, START, type Diagnostic, type Range } from '../model/diagnostic.ts';
import { emptySourceMap, pointer, spanRange, type SourceMap, type Span } from '../model/assessment.ts';
import { LIMITS } from '../model/limits.ts';
import { checkCommentsInText } from './comment-in-text.ts';
import { findSlip } from './yaml-slips.ts';
import { HINTS, hintFor, cleanMessage } from './yaml-messages.ts';
import type { ParsedYaml } from './parse-yaml.ts';

// The `yaml` library is loaded when first needed (a file that is not plain YAML, or a diagnostic that needs positions
// not in the cache, position-cache.ts): loading its 72 modules takes 30–45 ms, about a tenth of a `chc check`.
const require = createRequire(import.meta.url);
let library: typeof import('yaml') | undefined;
const Y = (): typeof import('yaml') => (library ??= require('yaml') as typeof import('yaml'));

/** At most this many YAML errors (on as many lines) are reported per file: after the first few, most are consequences. */
const MAX_SYNTAX_ERRORS = 10;

/**
 * One walk over the composed document: records the span of every value and key by JSON pointer;
 * rewrites keys for conversion to plain data (a non-string scalar key becomes its source text, so 5.10
 * stays "5.10"; a list or mapping used as a key becomes its source text, keeping its position, instead of
 * being stringified by the YAML library); and counts the aliases, finding the first, so a file with too
 * many is refused before they are expanded.
 */
function walk(doc: Document.Parsed, lineStarts: number[], text: string): { source: SourceMap; aliases: { count: number; first: number } } {
  const values: Record<string, Span> = {};
  const keys: Record<string, Span> = {};
  const aliases = { count: 0, first: Infinity };
  const alias = (node: unknown): void => {
    if (!Y().isAlias(node)) return;
    aliases.count++;
    aliases.first = Math.min(aliases.first, node.range?.[0] ?? Infinity);
  };
  // `path` is undefined below a key that has no text (an alias): still walked, for its aliases.
  const visit = (node: unknown, path: string | undefined, depth: number): void => {
    if (!node || depth > LIMITS.yamlDepth) return;
    alias(node);
    const n = node as Node;
    if (n.range && path !== undefined) values[path] = [n.range[0], n.range[1]];
    if (Y().isMap(n)) {
      for (const item of n.items) {
        if (!Y().isPair(item)) continue;
        if (Y().isCollection(item.key)) {
          const range = item.key.range;
          const flat = new (Y().Scalar)(range ? text.slice(range[0], range[1]).trim() : String(item.key));
          if (range) flat.range = range;
          item.key = flat;
        }
        alias(item.key);
        const key = keyText(item.key);
        if (key !== undefined && Y().isScalar(item.key)) item.key.value = key;
        const child = key === undefined || path === undefined ? undefined : path + pointer(key);
        const k = item.key as Node | null;
        if (child !== undefined && k?.range) {
          keys[child] = [k.range[0], k.range[1]];
          if (item.value === null) values[child] = [k.range[0], k.range[1]];
        }
        visit(item.value, child, depth + 1);
      }
    } else if (Y().isSeq(n)) {
      n.items.forEach((item, i) => visit(item, path === undefined ? undefined : path + pointer(i), depth + 1));
    }
  };
  visit(doc.contents, '', 0);
  if (!values['']) values[''] = [0, 0];
  return { source: { values, keys, lineStarts, text }, aliases };
}

/**
 * The text of a mapping key as the user wrote it. A plain key such as 5.10 is a number
 * to YAML (5.1); the provision the user meant is its source text, "5.10".
 */
function keyText(key: unknown): string | undefined {
  if (Y().isScalar(key)) {
    if (typeof key.value === 'string') return key.value;
    if (typeof key.source === 'string' && key.source !== '') return key.source;
    if (key.value === null) return '';
    return String(key.value);
  }
  return undefined;
}

/** The name of a mapping key, as the user wrote it (see keyText); a list or mapping used as a key, by its text. */
function keyName(key: unknown, text: string): string | undefined {
  if (Y().isScalar(key)) return keyText(key);
  if (Y().isCollection(key) && key.range) return text.slice(key.range[0], key.range[1]).trim();
  return undefined;
}

/**
 * When two keys of one mapping are the same: when they name the same thing once read (keyName), so
 * 5.1 and 5.10 differ (YAML would read both as the number 5.1) and 5.10 and "5.10" are the same.
 */
function sameKey(text: string): (a: unknown, b: unknown) => boolean {
  return (a, b) => {
    if (a === b) return true;
    const name = keyName(a, text);
    return name !== undefined && name === keyName(b, text);
  };
}

/** A token of the parser's concrete syntax tree, as far as the depth and quote checks need it. */
interface CstToken {
  type?: string;
  offset?: number;
  source?: string;
  value?: unknown;
  items?: { key?: unknown; value?: unknown }[];
  /** Of a flow collection: its opening bracket, and what follows its items (the closing bracket, if any). */
  start?: CstToken;
  end?: CstToken[];
}

/**
 * Walks the parser's tokens without recursion: the offset of the first list or mapping nested deeper
 * than the limit (the YAML library composes recursively and would run out of stack), the quoted
 * scalars (to place an unclosed quote at its opening), and the brackets never closed.
 */
function scanTokens(tokens: unknown[], limit: number): { tooDeep?: number; tooMany?: { offset: number; count: number }; quoted: CstToken[]; unclosed: CstToken[] } {
  const quoted: CstToken[] = [];
  const unclosed: CstToken[] = [];
  let tooDeep: number | undefined;
  let tooMany: { offset: number; count: number } | undefined;
  const stack: [unknown, number][] = tokens.map((t) => [t, 0]);
  while (stack.length) {
    const [t, d] = stack.pop()!;
    if (!t || typeof t !== 'object') continue;
    const tok = t as CstToken;
    let depth = d;
    if (tok.type === 'block-map' || tok.type === 'block-seq' || tok.type === 'flow-collection') {
      depth++;
      if (depth > limit) {
        tooDeep = Math.min(tooDeep ?? Infinity, tok.offset ?? 0);
        continue;
      }
      if (tok.type === 'flow-collection' && tok.start && !(tok.end ?? []).some((e) => e.type === 'flow-seq-end' || e.type === 'flow-map-end')) unclosed.push(tok.start);
      // The composer checks each key of a mapping against every earlier one: counted first, so that a mapping of
      // tens of thousands of entries is refused at once instead of taking minutes.
      const count = tok.items?.length ?? 0;
      if (count > LIMITS.yamlEntries && (!tooMany || count > tooMany.count)) tooMany = { offset: tok.offset ?? 0, count };
    } else if (tok.type === 'single-quoted-scalar' || tok.type === 'double-quoted-scalar') {
      quoted.push(tok);
    }
    if (tok.type === 'document') stack.push([tok.value, depth]);
    for (const item of tok.items ?? []) {
      stack.push([item.key, depth]);
      stack.push([item.value, depth]);
    }
  }
  return { ...(tooDeep === undefined ? {} : { tooDeep }), ...(tooMany ? { tooMany } : {}), quoted, unclosed };
}

/** A file refused for a list or mapping of more than LIMITS.yamlEntries entries (`what`), found at `offset`. */
export function tooManyEntries(file: string, lineStarts: number[], offset: number, count: number, what: string): ParsedYaml {
  const source: SourceMap = { values: { '': [0, 0] }, keys: {}, lineStarts };
  return {
    data: undefined,
    source,
    diagnostics: [diagnostic(file, spanRange(source, [offset, offset + 1]), 'error', 'too-large',
      `${what} has ${count.toLocaleString('en-GB')} entries; at most ${LIMITS.yamlEntries.toLocaleString('en-GB')} are read`,
      'A Code version has fewer than 100 provisions: check the file was not duplicated or generated wrongly.')],
  };
}

/**
 * The positions of a text the fast path read (valid, plain YAML: parse-yaml.ts), for a diagnostic that needs them:
 * the parser and composer and one walk, without what only the precise path needs (its checks, its messages, its
 * data). About half the time of preciseParse.
 */
export function sourceMapOf(text: string): SourceMap {
  const lc = new (Y().LineCounter)();
  const tokens = Array.from(new (Y().Parser)(lc.addNewLine).parse(text));
  const lineStarts = lc.lineStarts.length && lc.lineStarts[0] === 0 ? lc.lineStarts : [0, ...lc.lineStarts];
  for (const doc of new (Y().Composer)({ uniqueKeys: false, version: '1.2', logLevel: 'error' }).compose(tokens, true, text.length)) {
    return walk(doc, lineStarts, text).source;
  }
  return { ...emptySourceMap(), lineStarts };
}

export function preciseParse(bytes: Uint8Array, file: string): ParsedYaml {
  const empty: SourceMap = emptySourceMap();
  if (bytes.byteLength > LIMITS.yamlBytes) {
    return {
      data: undefined,
      source: empty,
      diagnostics: [
        diagnostic(file, START, 'error', 'file-too-large',
          `the file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is ${LIMITS.yamlBytes / 1024 / 1024} MB`,
          'Keep long evidence in separate markdown files under evidence/ and name them with `file:`.'),
      ],
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstBadUtf8(bytes);
    return {
      data: undefined,
      source: empty,
      diagnostics: [
        diagnostic(file, at, 'error', 'encoding', 'the file is not valid UTF-8 text',
          'Save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8).'),
      ],
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  // parseDocument, in two steps: the parser (iterative) first, so that nesting too deep for the
  // composer (recursive) is refused with a diagnostic before composing.
  const lc = new (Y().LineCounter)();
  const tokens = Array.from(new (Y().Parser)(lc.addNewLine).parse(text));
  const lineStarts = lc.lineStarts.length && lc.lineStarts[0] === 0 ? lc.lineStarts : [0, ...lc.lineStarts];
  const scan = scanTokens(tokens, LIMITS.yamlDepth);
  if (scan.tooDeep !== undefined) {
    const source: SourceMap = { values: { '': [0, 0] }, keys: {}, lineStarts };
    return {
      data: undefined,
      source,
      diagnostics: [diagnostic(file, spanRange(source, [scan.tooDeep, scan.tooDeep + 1]), 'error', 'yaml-syntax',
        `lists or mappings are nested more than ${LIMITS.yamlDepth} levels deep here`, HINTS.TOO_DEEP!)],
    };
  }
  if (scan.tooMany) return tooManyEntries(file, lineStarts, scan.tooMany.offset, scan.tooMany.count, 'this list or mapping');
  let doc: Document.Parsed | undefined;
  let second: [number, number] | undefined;
  for (const d of new (Y().Composer)({ uniqueKeys: sameKey(text), version: '1.2', logLevel: 'error' }).compose(tokens, true, text.length)) {
    if (!doc) doc = d;
    else {
      second = [d.range[0], d.range[1]];
      break;
    }
  }
  doc = doc!;
  const { source, aliases } = walk(doc, lineStarts, text);
  const rangeOf = (start: number, end: number): Range => spanRange(source, [start, end]);
  const errors = doc.errors.map((e) => ({ code: e.code as string, message: e.message, pos: e.pos }));
  if (second) errors.push({ code: 'MULTIPLE_DOCS', message: 'Source contains multiple documents', pos: second });
  const diagnostics: Diagnostic[] = [];
  // Where several errors start at one place, the one nearest the cause comes first.
  const rank = (code: string) => ['TAB_AS_INDENT', 'MULTILINE_IMPLICIT_KEY'].indexOf(code) + 1 || 9;
  const lines = new Set<number>();
  let tabbed = false;
  for (const e of errors.sort((a, b) => a.pos[0] - b.pos[0] || rank(a.code) - rank(b.code))) {
    // An unclosed quote is found where the text ends; it is fixed where the quote opens.
    const opened = /^Missing closing ["']quote/.test(e.message)
      ? scan.quoted.find((q) => q.offset !== undefined && q.offset <= e.pos[0] && e.pos[0] <= q.offset + (q.source?.length ?? 0))
      : undefined;
    // A common slip (a tab, an apostrophe, a missing space) is told as such, where it is.
    const slip = opened || e.code === 'DUPLICATE_KEY' ? undefined : findSlip(text, e.pos[0], scan.quoted);
    // After a tab, the parser loses its way: errors on the lines below are mostly its consequences.
    if (tabbed && slip?.kind !== 'tab') continue;
    const range = slip ? rangeOf(slip.start, slip.end)
      : opened?.offset !== undefined ? rangeOf(opened.offset, opened.offset + 1) : rangeOf(e.pos[0], e.pos[1]);
    // One error per line, and only the first few: after them, most are the parser losing its way.
    if (lines.has(range.line) || lines.size >= MAX_SYNTAX_ERRORS) continue;
    lines.add(range.line);
    if (slip) {
      tabbed ||= slip.kind === 'tab';
      diagnostics.push(diagnostic(file, range, 'error', 'yaml-syntax', slip.message, slip.hint));
      continue;
    }
    if (e.code === 'DUPLICATE_KEY') {
      diagnostics.push(diagnostic(file, range, 'error', 'duplicate-key', `duplicate key ${keyAt(text, e.pos[0])}`, hintFor(e.code, e.message)));
      continue;
    }
    // An unclosed bracket is found where the parser gives up; the message says where it opened.
    const bracket = /end with a [\]}]/.test(e.message)
      ? scan.unclosed.filter((b) => (b.offset ?? Infinity) <= e.pos[0]).sort((a, b) => b.offset! - a.offset!)[0]
      : undefined;
    const at = bracket ? rangeOf(bracket.offset!, bracket.offset! + 1) : undefined;
    const message = bracket && at ? `the ${bracket.source} on line ${at.line}, column ${at.column} is never closed` : cleanMessage(e.message);
    diagnostics.push(diagnostic(file, range, 'error', 'yaml-syntax', message, hintFor(e.code, e.message)));
  }
  for (const w of doc.warnings) {
    diagnostics.push(diagnostic(file, rangeOf(w.pos[0], w.pos[1]), 'warning', 'yaml-syntax', cleanMessage(w.message),
      hintFor(w.code, w.message)));
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { data: undefined, source, diagnostics };

  const aliasRange = Number.isFinite(aliases.first) ? rangeOf(aliases.first, aliases.first + 1) : START;
  if (aliases.count > LIMITS.yamlAliases) {
    diagnostics.push(diagnostic(file, aliasRange, 'error', 'yaml-syntax',
      `the file uses ${aliases.count} aliases (*name); at most ${LIMITS.yamlAliases} are allowed`, HINTS.RESOURCE_EXHAUSTION!));
    return { data: undefined, source, diagnostics };
  }
  try {
    const data = doc.toJS({ maxAliasCount: LIMITS.yamlAliases });
    diagnostics.push(...checkCommentsInText(text, data, file));
    return { data, source, diagnostics };
  } catch (e) {
    diagnostics.push(diagnostic(file, aliasRange, 'error', 'yaml-syntax', cleanMessage((e as Error).message),
      HINTS.RESOURCE_EXHAUSTION!));
    return { data: undefined, source, diagnostics };
  }
}
/** The key that starts at `offset`, as written (up to its colon). */
function keyAt(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  const key = text.slice(offset, end === -1 ? undefined : end).replace(/\s*:[^]*$/, '').trim();
  return JSON.stringify(/^(["']).*\1$/.test(key) ? key.slice(1, -1) : key);
}
/** Line and column of the first byte that breaks UTF-8 decoding. */
function firstBadUtf8(bytes: Uint8Array): Range {
  let lo = 0;
  let hi = bytes.byteLength;
  // Binary search for the longest prefix that decodes; streaming mode tolerates a prefix cut mid-character.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  let line = 1;
  let col = 1;
  for (let i = 0; i < lo; i++) {
    if (bytes[i] === 0x0a) { line++; col = 1; } else if ((bytes[i]! & 0xc0) !== 0x80) col++;
  }
  return { line, column: col, endLine: line, endColumn: col + 1 };
}
