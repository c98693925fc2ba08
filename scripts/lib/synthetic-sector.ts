// Generates a synthetic sector of landlords for benchmarks: realistic texts taken from the bundled examples,
// some internal documents, some no/partial answers with actions. Deterministic for a given seed.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const REPO = new URL('../../', import.meta.url).pathname;

/** A small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Responses = Record<string, Record<string, unknown>>;
const read = (p: string) => parse(readFileSync(join(REPO, p), 'utf8')) as { responses: Responses } & Record<string, unknown>;

/** The periods generated for each landlord, with the Code each uses and the example it is modelled on. */
export const YEARS = [
  { period: '2022-23', code: '2022', model: 'assessments/homes-plus/2022-23/assessment.yaml', assessed: '2023-05-15' },
  { period: '2023-24', code: '2024', model: 'assessments/plus-dane/2023-24/assessment.yaml', assessed: '2024-05-20' },
  { period: '2024-25', code: '2024', model: 'assessments/plus-dane/2023-24/assessment.yaml', assessed: '2025-05-19' },
] as const;

/** Varies a model's responses: a few no/partial answers with actions due after the assessment, some internal documents. */
function vary(responses: Responses, rand: () => number, dueYear: number, landlordDocs: string): Responses {
  const out: Responses = {};
  for (const [id, r] of Object.entries(responses)) {
    const copy: Record<string, unknown> = structuredClone(r);
    delete copy.needs_review;
    const docs = (copy.documents as Record<string, unknown>[] | undefined) ?? [];
    for (const d of docs) {
      if (d.file) d.file = landlordDocs;
      // A document is internal as a file (every citation of it says so, or check errors): only citations
      // without a file are made internal at random.
      if (!d.internal && !d.file && rand() < 0.1) d.internal = true;
    }
    // The models' own open actions fall due after each generated assessment, as a diligent landlord's would.
    for (const a of (copy.actions as Record<string, unknown>[] | undefined) ?? []) {
      if (typeof a.due === 'string' && a.due < `${dueYear}-06-01`) a.due = `${dueYear}-09-30`;
    }
    const roll = rand();
    if (copy.comply === 'yes' && roll < 0.06) {
      copy.comply = roll < 0.02 ? 'no' : 'partial';
      copy.actions = [{ description: `Review our approach to provision ${id} and close the gap found in testing.`, owner: 'Head of Customer Experience', due: `${dueYear}-${String(6 + Math.floor(rand() * 7)).padStart(2, '0')}-15`, status: 'open' }];
    }
    out[id] = copy;
  }
  return out;
}

/** Writes `landlords` landlords × the YEARS periods under `root`/assessments; returns the number of assessments. */
export function generateSector(root: string, landlords: number, seed = 1): number {
  const rand = prng(seed);
  const models = new Map(YEARS.map((y) => [y.model, read(y.model)]));
  const policy = join(REPO, 'assessments/homes-plus/evidence/complaints-policy.md');
  let count = 0;
  for (let i = 0; i < landlords; i++) {
    const slug = `landlord-${String(i + 1).padStart(4, '0')}`;
    const dir = join(root, 'assessments', slug);
    mkdirSync(join(dir, 'evidence'), { recursive: true });
    writeFileSync(join(dir, 'landlord.yaml'), stringify({ name: `Synthetic Housing ${i + 1}`, website: `https://landlord-${i + 1}.example.org`, governing_body: 'Board' }));
    copyFileSync(policy, join(dir, 'evidence', 'complaints-policy.md'));
    for (const y of YEARS) {
      const model = models.get(y.model)!;
      const data = {
        code: y.code,
        period: y.period,
        assessed_on: y.assessed,
        responses: vary(model.responses, rand, Number(y.period.slice(0, 4)) + 1, '../evidence/complaints-policy.md'),
      };
      mkdirSync(join(dir, y.period), { recursive: true });
      writeFileSync(join(dir, y.period, 'assessment.yaml'),
        `# yaml-language-server: $schema=../../../schemas/assessment.schema.json\n${stringify(data, { lineWidth: 0 })}`);
      count++;
    }
  }
  return count;
}
