import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as compiled from '../../src/validate/validators.generated.js';
import { readSchema, SCHEMA_NAMES, schemaFingerprint, validatorsModule } from '../../src/validate/schemas.ts';
import { PROVISIONS_KEY, provisionsSchema } from '../../src/validate/provisions-schema.ts';
import { readCodeVersions } from '../../src/load/read-project.ts';
import type { CodeVersion } from '../../src/model/code-version.ts';
import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';

const addFormats = addFormatsPlugin as unknown as (ajv: Ajv, formats: string[]) => void;

// chc loads its schemas compiled (src/validate/validators.generated.js) instead of compiling them on every run.
describe('the compiled validators', () => {
  it('are those of the schemas in schemas/ (after editing a schema, run `npm run validators`)', () => {
    expect(compiled.fingerprint, 'src/validate/validators.generated.js is out of date: run `npm run validators`').toBe(schemaFingerprint());
    const file = readFileSync(new URL('../../src/validate/validators.generated.js', import.meta.url), 'utf8');
    expect(file === validatorsModule(), 'src/validate/validators.generated.js is out of date: run `npm run validators`').toBe(true);
  });
});

// What editors know of the Code (the assessment schema's last key) is made from code-versions/: it cannot drift.
describe("the assessment schema's provisions", () => {
  it('are those of code-versions/ (after editing a Code version, run `npm run validators`)', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schemas/assessment.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const codes = [...readCodeVersions(new URL('../../code-versions', import.meta.url).pathname).versions.values()].map((f) => f.raw as CodeVersion);
    expect(codes.length).toBeGreaterThanOrEqual(3);
    expect(schema[PROVISIONS_KEY], 'schemas/assessment.schema.json is out of date: run `npm run validators`').toEqual(provisionsSchema(codes));
    // Each provision of each version is described with its number, level and the Code's text.
    const parts = schema[PROVISIONS_KEY] as { if: { properties: { code: { enum: unknown[] } } }; then: { properties: { responses: { properties: Record<string, { markdownDescription: string }> } } } }[];
    const v2024 = codes.find((c) => c.id === '2024')!;
    const described = parts.find((t) => t.if.properties.code.enum.includes('2024'))!.then.properties.responses.properties;
    for (const p of v2024.provisions) expect(described[p.id]!.markdownDescription).toContain(p.text.trim());
  });

  it("every schema compiles under ajv's strict mode (union types allowed: a field may be a word or a number)", () => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true, logger: false });
    addFormats(ajv, ['date']);
    ajv.addKeyword({ keyword: 'markdownDescription', schemaType: 'string' });
    for (const name of SCHEMA_NAMES) expect(() => ajv.compile(readSchema(name)), name).not.toThrow();
  });
});
