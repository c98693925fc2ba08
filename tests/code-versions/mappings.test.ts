// Checks the mappings between Code versions (code-versions/mappings/<from>-<to>.yaml):
// schema, that every provision of both versions is accounted for exactly once, the
// relation / note / source rules, and the examples the diff must show. The last block
// feeds deliberately broken copies to the same checks, so that they are known to fail.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validatorFor } from '../../src/validate/schemas.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): string => readFileSync(root + path, 'utf8');


interface Entry {
  to: string[];
  relation: string;
  basis: string;
  source?: string;
  note?: string;
  significant?: boolean;
}
interface NewEntry {
  basis: string;
  source?: string;
  note?: string;
  significant?: boolean;
}
interface Source {
  id: string;
  title: string;
  url?: string;
  official?: boolean;
}
interface Mapping {
  from: string;
  to: string;
  sources: Source[];
  notes?: string;
  provisions: Record<string, Entry>;
  new: Record<string, NewEntry>;
}
interface CodeVersion {
  id: string;
  supersedes: string | null;
  provisions: { id: string }[];
}

const validate = validatorFor('mapping');
const schemaErrors = (data: unknown): string[] =>
  validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);

const code = (id: string): CodeVersion => parse(read(`code-versions/${id}.yaml`)) as CodeVersion;
const ids = (id: string): string[] => code(id).provisions.map((p) => p.id);

const MAPPING_DIR = 'code-versions/mappings/';
const files = readdirSync(root + MAPPING_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const load = (file: string): Mapping => parse(read(MAPPING_DIR + file)) as Mapping;
/** The entry for an older provision; fails the test if it is missing. */
const entry = (m: Mapping, id: string): Entry => {
  const e = m.provisions[id];
  if (e === undefined) throw new Error(`${m.from}-${m.to}: no entry for ${id}`);
  return e;
};

// ── The checks, as functions returning a list of problems (empty = fine) ──────

/** Check 3: the keys of `provisions` are exactly the older version's ids, in order. */
function olderSideProblems(m: Mapping, olderIds: string[]): string[] {
  const problems: string[] = [];
  const keys = Object.keys(m.provisions);
  const known = new Set(olderIds);
  for (const k of keys) if (!known.has(k)) problems.push(`provisions: unknown ${m.from} id ${k}`);
  for (const id of olderIds) if (!(id in m.provisions)) problems.push(`provisions: ${m.from} ${id} is missing`);
  if (problems.length === 0 && keys.join(' ') !== olderIds.join(' ')) {
    problems.push(`provisions: keys are not in the ${m.from} Code's order`);
  }
  return problems;
}

/** Check 4: every newer provision is a target or new, never both, never neither; no unknown ids. */
function newerSideProblems(m: Mapping, newerIds: string[]): string[] {
  const problems: string[] = [];
  const known = new Set(newerIds);
  const targets = new Set<string>();
  for (const [id, e] of Object.entries(m.provisions)) {
    if (new Set(e.to).size !== e.to.length) problems.push(`${id}: a target is listed twice`);
    for (const t of e.to) {
      if (!known.has(t)) problems.push(`${id}: target ${t} is not a ${m.to} provision`);
      targets.add(t);
    }
  }
  for (const id of Object.keys(m.new)) if (!known.has(id)) problems.push(`new: ${id} is not a ${m.to} provision`);
  for (const id of newerIds) {
    const asTarget = targets.has(id);
    const asNew = id in m.new;
    if (asTarget && asNew) problems.push(`${m.to} ${id} is both a target and new`);
    if (!asTarget && !asNew) problems.push(`${m.to} ${id} is neither a target nor new`);
  }
  if (problems.length === 0) {
    const order = newerIds.filter((id) => id in m.new);
    if (Object.keys(m.new).join(' ') !== order.join(' ')) problems.push(`new: keys are not in the ${m.to} Code's order`);
  }
  return problems;
}

const NEEDS_NOTE = new Set(['strengthened', 'split', 'partial', 'dropped']);
const hasNote = (e: { note?: string }): boolean => typeof e.note === 'string' && e.note.trim().length > 0;

/** Check 5: relation rules, notes, and official sources. */
function ruleProblems(m: Mapping): string[] {
  const problems: string[] = [];
  const sources = new Map<string, Source>();
  for (const s of m.sources) {
    if (sources.has(s.id)) problems.push(`sources: id ${s.id} is listed twice`);
    sources.set(s.id, s);
  }
  const targetCount = new Map<string, number>();
  for (const e of Object.values(m.provisions)) for (const t of e.to) targetCount.set(t, (targetCount.get(t) ?? 0) + 1);

  const checkBasis = (where: string, e: { basis: string; source?: string }): void => {
    if (e.source !== undefined && !sources.has(e.source)) problems.push(`${where}: source ${e.source} is not under sources`);
    if (e.basis === 'official') {
      if (e.source === undefined) problems.push(`${where}: basis official without a source`);
      else if (sources.get(e.source)?.official !== true) problems.push(`${where}: cites ${e.source}, which is not an official source`);
    }
  };

  for (const [id, e] of Object.entries(m.provisions)) {
    const where = `provisions ${id}`;
    if ((e.relation === 'dropped') !== (e.to.length === 0)) problems.push(`${where}: dropped must have no targets, and only dropped may have none`);
    if (e.relation === 'split' && e.to.length < 2) problems.push(`${where}: split needs at least two targets`);
    if ((e.relation === 'same' || e.relation === 'reworded') && e.to.length !== 1) problems.push(`${where}: ${e.relation} needs exactly one target`);
    const main = e.to[0];
    if (e.relation === 'merged' && main !== undefined && (targetCount.get(main) ?? 0) < 2) {
      problems.push(`${where}: merged, but no other provision also became ${main}`);
    }
    if (NEEDS_NOTE.has(e.relation) && !hasNote(e)) problems.push(`${where}: ${e.relation} needs a note`);
    if (e.significant === true && !hasNote(e)) problems.push(`${where}: significant needs a note`);
    checkBasis(where, e);
  }
  for (const [id, e] of Object.entries(m.new)) {
    if (e.significant === true && !hasNote(e)) problems.push(`new ${id}: significant needs a note`);
    checkBasis(`new ${id}`, e);
  }
  return problems;
}

// ── The mapping files ────────────────────────────────────────────────────────

describe('mapping files', () => {
  it('include 2020-2022.yaml and 2022-2024.yaml', () => {
    expect(files).toEqual(expect.arrayContaining(['2020-2022.yaml', '2022-2024.yaml']));
  });
});

describe.each(files)('mapping %s', (file) => {
  const m = load(file);

  it('1. is valid against schemas/mapping.schema.json', () => {
    expect(schemaErrors(m)).toEqual([]);
  });

  it('2. names consecutive Code versions, and the file is named <from>-<to>.yaml', () => {
    expect(file).toBe(`${m.from}-${m.to}.yaml`);
    const newer = code(m.to);
    expect(newer.id).toBe(m.to);
    expect(newer.supersedes).toBe(m.from);
    expect(code(m.from).id).toBe(m.from);
  });

  it('3. lists every provision of the older version exactly once, in its order', () => {
    expect(olderSideProblems(m, ids(m.from))).toEqual([]);
  });

  it('4. accounts for every provision of the newer version exactly once (a target or new)', () => {
    expect(newerSideProblems(m, ids(m.to))).toEqual([]);
  });

  it('5. follows the relation, note and source rules', () => {
    expect(ruleProblems(m)).toEqual([]);
  });

  it('flags significant changes sparingly', () => {
    const count =
      Object.values(m.provisions).filter((e) => e.significant === true).length +
      Object.values(m.new).filter((e) => e.significant === true).length;
    expect(count).toBeGreaterThanOrEqual(5);
    expect(count).toBeLessThanOrEqual(25);
  });
});

// ── 6. The examples the tool must show ───────────────────────────────────────

describe('pinned examples, 2022 → 2024', () => {
  const m = load('2022-2024.yaml');
  const p = (id: string): Entry => entry(m, id);

  it('5.13 split into 6.14 and 6.15: the stage 2 extension becomes 20 working days', () => {
    expect(p('5.13')).toMatchObject({ to: ['6.14', '6.15'], relation: 'split', significant: true });
    expect(p('5.13').note).toMatch(/20 working days/);
  });

  it('1.8 became 2.2: the exclusion window becomes 12 months', () => {
    expect(p('1.8').to[0]).toBe('2.2');
    expect(p('1.8').significant).toBe(true);
    expect(p('1.8').note).toMatch(/12 months/);
  });

  it('5.1 split into 6.3 and 6.4: the stage 1 clock starts at acknowledgement', () => {
    expect(p('5.1')).toMatchObject({ to: ['6.3', '6.4'], relation: 'split', significant: true });
    expect(p('5.1').note).toMatch(/acknowledgement/);
  });

  it('the third stage is abolished: 5.17 became 5.3, and 5.18, 5.19 and 5.20 are dropped', () => {
    expect(p('5.17')).toMatchObject({ to: ['5.3'], significant: true });
    for (const id of ['5.18', '5.19', '5.20']) expect(p(id), id).toMatchObject({ to: [], relation: 'dropped' });
  });

  it('should → must changes are flagged significant and say so', () => {
    for (const id of ['1.4', '4.5', '4.19', '5.7', '7.3', '7.4', '7.5', '7.6']) {
      expect(p(id).significant, id).toBe(true);
      expect(p(id).note, id).toMatch(/should → must/i);
    }
  });

  it('2.3 (12-month window) and 2.5 (no blanket exclusions) are new in 2024', () => {
    expect(m.new).toHaveProperty(['2.3']);
    expect(m.new).toHaveProperty(['2.5']);
  });
});

describe('pinned examples, 2020 → 2022', () => {
  const m = load('2020-2022.yaml');

  it('question 3a (complaint officer in post) became 3.1', () => {
    expect(entry(m, '3a').to[0]).toBe('3.1');
  });

  it('the reflective and performance-figure questions with no 2022 counterpart are dropped', () => {
    for (const id of ['3h', '4e', '4f', '5a', '5b', '8c', '8d']) {
      expect(entry(m, id), id).toMatchObject({ to: [], relation: 'dropped' });
    }
  });
});

// ── The checks themselves can fail ───────────────────────────────────────────

describe('the checks catch broken mappings', () => {
  const m = load('2022-2024.yaml');
  const older = ids('2022');
  const newer = ids('2024');
  const copy = (): Mapping => structuredClone(m);

  it('pass on the real mapping', () => {
    expect([...olderSideProblems(m, older), ...newerSideProblems(m, newer), ...ruleProblems(m)]).toEqual([]);
  });

  it('catch a deleted entry on the older side', () => {
    const broken = copy();
    delete broken.provisions['4.15']; // its only successor, 5.12, is then unaccounted for too
    expect(olderSideProblems(broken, older)).toContain('provisions: 2022 4.15 is missing');
    expect(newerSideProblems(broken, newer)).toContain('2024 5.12 is neither a target nor new');
  });

  it('catch a deleted new entry', () => {
    const broken = copy();
    delete broken.new['2.3'];
    expect(newerSideProblems(broken, newer)).toContain('2024 2.3 is neither a target nor new');
  });

  it('catch a provision on both sides', () => {
    const broken = copy();
    broken.new['6.14'] = { basis: 'proposed' };
    expect(newerSideProblems(broken, newer)).toContain('2024 6.14 is both a target and new');
  });

  it('catch unknown ids and keys out of order', () => {
    const unknown = copy();
    unknown.provisions['9.9'] = { to: ['10.1'], relation: 'same', basis: 'proposed' };
    expect(olderSideProblems(unknown, older)).toContain('provisions: unknown 2022 id 9.9');
    expect(newerSideProblems(unknown, newer)).toContain('9.9: target 10.1 is not a 2024 provision');

    const reordered = copy();
    const { ['1.2']: first, ...rest } = reordered.provisions;
    reordered.provisions = { ...rest, ['1.2']: first! };
    expect(olderSideProblems(reordered, older)).toEqual(["provisions: keys are not in the 2022 Code's order"]);
  });

  it('catch broken relation, note and source rules', () => {
    const broken = copy();
    broken.provisions['4.8'] = { to: ['5.8'], relation: 'dropped', basis: 'proposed', note: 'x' };
    broken.provisions['5.5'] = { ...entry(broken, '5.5'), to: ['6.6'] };
    broken.provisions['6.6'] = { ...entry(broken, '6.6'), note: ' ' };
    broken.provisions['1.2'] = { ...entry(broken, '1.2'), basis: 'official', source: 'tch-2024' };
    broken.provisions['1.3'] = { ...entry(broken, '1.3'), basis: 'official', source: 'no-such-source' };
    const problems = ruleProblems(broken);
    expect(problems).toContain('provisions 4.8: dropped must have no targets, and only dropped may have none');
    expect(problems).toContain('provisions 5.5: split needs at least two targets');
    expect(problems).toContain('provisions 6.6: partial needs a note');
    expect(problems).toContain('provisions 1.2: cites tch-2024, which is not an official source');
    expect(problems).toContain('provisions 1.3: source no-such-source is not under sources');
  });

  it('catch schema violations', () => {
    const broken = copy() as unknown as Record<string, unknown>;
    (broken.provisions as Record<string, Record<string, unknown>>)['1.2']!.relation = 'renamed';
    broken.extra = true;
    expect(schemaErrors(broken).length).toBeGreaterThanOrEqual(2);
  });
});
