// npm run validators: (1) writes into schemas/assessment.schema.json, as its last key, what editors need to know of
// each Code version in code-versions/ (the provision ids `responses:` may hold, each with the Code's text:
// src/validate/provisions-schema.ts); (2) compiles the JSON Schemas in schemas/ to src/validate/validators.generated.js
// (ajv's standalone code), which chc loads instead of compiling them on every run. Run it after editing a schema or a
// Code version; tests (tests/validate/validators-generated.test.ts) fail until you do.
import { readFileSync, writeFileSync } from 'node:fs';
import { readCodeVersions } from '../src/load/read-project.ts';
import type { CodeVersion } from '../src/model/code-version.ts';
import { provisionsSchema, withProvisionsSchema } from '../src/validate/provisions-schema.ts';

const schema = new URL('../schemas/assessment.schema.json', import.meta.url);
const codes = [...readCodeVersions(new URL('../code-versions', import.meta.url).pathname).versions.values()].map((f) => f.raw as CodeVersion);
writeFileSync(schema, withProvisionsSchema(readFileSync(schema, 'utf8'), provisionsSchema(codes)));
process.stdout.write(`wrote ${schema.pathname} (the provisions of ${codes.map((c) => c.id).join(', ')})\n`);

// Compiled after the schema is written: schemas.ts reads the schemas as they are now.
const { validatorsModule } = await import('../src/validate/schemas.ts');
const out = new URL('../src/validate/validators.generated.js', import.meta.url);
writeFileSync(out, validatorsModule());
process.stdout.write(`wrote ${out.pathname}\n`);
