import type { Range } from './diagnostic.ts';
import type { WordingOverrides } from './wording.ts';
import type { ReportData } from './report.ts';

/** A landlord's answer: does it comply with the provision? */
export type Comply = 'yes' | 'no' | 'partial' | 'n/a';

/** A document relied on as evidence. */
export interface DocumentRef {
  title: string;
  url?: string;
  file?: string;
  section?: string | number;
  page?: string | number;
  internal?: boolean;
}

/** Status of an action. */
export type ActionStatus = 'open' | 'done' | 'dropped';

/** An action towards compliance or improvement. */
export interface Action {
  description: string;
  owner?: string;
  due?: string;
  status?: ActionStatus;
  completed_on?: string;
  note?: string;
}

/** The answer to one provision, as written in assessment.yaml. */
export interface Response {
  comply?: Comply;
  answer?: string | number;
  evidence?: string;
  documents?: DocumentRef[];
  commentary?: string;
  actions?: Action[];
  needs_review?: string;
}

/** The governing body's approval of an assessment. */
export interface Approval {
  body: string;
  date: string;
  reference?: string;
  sha256?: string;
  files?: Record<string, string>;
  /** A short hash of each provision's response as approved (`answerDigests`), to name what changed since. */
  answers?: Record<string, string>;
  /** The landlord's details when it was approved (`chc approve` records them), so next year's diff can tell a change. */
  landlord?: { name?: string; governing_body?: string; group_members?: string[] };
  /** A short hash of each provision of the Code data as shown when approved (`codeDigests`), to name what changed since. */
  code?: Record<string, string>;
}

/** The data of assessment.yaml, after validation. */
export interface AssessmentData {
  code: string;
  period: string;
  assessed_on: string;
  covers?: string[];
  /** How the outputs lay out each section: the Code's order (default) or the 2022 form's must and should tables. */
  layout?: 'code' | 'must-should';
  introduction?: string;
  approval?: Approval;
  governing_body_response?: string;
  responses: Record<string, Response>;
}

/** The data of landlord.yaml, after validation. */
export interface LandlordData {
  name: string;
  website: string;
  governing_body?: string;
  member_responsible_for_complaints?: string;
  group_members?: string[];
  complaints_page?: string;
  contact?: { emails?: string[]; phones?: string[]; addresses?: string[] };
  brand?: { colour?: string; logo?: string };
}

/** A span of a source text: [start offset, end offset]. */
export type Span = [number, number];

/**
 * Where each value of a YAML file came from, keyed by JSON pointer ("/responses/1.2/comply").
 * `values` holds the value's span; `keys` the span of the key that names it; `lineStarts` the offset of
 * each line, so spans become 1-based line/column ranges only when a diagnostic needs one.
 */
export interface SourceMap {
  values: Record<string, Span>;
  keys: Record<string, Span>;
  lineStarts: number[];
  /** The file's text as read (bounded by the loader), for rules about what the data does not hold: comments. */
  text?: string;
}

/** An empty source map (a file that could not be read). */
export function emptySourceMap(): SourceMap {
  return { values: {}, keys: {}, lineStarts: [0] };
}

/** The index of the line an offset lies on (0-based), by binary search over the line starts. */
export function lineIndex(lineStarts: number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 1-based line and column of an offset. */
function position(lineStarts: number[], offset: number): { line: number; column: number } {
  const i = lineIndex(lineStarts, offset);
  return { line: i + 1, column: offset - (lineStarts[i] ?? 0) + 1 };
}

/** The line/column range of a span. */
export function spanRange(source: SourceMap, span: Span): Range {
  const a = position(source.lineStarts, span[0]);
  const b = position(source.lineStarts, Math.max(span[0], span[1]));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/**
 * The range of the value at a JSON pointer (or of its key, with `preferKey`), falling back to the key,
 * then to the nearest ancestor that has a position, then to the start of the file.
 */
export function locate(source: SourceMap, ptr: string, preferKey = false): Range {
  if (preferKey && source.keys[ptr]) return spanRange(source, source.keys[ptr]!);
  let q = ptr;
  for (;;) {
    const span = source.values[q] ?? source.keys[q];
    if (span) return spanRange(source, span);
    if (q === '') return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    q = q.slice(0, q.lastIndexOf('/'));
  }
}

/**
 * A loaded YAML file: the parsed data (`raw`, undefined when it could not be parsed), positions and
 * identity. `data` is set by validation: `raw` with every value the schema rejected removed.
 */
export interface SourceFile<T> {
  /** Path relative to the root, with forward slashes. */
  file: string;
  /** Absolute path. */
  path: string;
  raw: unknown;
  data: T | undefined;
  source: SourceMap;
  /** JSON pointers of values the schema rejected: rules skip them. */
  invalid: Set<string>;
}

/** What the loader found of a file a landlord names (its logo). */
export interface LandlordFile {
  ref: string;
  exists: boolean;
  outside: boolean;
  bytes: number;
  /** Why it could not be read ("is not a regular file (…)"), when it could not. */
  unreadable?: string;
  /** What it holds, as read (within its bound), when it could be read inside the folder. */
  content?: Uint8Array;
}

/** One landlord's folder. */
export interface Landlord {
  slug: string;
  dir: string;
  landlord: SourceFile<LandlordData>;
  assessments: Assessment[];
  /** brand.logo, resolved in the landlord's folder. */
  logo?: LandlordFile;
  /** The landlord's own templates (templates/ in its folder), when it has any. */
  templates?: LandlordTemplates;
}

/** A landlord's templates/ folder: its own wording of the outputs' sentences, and its standing introduction. */
export interface LandlordTemplates {
  /** templates/messages.yaml: sentences of the catalogue worded its own way (validated by schemas/messages.schema.json). */
  messages?: SourceFile<WordingOverrides>;
  /**
   * templates/introduction.md: the introduction of every assessment of the landlord that has none of its own.
   * `text` when it could be read inside the folder.
   */
  introduction?: { file: string; path: string; text?: string };
}

/** One assessment.yaml, in its landlord's folder. */
export interface Assessment extends SourceFile<AssessmentData> {
  landlord: string;
  /** The period named by the folder. */
  period: string;
  /** Absolute path of the assessment's folder. */
  dir: string;
  /** Absolute path of the landlord's folder. */
  landlordDir: string;
  /** report.yaml beside it, when there is one: the year's annual complaints report (docs/report.md). */
  report?: SourceFile<ReportData>;
  /** The complaints log report.yaml names, as read (bounded): its text, or why it could not be read. */
  caseLog?: { file: string; text: string } | { file: string; problem: ReadProblemKind; why: string };
}

/** Why a file could not be read (load/read-bounded.ts's kinds). */
export type ReadProblemKind = 'missing' | 'folder' | 'not-a-file' | 'too-large' | 'unreadable';

/** JSON pointer for a path of keys (RFC 6901 escaping). */
export function pointer(...parts: (string | number)[]): string {
  let out = '';
  for (const part of parts) {
    const p = String(part);
    out += '/' + (p.includes('~') || p.includes('/') ? p.replace(/~/g, '~0').replace(/\//g, '~1') : p);
  }
  return out;
}

/**
 * The introduction an assessment publishes: its own (`introduction:`), or else its landlord's standing one
 * (templates/introduction.md); none when neither has any words.
 */
export function introductionText(own: unknown, standing: string | undefined): string | undefined {
  if (typeof own === 'string' && own.trim() !== '') return own;
  return standing !== undefined && standing.trim() !== '' ? standing : undefined;
}
