// The positions of a YAML file's keys and values (its source map), kept between runs by the file's content: mapping
// them takes the `yaml` parser, which is slow to start (about 35 ms to load, 45 ms for its first 34 KB file, cold);
// a file chc already mapped, unchanged since, is read back instead (a pre-commit hook checks the same files every
// commit, most of them unchanged). Kept in the tool's own `node_modules/.cache/chc/positions/`, one small JSON file
// per content, named by its hash (with the mapping code's own, so a change to it maps again); at most MAX_ENTRIES,
// the oldest removed first. Anything wrong with the cache (missing, unwritable, damaged) only means mapping again.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceMap, Span } from '../model/assessment.ts';
import { readBounded } from './read-bounded.ts';

/** Where the cache lies: the tool's own tree (a test passes another folder). */
export const POSITIONS_DIR = fileURLToPath(new URL('../../node_modules/.cache/chc/positions/', import.meta.url));
export const MAX_ENTRIES = 256;
/** Texts shorter than this are mapped each time: quicker than a file read and write. */
const CACHED_FROM = 8 * 1024;
/** A cache file larger than this is not ours to read. */
const MAX_BYTES = 16 * 1024 * 1024;
const NAME = /^[0-9a-f]{40}\.json$/;

let codeHash: string | undefined;
/** The hash of the code that maps positions (this module's neighbour, yaml-precise): a new version maps again. */
function mappingCode(): string {
  if (codeHash !== undefined) return codeHash;
  const h = createHash('sha1');
  for (const m of ['./yaml-precise', './position-cache']) {
    for (const ext of ['.ts', '.js']) {
      try {
        h.update(readFileSync(fileURLToPath(new URL(`${m}${ext}`, import.meta.url))));
      } catch {
        // The other extension: a checkout runs .ts, an installed package .js.
      }
    }
  }
  return (codeHash = h.digest('hex'));
}

const keyOf = (text: string) => createHash('sha1').update(mappingCode()).update('\0').update(text).digest('hex');

const isSpans = (v: unknown, length: number): v is Record<string, Span> => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  for (const s of Object.values(v as Record<string, unknown>)) {
    if (!Array.isArray(s) || s.length !== 2 || !Number.isInteger(s[0]) || !Number.isInteger(s[1]) || s[0] < 0 || s[1] > length) return false;
  }
  return true;
};

/** The source map of `text` from the cache, or undefined. */
export function cachedSourceMap(text: string, dir = POSITIONS_DIR): SourceMap | undefined {
  const read = readBounded(join(dir, `${keyOf(text)}.json`), MAX_BYTES);
  if ('problem' in read) return undefined;
  try {
    const v = JSON.parse(read.bytes.toString('utf8')) as { values?: unknown; keys?: unknown; lineStarts?: unknown };
    const lines = v.lineStarts;
    if (!isSpans(v.values, text.length) || !isSpans(v.keys, text.length) || !Array.isArray(lines) || lines[0] !== 0) return undefined;
    if (!lines.every((n, i) => Number.isInteger(n) && (i === 0 || text.charCodeAt(n - 1) === 10))) return undefined;
    return { values: v.values, keys: v.keys, lineStarts: lines as number[], text };
  } catch {
    return undefined;
  }
}

/** Keeps the source map of `text` for the next run (written whole, then renamed into place); errors are ignored. */
export function keepSourceMap(text: string, map: SourceMap, dir = POSITIONS_DIR): void {
  try {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${keyOf(text)}.json`);
    const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(temp, JSON.stringify({ values: map.values, keys: map.keys, lineStarts: map.lineStarts }));
    renameSync(temp, file);
    prune(dir);
  } catch {
    // A read-only install, a full disk: the next run maps again.
  }
}

/** Removes the oldest entries beyond MAX_ENTRIES (only files named as this cache names them). */
function prune(dir: string): void {
  const names = readdirSync(dir).filter((n) => NAME.test(n));
  if (names.length <= MAX_ENTRIES) return;
  const dated = names.map((n) => {
    try {
      return { n, t: statSync(join(dir, n)).mtimeMs };
    } catch {
      return { n, t: 0 };
    }
  }).sort((a, b) => a.t - b.t);
  for (const { n } of dated.slice(0, names.length - MAX_ENTRIES * 0.75)) {
    try {
      unlinkSync(join(dir, n));
    } catch {
      // Another run removed it.
    }
  }
}

/** The source map of `text`: kept from an earlier run, or made by `map` (and kept, for a text large enough). */
export function keptSourceMap(text: string, map: (text: string) => SourceMap): SourceMap {
  if (text.length < CACHED_FROM) return map(text);
  const cached = cachedSourceMap(text);
  if (cached) return cached;
  const mapped = map(text);
  keepSourceMap(text, mapped);
  return mapped;
}
