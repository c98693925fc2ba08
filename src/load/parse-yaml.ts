import { Composer, LineCounter, Parser, Scalar, isAlias, isCollection, isMap, isPair, isScalar, isSeq, type Node, type Document } from 'yaml';
import { diagnostic, START, type Diagnostic, type Range } from '../model/diagnostic.ts';
import { emptySourceMap, pointer, spanRange, type SourceMap, type Span } from '../model/assessment.ts';
import { LIMITS } from '../model/limits.ts';
import jsyaml from 'js-yaml';
import { checkCommentsInText } from './comment-in-text.ts';
import { findSlip } from './yaml-slips.ts';

/** The result of parsing one YAML file: data (undefined if unusable), positions, and problems. */
export interface ParsedYaml {
  data: unknown;
  source: SourceMap;
  diagnostics: Diagnostic[];
}

const HINTS: Partial<Record<string, string>> = {
  TAB_AS_INDENT: 'Indent with spaces, not tabs (set your editor to insert spaces in YAML files).',
  DUPLICATE_KEY: 'Each key may appear once in a mapping: merge the two entries or delete one.',
  BAD_INDENT: 'Line the key up with the other keys at the same level (use spaces).',
  MULTILINE_IMPLICIT_KEY: 'A key must fit on one line and end with a colon; check for a missing colon or quote on the line above.',
  BLOCK_AS_IMPLICIT_KEY: 'Check for a missing colon after the key, or a missing indent.',
  MISSING_CHAR: 'A quote or bracket was opened but not closed.',
  UNEXPECTED_TOKEN: 'Check the indentation and punctuation here; text containing ": " or " #" must be quoted or written as a block (|).',
  BAD_SCALAR_START: 'Text starting with a character such as @, ` or % must be quoted.',
  MULTIPLE_DOCS: 'Put only one document in the file (remove the extra "---").',
  RESOURCE_EXHAUSTION: 'Do not use aliases (*name) to repeat large parts of the file.',
  TAG_RESOLVE_FAILED: 'Remove the tag (the word starting with !): chc reads plain YAML values only.',
  TOO_DEEP: 'Check for brackets ([ or {) that are opened again and again but never closed, or lines indented further and further.',
};

/** Hints by what the parser's message says (one code covers several mistakes), tried before the hint for the code. */
const MESSAGE_HINTS: [RegExp, string][] = [
  [/^Missing closing ["']quote/, 'This quote is never closed: add the closing quote at the end of the text (for text over several lines, use | instead of quotes).'],
  [/must .*end with a [\]}]|Missing closing|unterminated|not closed/i, 'A quote or bracket was opened but not closed.'],
  [/^Implicit map keys need to be followed by map values/, 'A key must be followed by a colon (key: value). Text over several lines belongs under a key ending with | (indented below it).'],
  [/^Nested mappings are not allowed in compact mappings/, 'Text that contains ": " must be quoted ("…") or written as a block (|). A key inside a value goes on its own, indented line.'],
  [/^Implicit keys need to be on a single line/, 'A key must fit on one line and end with a colon: check this line for a missing colon or quote, and the next line for extra indentation.'],
  [/^Missing , (or : )?between/, 'Separate the items inside [ ] or { } with commas, and quote text that contains commas, brackets or ": ".'],
  [/^Comments must be separated/, 'Put a space before #, or quote text that contains #.'],
  [/^Sequence item without - indicator/, 'Start each list item with "- ".'],
];

/** Plainer words for the parser's messages that speak of its own API or internals. */
const MESSAGES: [RegExp, string][] = [
  [/^Missing closing (["'])quote.*$/, 'the quoted text that starts here has no closing $1'],
  [/^Source contains multiple documents.*$/, 'the file holds a second YAML document (after a "---" line)'],
  [/^Excessive alias count.*$/, 'the aliases (*name) in this file expand to too much data'],
  [/^Implicit keys need to be on a single line$/, 'this value runs on into the next line, which then reads as a key'],
  [/^Implicit map keys need to be followed by map values$/, 'a key without its colon (or text where a key was expected)'],
  [/^Nested mappings are not allowed in compact mappings$/, 'a second "key:" on one line'],
];

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
    if (!isAlias(node)) return;
    aliases.count++;
    aliases.first = Math.min(aliases.first, node.range?.[0] ?? Infinity);
  };
  // `path` is undefined below a key that has no text (an alias): still walked, for its aliases.
  const visit = (node: unknown, path: string | undefined, depth: number): void => {
    if (!node || depth > LIMITS.yamlDepth) return;
    alias(node);
    const n = node as Node;
    if (n.range && path !== undefined) values[path] = [n.range[0], n.range[1]];
    if (isMap(n)) {
      for (const item of n.items) {
        if (!isPair(item)) continue;
        if (isCollection(item.key)) {
          const range = item.key.range;
          const flat = new Scalar(range ? text.slice(range[0], range[1]).trim() : String(item.key));
          if (range) flat.range = range;
          item.key = flat;
        }
        alias(item.key);
        const key = keyText(item.key);
        if (key !== undefined && isScalar(item.key)) item.key.value = key;
        const child = key === undefined || path === undefined ? undefined : path + pointer(key);
        const k = item.key as Node | null;
        if (child !== undefined && k?.range) {
          keys[child] = [k.range[0], k.range[1]];
          if (item.value === null) values[child] = [k.range[0], k.range[1]];
        }
        visit(item.value, child, depth + 1);
      }
    } else if (isSeq(n)) {
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
  if (isScalar(key)) {
    if (typeof key.value === 'string') return key.value;
    if (typeof key.source === 'string' && key.source !== '') return key.source;
    if (key.value === null) return '';
    return String(key.value);
  }
  return undefined;
}

/** The name of a mapping key, as the user wrote it (see keyText); a list or mapping used as a key, by its text. */
function keyName(key: unknown, text: string): string | undefined {
  if (isScalar(key)) return keyText(key);
  if (isCollection(key) && key.range) return text.slice(key.range[0], key.range[1]).trim();
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

/**
 * Whether a file may take the fast path: no tabs, no anchors or aliases. Anything unusual takes the
 * precise path, which reports exact positions.
 */
function plainEnough(text: string): boolean {
  return !text.includes('\t') && !/(^|[\s[{,:-])[&*][\w-]/m.test(text) &&
    // Keys js-yaml names differently: explicit (? …) and list or mapping keys, and plain keys YAML reads as
    // null or booleans (~, TRUE): the data must match the positions, which come from `yaml`. (Plain keys read
    // as numbers, 5.10, keep their text on both paths: see PlainNumber.)
    !/^[ \t]*(- +)*(\?([ \t]|$)|[[{][^\n]*[\]}][ \t]*:([ \t]|$)|(~|null|true|false)[ \t]*:([ \t]|$))/mi.test(text);
}

/**
 * A number js-yaml read from plain text, with that text. As a mapping key it is named by its text, as
 * written (js-yaml names a key by String(key)): 5.10 stays "5.10", not 5.1, as on the precise path
 * (keyText). As a value it is unwrapped to the number once the file is read.
 */
class PlainNumber {
  readonly value: number;
  readonly text: string;
  constructor(value: number, text: string) {
    this.value = value;
    this.text = text;
  }
  toString(): string {
    return this.text;
  }
  /** So js-yaml does not take it for a mapping used as a key. */
  get [Symbol.toStringTag](): string {
    return 'PlainNumber';
  }
}

/** How many PlainNumbers the fast path has made (none: nothing to unwrap). */
let numbersRead = 0;

/** js-yaml's YAML 1.2 core schema, with its numbers wrapped as PlainNumber. */
const FAST_SCHEMA = (() => {
  // js-yaml 4 exports its types (its typings do not say so).
  type ScalarType = jsyaml.Type & { tag: string };
  const types = (jsyaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float', ScalarType> }).types;
  const wrap = (t: ScalarType): jsyaml.Type => new jsyaml.Type(t.tag, {
    kind: 'scalar',
    resolve: (data: unknown) => t.resolve(data),
    construct: (data: string) => {
      numbersRead++;
      return new PlainNumber(t.construct(data) as number, data);
    },
  });
  return jsyaml.FAILSAFE_SCHEMA.extend({ implicit: [types.null, types.bool, wrap(types.int), wrap(types.float)] });
})();

/** Replaces every PlainNumber in data read by js-yaml (no aliases: a tree) with its number, in place. */
function unwrapNumbers(v: unknown): unknown {
  if (v instanceof PlainNumber) return v.value;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = unwrapNumbers(v[i]);
  } else if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const x = o[k];
      const y = unwrapNumbers(x);
      // Defined, not assigned: a key "__proto__" is an own property here, and must stay one.
      if (y !== x) Object.defineProperty(o, k, { value: y, writable: true, enumerable: true, configurable: true });
    }
  }
  return v;
}

/**
 * Whether every quoted scalar closes on the line it opens on. js-yaml lets a quote run on over the lines
 * below, so a forgotten closing quote followed by a quoted key ("1.2":) reads as a jumble instead of an
 * error; `yaml` reports it. Quotes that open inside plain or block text only send a file the precise way.
 */
function quotesCloseOnTheirLine(text: string): boolean {
  const open = /(^|[\s[{,:])(["'])|(^|\s)#/g; // a quote where a scalar may start, or a comment
  for (const line of text.split('\n')) {
    if (!line.includes('"') && !line.includes("'")) continue;
    open.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = open.exec(line))) {
      const quote = m[2];
      if (quote === undefined) break; // the rest of the line is a comment
      let i = m.index + m[0].length;
      for (; i < line.length; i++) {
        if (quote === '"' && line[i] === '\\') i++;
        else if (line[i] === quote) {
          if (quote === "'" && line[i + 1] === "'") i++;
          else break;
        }
      }
      if (i >= line.length) return false;
      open.lastIndex = i + 1;
    }
  }
  return true;
}

/**
 * A source map computed on first use (by the precise parser): the fast path needs positions only when a
 * diagnostic is made.
 */
function lazySourceMap(compute: () => SourceMap, text: string): SourceMap {
  let map: SourceMap | undefined;
  const get = (): SourceMap => (map ??= compute());
  return {
    get values() { return get().values; },
    get keys() { return get().keys; },
    get lineStarts() { return get().lineStarts; },
    // The text is known without mapping positions: reading it must not make the map.
    text,
  };
}

/**
 * Decodes and parses one YAML file. Never throws for bad input: encoding errors, size,
 * syntax errors, duplicate keys and alias bombs all become diagnostics on `file`.
 * A plain, valid file is read by js-yaml (YAML 1.2 core schema, ~9× faster) and its positions are mapped
 * only if a diagnostic needs them; anything else by `yaml`, which reports every problem with its position.
 */
export function parseYaml(bytes: Uint8Array, file: string): ParsedYaml {
  const fast = fastParse(bytes, file);
  if (fast) return fast;
  return preciseParse(bytes, file);
}

function fastParse(bytes: Uint8Array, file: string): ParsedYaml | undefined {
  if (bytes.byteLength > LIMITS.yamlBytes) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!plainEnough(text) || !quotesCloseOnTheirLine(text)) return undefined;
  try {
    numbersRead = 0;
    const loaded = jsyaml.load(text, { schema: FAST_SCHEMA });
    const data = numbersRead > 0 ? unwrapNumbers(loaded) : loaded;
    if (data === undefined || data === null) return undefined;
    // A list or mapping of tens of thousands of entries makes every later step slow (the precise parser, the
    // rules): refused here, found by its key's line, before anything else reads the file.
    // Each entry takes a line or a comma: a text with fewer of both cannot hold such a list (most files stop here).
    const big = separators(text) > LIMITS.yamlEntries ? largestCollection(data) : { path: [], count: 0 };
    if (big.count > LIMITS.yamlEntries) {
      const at = lineOfPath(text, big.path);
      const lineStarts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
      return tooManyEntries(file, lineStarts, at, big.count, big.path.length ? big.path.join('.') : 'the file');
    }
    const source = lazySourceMap(() => preciseParse(bytes, '').source, text);
    return { data, source, diagnostics: checkCommentsInText(text, data, file) };
  } catch {
    return undefined;
  }
}

/** A file refused for a list or mapping of more than LIMITS.yamlEntries entries (`what`), found at `offset`. */
function tooManyEntries(file: string, lineStarts: number[], offset: number, count: number, what: string): ParsedYaml {
  const source: SourceMap = { values: { '': [0, 0] }, keys: {}, lineStarts };
  return {
    data: undefined,
    source,
    diagnostics: [diagnostic(file, spanRange(source, [offset, offset + 1]), 'error', 'too-large',
      `${what} has ${count.toLocaleString('en-GB')} entries; at most ${LIMITS.yamlEntries.toLocaleString('en-GB')} are read`,
      'A Code version has fewer than 100 provisions: check the file was not duplicated or generated wrongly.')],
  };
}

/** The lines and commas of a text. */
function separators(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 44) n++;
  }
  return n;
}

/** The list or mapping with the most entries in loaded data, and the keys that lead to it; walked without recursion. */
function largestCollection(data: unknown): { path: string[]; count: number } {
  let best = { path: [] as string[], count: 0 };
  const stack: [unknown, string[]][] = [[data, []]];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v as Record<string, unknown>);
    if (entries.length > best.count) best = { path, count: entries.length };
    if (entries.length > LIMITS.yamlEntries) continue;
    for (const [k, x] of entries) if (x && typeof x === 'object') stack.push([x, [...path, k]]);
  }
  return best;
}

/** The offset of the line that opens the value at `path` (each key searched for after the one before it), or 0. */
function lineOfPath(text: string, path: string[]): number {
  let at = 0;
  for (const key of path) {
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`^[ \\t]*(?:- )?["']?${escaped}["']?[ \\t]*:`, 'm').exec(text.slice(at));
    if (!m) break;
    at += m.index;
  }
  return at;
}

function preciseParse(bytes: Uint8Array, file: string): ParsedYaml {
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
  const lc = new LineCounter();
  const tokens = Array.from(new Parser(lc.addNewLine).parse(text));
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
  for (const d of new Composer({ uniqueKeys: sameKey(text), version: '1.2', logLevel: 'error' }).compose(tokens, true, text.length)) {
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

/** The hint for a parser error: by its code, or by what the message says was left open. */
function hintFor(code: string, message: string): string {
  return MESSAGE_HINTS.find(([re]) => re.test(message))?.[1] ?? HINTS[code] ?? 'Check the YAML syntax on this line and the one above it.';
}

/** The key that starts at `offset`, as written (up to its colon). */
function keyAt(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  const key = text.slice(offset, end === -1 ? undefined : end).replace(/\s*:[^]*$/, '').trim();
  return JSON.stringify(/^(["']).*\1$/.test(key) ? key.slice(1, -1) : key);
}

/** The parser's message without its trailing position ("at line 3, column 1"). */
function cleanMessage(message: string): string {
  const m = message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').replace(/\s+/g, ' ').trim();
  const plain = MESSAGES.find(([re]) => re.test(m));
  return plain ? m.replace(plain[0], plain[1]) : m;
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
