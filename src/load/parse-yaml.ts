import { LineCounter, parseDocument, isAlias, isMap, isPair, isScalar, isSeq, type Node, type Document } from 'yaml';
import { diagnostic, START, type Diagnostic, type Range } from '../model/diagnostic.ts';
import { emptySourceMap, pointer, spanRange, type SourceMap, type Span } from '../model/assessment.ts';
import { LIMITS } from '../model/limits.ts';

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
};

/** Records the span of every value and key in the document, by JSON pointer. */
function mapSource(doc: Document.Parsed, lineStarts: number[]): SourceMap {
  const values: Record<string, Span> = {};
  const keys: Record<string, Span> = {};
  const visit = (node: unknown, path: string, depth: number): void => {
    if (!node || depth > 64) return;
    const n = node as Node;
    if (n.range) values[path] = [n.range[0], n.range[1]];
    if (isMap(n)) {
      for (const item of n.items) {
        if (!isPair(item)) continue;
        const key = keyText(item.key);
        if (key === undefined) continue;
        const child = path + pointer(key);
        const k = item.key as Node | null;
        if (k?.range) keys[child] = [k.range[0], k.range[1]];
        if (item.value === null && k?.range) values[child] = [k.range[0], k.range[1]];
        visit(item.value, child, depth + 1);
      }
    } else if (isSeq(n)) {
      n.items.forEach((item, i) => visit(item, path + pointer(i), depth + 1));
    }
  };
  visit(doc.contents, '', 0);
  if (!values['']) values[''] = [0, 0];
  return { values, keys, lineStarts };
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

/** Rewrites non-string scalar keys to their source text before conversion to plain data. */
function normaliseKeys(node: unknown, depth = 0): void {
  if (!node || depth > 64) return;
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item)) continue;
      if (isScalar(item.key) && typeof item.key.value !== 'string') {
        const text = keyText(item.key);
        if (text !== undefined) item.key.value = text;
      }
      normaliseKeys(item.value, depth + 1);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) normaliseKeys(item, depth + 1);
  }
}

/** Counts alias nodes; a file with more than the limit is refused before it is expanded. */
function countAliases(node: unknown, depth = 0): number {
  if (!node || depth > 64) return 0;
  if (isAlias(node)) return 1;
  let n = 0;
  if (isMap(node)) for (const item of node.items) n += countAliases(item.key, depth + 1) + countAliases(item.value, depth + 1);
  else if (isSeq(node)) for (const item of node.items) n += countAliases(item, depth + 1);
  return n;
}

/**
 * Decodes and parses one YAML file. Never throws for bad input: encoding errors, size,
 * syntax errors, duplicate keys and alias bombs all become diagnostics on `file`.
 */
export function parseYaml(bytes: Uint8Array, file: string): ParsedYaml {
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

  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, version: '1.2' });
  const diagnostics: Diagnostic[] = [];
  const lineStarts = lc.lineStarts.length && lc.lineStarts[0] === 0 ? lc.lineStarts : [0, ...lc.lineStarts];
  const source = mapSource(doc, lineStarts);
  const rangeOf = (start: number, end: number): Range => spanRange(source, [start, end]);
  for (const e of doc.errors) {
    const rule = e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax';
    const range = rangeOf(e.pos[0], e.pos[1]);
    const message = rule === 'duplicate-key' ? `duplicate key ${keyAt(text, e.pos[0])}` : cleanMessage(e.message);
    diagnostics.push(diagnostic(file, range, 'error', rule, message, hintFor(e.code, e.message)));
  }
  for (const w of doc.warnings) {
    diagnostics.push(diagnostic(file, rangeOf(w.pos[0], w.pos[1]), 'warning', 'yaml-syntax', cleanMessage(w.message),
      hintFor(w.code, w.message)));
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { data: undefined, source, diagnostics };

  const aliases = countAliases(doc.contents);
  if (aliases > LIMITS.yamlAliases) {
    diagnostics.push(diagnostic(file, START, 'error', 'yaml-syntax',
      `the file uses ${aliases} aliases; at most ${LIMITS.yamlAliases} are allowed`, HINTS.RESOURCE_EXHAUSTION!));
    return { data: undefined, source, diagnostics };
  }
  normaliseKeys(doc.contents);
  try {
    const data = doc.toJS({ maxAliasCount: LIMITS.yamlAliases });
    return { data, source, diagnostics };
  } catch (e) {
    diagnostics.push(diagnostic(file, START, 'error', 'yaml-syntax', cleanMessage((e as Error).message),
      HINTS.RESOURCE_EXHAUSTION!));
    return { data: undefined, source, diagnostics };
  }
}

/** The hint for a parser error: by its code, or by what the message says was left open. */
function hintFor(code: string, message: string): string {
  if (/must .*end with a [\]}]|Missing closing|unterminated|not closed/i.test(message)) return HINTS.MISSING_CHAR!;
  return HINTS[code] ?? 'Check the YAML syntax on this line and the one above it.';
}

/** The key that starts at `offset`, as written (up to its colon). */
function keyAt(text: string, offset: number): string {
  const line = text.slice(offset, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset));
  return line.replace(/\s*:.*$/, '').trim();
}

/** The parser's message without its trailing position ("at line 3, column 1"). */
function cleanMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').replace(/\s+/g, ' ').trim();
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
