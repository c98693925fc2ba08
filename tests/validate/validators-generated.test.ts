import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as compiled from '../../src/validate/validators.generated.js';
import { schemaFingerprint, validatorsModule } from '../../src/validate/schemas.ts';

// chc loads its schemas compiled (src/validate/validators.generated.js) instead of compiling them on every run.
describe('the compiled validators', () => {
  it('are those of the schemas in schemas/ (after editing a schema, run `npm run validators`)', () => {
    expect(compiled.fingerprint, 'src/validate/validators.generated.js is out of date: run `npm run validators`').toBe(schemaFingerprint());
    const file = readFileSync(new URL('../../src/validate/validators.generated.js', import.meta.url), 'utf8');
    expect(file === validatorsModule(), 'src/validate/validators.generated.js is out of date: run `npm run validators`').toBe(true);
  });
});
