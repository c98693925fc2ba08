import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';

/** The JSON Schemas shipped in schemas/: the contract for each kind of file. */
export type SchemaName = 'assessment' | 'landlord' | 'code-version' | 'mapping' | 'messages';

const require = createRequire(import.meta.url);
const schemaDir = fileURLToPath(new URL('../../schemas/', import.meta.url));
const validators = new Map<SchemaName, ValidateFunction>();
let ajv: import('ajv').default | undefined;

/** Reads one schema from schemas/ (parsed JSON). */
export function readSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(`${schemaDir}${name}.schema.json`, 'utf8')) as Record<string, unknown>;
}

/** The compiled validator for a schema (compiled once per process). */
export function validatorFor(name: SchemaName): ValidateFunction {
  let v = validators.get(name);
  if (!v) {
    if (!ajv) {
      const Ajv = require('ajv') as typeof import('ajv').default;
      const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
      ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false, allowUnionTypes: true });
      addFormats(ajv, ['date']);
    }
    v = ajv.compile(readSchema(name));
    validators.set(name, v);
  }
  return v;
}
