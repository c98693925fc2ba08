import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Options, ValidateFunction } from 'ajv';
import * as compiled from './validators.generated.js';
import { PROVISIONS_KEY } from './provisions-schema.ts';

/** The JSON Schemas shipped in schemas/ (the contract for each kind of file), each with its export in validators.generated.js. */
const EXPORTS = { 'assessment': 'assessment', 'landlord': 'landlord', 'code-version': 'codeVersion', 'mapping': 'mapping', 'messages': 'messages', 'report': 'report' } as const;
export type SchemaName = keyof typeof EXPORTS;
export const SCHEMA_NAMES = Object.keys(EXPORTS) as readonly SchemaName[];

const require = createRequire(import.meta.url);
const schemaDir = fileURLToPath(new URL('../../schemas/', import.meta.url));
const validators = new Map<SchemaName, ValidateFunction>();
let schemasHash: string | undefined;

/** How every schema is compiled (at run time and into validators.generated.js alike). */
const AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true };

/** The text of one schema in schemas/. */
function schemaText(name: SchemaName): string {
  return readFileSync(`${schemaDir}${name}.schema.json`, 'utf8');
}

/** Reads one schema from schemas/ (parsed JSON). */
export function readSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(schemaText(name)) as Record<string, unknown>;
}

/**
 * A schema as chc validates with it: without what is there for editors only (the assessment schema's provisions of
 * each Code version, provisions-schema.ts), which the unknown-provision rule checks, naming the nearest ids: 130 KB
 * less compiled code to load, and no second report of an unknown id.
 */
function checkedSchema(name: SchemaName): Record<string, unknown> {
  const schema = readSchema(name);
  if (name === 'assessment') delete schema[PROVISIONS_KEY];
  return schema;
}

/** A fingerprint of what the validators are compiled from: every schema's text, ajv's version and the options. */
export function schemaFingerprint(): string {
  if (schemasHash === undefined) {
    const h = createHash('sha256');
    h.update(JSON.stringify([(require('ajv/package.json') as { version: string }).version, AJV_OPTIONS]));
    for (const name of SCHEMA_NAMES) h.update(`\0${name}\0${schemaText(name)}`);
    schemasHash = h.digest('hex');
  }
  return schemasHash;
}

/** A new ajv with our options and formats (`source`: keeping the code it generates, for validatorsModule). */
function newAjv(source = false): import('ajv').Ajv {
  const { Ajv } = require('ajv') as typeof import('ajv');
  const addFormats = require('ajv-formats') as import('ajv-formats').FormatsPlugin;
  const ajv = new Ajv({ ...AJV_OPTIONS, ...(source ? { code: { source: true, esm: true, lines: true } } : {}) });
  addFormats(ajv, ['date']);
  // An editor's keyword (the YAML extension shows it on hover), which strict mode would otherwise refuse.
  ajv.addKeyword({ keyword: 'markdownDescription', schemaType: 'string' });
  return ajv;
}

let ajv: import('ajv').Ajv | undefined;

/**
 * The compiled validator for a schema. Compiling the five schemas takes ajv about 100 ms, a fifth of a whole `chc
 * check`: they come compiled, in validators.generated.js (`npm run validators` writes it; a test fails when it is
 * out of date). When the schemas differ from what it was made from (one edited since), they are compiled here, once
 * per process, so an edit takes effect at once.
 */
export function validatorFor(name: SchemaName): ValidateFunction {
  let v = validators.get(name);
  if (!v) {
    if (compiled.fingerprint === schemaFingerprint()) v = compiled[EXPORTS[name]] as ValidateFunction;
    else {
      ajv ??= newAjv();
      v = ajv.compile(checkedSchema(name));
    }
    validators.set(name, v);
  }
  return v;
}

/** The text of validators.generated.js: every schema compiled to standalone code (ajv's), with their fingerprint. */
export function validatorsModule(): string {
  const gen = newAjv(true);
  for (const name of SCHEMA_NAMES) gen.addSchema(checkedSchema(name), name);
  const standaloneCode = require('ajv/dist/standalone/index.js').default as typeof import('ajv/dist/standalone/index.js').default;
  const code = standaloneCode(gen, Object.fromEntries(SCHEMA_NAMES.map((n) => [EXPORTS[n], n])));
  return '// Written by `npm run validators` (scripts/validators.ts) from schemas/: do not edit.\n' +
    "import { createRequire } from 'node:module';\n" +
    'const require = createRequire(import.meta.url);\n' +
    `export const fingerprint = ${JSON.stringify(schemaFingerprint())};\n` +
    code + '\n';
}
