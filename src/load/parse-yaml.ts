// Reading a YAML file: a plain, valid file takes the fast path (js-yaml, about 9× faster), its positions mapped only
// when a diagnostic needs them; anything else the precise path (yaml-precise.ts), which reports every problem at its
// place.
import type { Diagnostic } from '../model/diagnostic.ts';
import type { SourceMap } from '../model/assessment.ts';
import { LIMITS } from '../model/limits.ts';
import { checkCommentsInText } from './comment-in-text.ts';
import { preciseParse, sourceMapOf, tooManyEntries } from './yaml-precise.ts';
import { keptSourceMap } from './position-cache.ts';
import jsyaml from 'js-yaml';

/** The result of parsing one YAML file: data (undefined if unusable), positions, and problems. */
export interface ParsedYaml {
  data: unknown;
  source: SourceMap;
  diagnostics: Diagnostic[];
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
    // Mapped when a diagnostic needs a position: from the cache when this text was mapped before (position-cache.ts).
    const source = lazySourceMap(() => keptSourceMap(text, sourceMapOf), text);
    return { data, source, diagnostics: checkCommentsInText(text, data, file) };
  } catch {
    return undefined;
  }
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
