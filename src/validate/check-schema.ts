import type { ErrorObject } from 'ajv';
import { diagnostic, START, type Diagnostic, type Range } from '../model/diagnostic.ts';
import { locate, pointer, type SourceMap } from '../model/assessment.ts';
import { nearest, complyGuess } from '../model/suggest.ts';
import { validatorFor, type SchemaName } from './schemas.ts';
import { dateAdvice } from './date-advice.ts';

/** The outcome of checking data against a schema: the data with rejected values removed, and diagnostics. */
export interface SchemaResult<T> {
  data: T | undefined;
  invalid: Set<string>;
  diagnostics: Diagnostic[];
}

/**
 * Validates parsed YAML against one of our JSON Schemas. Each error becomes a diagnostic at the
 * offending key or value, with a hint (the nearest known field for a misspelt name). Rejected
 * values are removed from a copy of the data so later rules see only well-typed values.
 */
export function checkSchema<T>(data: unknown, source: SourceMap, file: string, schema: SchemaName): SchemaResult<T> {
  const what = schema === 'code-version' ? 'code version file' : schema === 'mapping' ? 'mapping file' : `${schema}.yaml`;
  if (data === null || data === undefined) {
    return {
      data: undefined,
      invalid: new Set(['']),
      diagnostics: [diagnostic(file, START, 'error', 'schema', `the ${what} is empty`,
        schema === 'assessment' ? 'Start from `chc new <landlord> <period>`, or copy an example from assessments/.' :
          'Fill in the required fields; your editor can suggest them from the JSON Schema named in the first line.')],
    };
  }
  const validate = validatorFor(schema);
  if (validate(data)) return { data: data as T, invalid: new Set(), diagnostics: [] };

  const diagnostics: Diagnostic[] = [];
  const invalid = new Set<string>();
  const seen = new Set<string>();
  const copy = structuredClone(data) as unknown;
  let root: unknown = copy;
  const errors = prioritise(validate.errors ?? []);
  // A required field that is there under a misspelt name is reported once, as the misspelling.
  const misspelt = new Set(errors.map((e) => (e.keyword === 'additionalProperties' ? `${e.instancePath}\u0000${suggestion(e)}` : '')));
  for (const e of errors) {
    if (e.keyword === 'propertyNames') continue; // reported by the error inside it, at the key
    if (e.keyword === 'if') continue; // "must match the else schema": the error inside that branch says what
    if (e.keyword === 'required' && misspelt.has(`${e.instancePath}\u0000${(e.params as { missingProperty: string }).missingProperty}`)) continue;
    const d = describe(e, source, file);
    const key = `${d.path}\u0000${e.keyword}`;
    if (seen.has(d.path) || seen.has(key)) continue;
    seen.add(key);
    if (e.keyword !== 'required') seen.add(d.path);
    diagnostics.push(d.diagnostic);
    if (e.keyword !== 'required') {
      invalid.add(d.path);
      if (d.path === '') root = undefined;
      else removeAt(root, d.path);
    }
  }
  return { data: root as T | undefined, invalid, diagnostics };
}

/** Puts the most useful error first for each value (an enum error beats a type error, etc.). */
function prioritise(errors: ErrorObject[]): ErrorObject[] {
  const rank: Record<string, number> = { additionalProperties: 0, required: 1, enum: 2, format: 3, pattern: 4, type: 5 };
  return [...errors].sort((a, b) => (rank[a.keyword] ?? 9) - (rank[b.keyword] ?? 9));
}

interface Described {
  path: string;
  diagnostic: Diagnostic;
}

type ParentSchema = { description?: string; properties?: Record<string, { description?: string }>; required?: string[]; enum?: unknown[] } | undefined;

/** The known field nearest to an unknown one (for an additionalProperties error), if it is near enough. */
function suggestion(e: ErrorObject): string | undefined {
  const parent = e.parentSchema as ParentSchema;
  const extra = String((e.params as { additionalProperty: string }).additionalProperty);
  return nearest(extra, Object.keys(parent?.properties ?? {}).filter((k) => k !== '$schema'));
}

/** The provision ids of a key that lists several ("4.1, 4.2", "4.1 & 4.2", "4.1 and 4.2", "4.1/4.2"), or undefined. */
export function severalIds(key: string): string[] | undefined {
  const parts = key.split(/\s*(?:,|&|\+|;|\/|\band\b)\s*/).map((p) => p.trim()).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => /^\d+(\.\d+)*[a-z]?$/i.test(p)) ? parts : undefined;
}

function describe(e: ErrorObject, source: SourceMap, file: string): Described {
  const parent = e.parentSchema as ParentSchema;
  const propertyName = (e as { propertyName?: string }).propertyName;
  const path = e.instancePath + (propertyName !== undefined ? pointer(propertyName) : '');
  const field = fieldName(path);
  // What the message is about: the field, or "item 2 of "documents"" for an element of a list.
  const last = path.split('/').pop() ?? '';
  const subject = /^\d+$/.test(last) && fieldName(path) !== last ? `item ${Number(last) + 1} of "${field}"` : `"${field || 'the file'}"`;
  const provision = provisionOf(path);
  const at = (p: string, key = false): Range => locate(source, p, key);
  const value = e.data;
  const shown = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  const mk = (p: string, range: Range, message: string, hint: string, about = provision): Described => ({
    path: p,
    diagnostic: diagnostic(file, range, 'error', 'schema', message, hint, about),
  });

  if (propertyName !== undefined) {
    const pattern = (e.params as { pattern?: string }).pattern;
    const several = e.instancePath === '/responses' ? severalIds(propertyName) : undefined;
    if (several) {
      // One row of a published form answering two provisions: each needs its own response (so diff and the
      // outputs count each one); a YAML anchor gives the second the first one's answer without copying it.
      const [first, ...rest] = several;
      const name = `p${first!.replace(/[^\w]+/g, '-')}`;
      return mk(path, at(path, true), `"${propertyName}" answers ${several.length} provisions in one response`,
        `Give each provision its own response: write this one as "${first}": &${name} (the & names the answer), then ${rest.map((id) => `"${id}": *${name}`).join(' and ')} (the * repeats it); see docs/data-formats.md, "One answer for several provisions".`, first);
    }
    return mk(path, at(path, true), e.instancePath === '/responses' ? `"${propertyName}" is not a provision id` : `"${propertyName}" is not a valid name in "${fieldName(e.instancePath)}"`,
      e.instancePath === '/responses' ? 'Provision ids are the Code\'s own numbers, in quotes and without spaces, e.g. "5.13".' : `Names here must match ${pattern ?? 'the schema'}.`);
  }
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      const p = path + pointer(extra);
      const known = Object.keys(parent?.properties ?? {}).filter((k) => k !== '$schema');
      const guess = suggestion(e);
      const where = field ? ` in ${field}` : '';
      const required = guess !== undefined && (parent?.required ?? []).includes(guess) && !(value && typeof value === 'object' && guess in value);
      return mk(p, at(p, true), `unknown field "${extra}"${where}`,
        guess ? `Did you mean "${guess}"?${required ? ` It is required.` : ''}` : `Known fields here: ${known.join(', ')}.`);
    }
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      const desc = parent?.properties?.[missing]?.description;
      const range = at(path, true);
      // At the start of the mapping that lacks it (for the whole file, not a range to its end).
      return mk(path + pointer(missing), path === '' ? { ...range, endLine: range.line, endColumn: range.column } : range,
        `missing required field "${missing}"${field ? ` in ${field}` : ''}`,
        desc ? `Add "${missing}": ${firstSentence(desc)}` : `Add "${missing}".`);
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      let hint = `Use one of: ${allowed.join(', ')}.`;
      if (typeof value === 'boolean') {
        hint = `Write the word (${allowed.join(', ')}), not ${value}: YAML reads true/false as yes/no switches, not answers.`;
      } else if (typeof value === 'string') {
        const guess = (field === 'comply' ? complyGuess(value) : undefined) ?? nearest(value, allowed);
        if (guess) hint = `Did you mean "${guess}"? ${hint}`;
      }
      return mk(path, at(path), `${shown} is not a valid value for "${field}"`, hint);
    }
    case 'format': {
      // Every format in our schemas is a date.
      if ((e.params as { format?: string }).format !== 'date') {
        return mk(path, at(path), `${subject} ${e.message ?? 'is not valid'}`, parent?.description ? firstSentence(parent.description) : 'See the JSON Schema in schemas/.');
      }
      const advice = dateAdvice(value);
      return mk(path, at(path), advice.message, advice.hint);
    }
    case 'pattern':
      return mk(path, at(path), `${shown} is not in the expected form for "${field}"`,
        parent?.description ? firstSentence(parent.description) : `It must match ${(e.params as { pattern: string }).pattern}.`);
    case 'type': {
      const expected = String((e.params as { type: string | string[] }).type);
      const isResponse = /^\/responses\/[^/]+$/.test(path);
      // A response's field written at the level of the provision ids (indented too little).
      if (isResponse && RESPONSE_FIELDS.has(last)) {
        return {
          path,
          diagnostic: diagnostic(file, at(path, true), 'error', 'schema', `"${last}" is indented as if it were a provision id`,
            `Indent "${last}:" (and what belongs to it) by two more spaces, so it sits under the provision above it, level with its comply:.`),
        };
      }
      const hint = typeof value === 'boolean' && field === 'internal'
        ? 'Write true or false.'
        : isResponse && value !== null && typeof value !== 'object'
          ? `Write the answer on the lines below the id, indented: comply: ${typeof value === 'string' && value.trim() ? value.trim() : 'yes'}, then evidence: and documents: as needed.`
          // Text with ": " in it reads as a one-entry mapping.
          : expected.includes('string') && kindOf(value) === 'object' && Object.keys(value as object).length === 1
            ? 'Text that contains ": " reads as "key: value": put the text in quotes ("…"), or write it as a block (|).'
            : parent?.description ? firstSentence(parent.description) : `It must be ${typeName(expected)}.`;
      return mk(path, at(path), `${subject} must be ${typeName(expected)}, not ${typeName(kindOf(value))}`, hint);
    }
    case 'minLength':
    case 'minItems':
      return mk(path, at(path), `${subject} must not be empty`, parent?.description ? firstSentence(parent.description) : 'Fill it in or remove it.');
    default:
      return mk(path, at(path), `${subject} ${e.message ?? 'is not valid'}`, parent?.description ? firstSentence(parent.description) : 'See the JSON Schema in schemas/.');
  }
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return !Number.isFinite(v) ? 'non-finite' : Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeName(t: string): string {
  const names: Record<string, string> = {
    string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false', object: 'a mapping (key: value lines)',
    array: 'a list (lines starting with "- ")', null: 'empty', 'string,integer': 'text', 'string,number': 'text or a number',
    'non-finite': 'an endless number (.inf) or .nan',
  };
  return names[t] ?? t.split(',').map((x) => names[x] ?? x).join(' or ');
}

/** The fields of a response (schemas/assessment.schema.json), which never name a provision. */
const RESPONSE_FIELDS = new Set(['comply', 'evidence', 'documents', 'commentary', 'actions', 'answer', 'needs_review']);

/** A description's first sentence ("e.g." and "i.e." do not end one). */
function firstSentence(s: string): string {
  const masked = s.replace(/\b(e\.g|i\.e|etc|cf)\./gi, (m) => m.replaceAll('.', '\u0000'));
  const m = /^[\s\S]*?[.!?](\s|$)/.exec(masked);
  return (m ? m[0] : masked).replaceAll('\u0000', '.').trim();
}

/** The last named key of a pointer ("/responses/1.2/comply" → "comply"). */
function fieldName(p: string): string {
  const parts = p.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (let i = parts.length - 1; i >= 0; i--) if (!/^\d+$/.test(parts[i]!) || parts[i - 1] === 'responses') return parts[i]!;
  return '';
}

/** The provision id a pointer lies under, if any. */
export function provisionOf(p: string): string | undefined {
  const m = /^\/responses\/([^/]+)/.exec(p);
  return m ? m[1]!.replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
}

function removeAt(root: unknown, p: string): void {
  const parts = p.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = root as Record<string, unknown> | unknown[] | undefined;
  for (let i = 0; i < parts.length - 1; i++) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string, unknown>)[parts[i]!] as Record<string, unknown> | undefined;
  }
  if (node === null || typeof node !== 'object') return;
  const last = parts[parts.length - 1]!;
  if (Array.isArray(node)) node[Number(last)] = undefined;
  else delete (node as Record<string, unknown>)[last];
}
