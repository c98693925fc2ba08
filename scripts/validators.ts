// npm run validators: compiles the JSON Schemas in schemas/ to src/validate/validators.generated.js (ajv's
// standalone code), which chc loads instead of compiling them on every run. Run it after editing a schema; a test
// (tests/validate/validators-generated.test.ts) fails until you do.
import { writeFileSync } from 'node:fs';
import { validatorsModule } from '../src/validate/schemas.ts';

const out = new URL('../src/validate/validators.generated.js', import.meta.url);
writeFileSync(out, validatorsModule());
process.stdout.write(`wrote ${out.pathname}\n`);
