/** How a provision of one Code version relates to its successors in the next. */
export type Relation = 'same' | 'reworded' | 'strengthened' | 'split' | 'merged' | 'partial' | 'dropped';

/** Whether the Ombudsman's own publications state a mapping entry, or it is our reading. */
export type Basis = 'official' | 'proposed';

/** What one older provision became. */
export interface MappingEntry {
  to: string[];
  relation: Relation;
  basis: Basis;
  source?: string;
  note?: string;
  significant?: boolean;
}

/** A provision of the newer version that no older one became. */
export interface NewEntry {
  basis: Basis;
  source?: string;
  note?: string;
  significant?: boolean;
}

/** A mapping from one Code version to a later one (code-versions/mappings/<from>-<to>.yaml, or a composition). */
export interface Mapping {
  from: string;
  to: string;
  sources?: { id: string; title: string; url?: string; official?: boolean }[];
  notes?: string;
  provisions: Record<string, MappingEntry>;
  new: Record<string, NewEntry>;
  /** For a composed mapping, the adjacent mappings it was made from, oldest first. */
  steps?: Mapping[];
}

/** Relations ordered by how much they change: composing two keeps the larger change. */
const RANK: Relation[] = ['same', 'reworded', 'strengthened', 'merged', 'split', 'partial', 'dropped'];

/** The identity mapping of a version onto itself. */
export function identityMapping(version: string, ids: string[]): Mapping {
  return {
    from: version,
    to: version,
    provisions: Object.fromEntries(ids.map((id) => [id, { to: [id], relation: 'same', basis: 'official' } satisfies MappingEntry])),
    new: {},
  };
}

/** Every provision id on the newer side of a mapping. */
export function newerIds(m: Mapping): string[] {
  const seen = new Set<string>();
  for (const e of Object.values(m.provisions)) for (const t of e.to) seen.add(t);
  for (const id of Object.keys(m.new)) seen.add(id);
  return [...seen];
}

/**
 * Composes X→Y with Y→Z into X→Z: each X provision reaches the Z provisions its Y successors became.
 * The relation is the larger change of the two steps (several targets make at least a split; a step
 * that loses some targets makes at least partial); notes are kept from both steps, prefixed by version.
 */
export function composeMappings(a: Mapping, b: Mapping): Mapping {
  if (a.to !== b.from) throw new Error(`cannot compose ${a.from}→${a.to} with ${b.from}→${b.to}`);
  const provisions: Record<string, MappingEntry> = {};
  const reached = new Set<string>();
  for (const [x, ea] of Object.entries(a.provisions)) {
    const to: string[] = [];
    let rank = RANK.indexOf(ea.relation);
    let lost = false;
    let official = ea.basis === 'official';
    let significant = ea.significant === true;
    const notes = ea.note ? [`${a.to}: ${ea.note}`] : [];
    for (const y of ea.to) {
      const eb = b.provisions[y];
      if (!eb) continue;
      if (eb.to.length === 0) lost = true;
      for (const z of eb.to) if (!to.includes(z)) to.push(z);
      if (eb.relation !== 'dropped') rank = Math.max(rank, RANK.indexOf(eb.relation));
      official &&= eb.basis === 'official';
      significant ||= eb.significant === true;
      if (eb.note && !notes.includes(`${b.to}: ${eb.note}`)) notes.push(`${b.to}: ${eb.note}`);
    }
    let relation: Relation = to.length === 0 ? 'dropped' : RANK[rank]!;
    if (to.length > 0 && lost && RANK.indexOf(relation) < RANK.indexOf('partial')) relation = 'partial';
    if (to.length > 1 && RANK.indexOf(relation) < RANK.indexOf('split')) relation = 'split';
    if (relation === 'dropped') official = ea.basis === 'official';
    for (const z of to) reached.add(z);
    const entry: MappingEntry = { to, relation, basis: official ? 'official' : 'proposed' };
    if (notes.length) entry.note = notes.join(' ');
    if (significant) entry.significant = true;
    provisions[x] = entry;
  }
  const fresh: Record<string, NewEntry> = {};
  for (const z of newerIds(b)) {
    if (reached.has(z)) continue;
    fresh[z] = b.new[z] ?? { basis: 'proposed', note: `Its ${b.from} predecessors were themselves new in ${a.to}.` };
  }
  return { from: a.from, to: b.to, provisions, new: fresh, steps: [...(a.steps ?? [a]), ...(b.steps ?? [b])] };
}

/** For each newer provision, the older provisions that became it (in older order), with the relation. */
export function predecessors(m: Mapping): Map<string, { id: string; entry: MappingEntry }[]> {
  const out = new Map<string, { id: string; entry: MappingEntry }[]>();
  for (const [id, entry] of Object.entries(m.provisions)) {
    for (const t of entry.to) {
      const list = out.get(t) ?? [];
      list.push({ id, entry });
      out.set(t, list);
    }
  }
  return out;
}

/**
 * The mapping from one version to another through the chain of adjacent mappings
 * (2020→2024 is 2020→2022 composed with 2022→2024). Undefined when no chain links them.
 */
export function mappingBetween(mappings: Mapping[], from: string, to: string, ids: (version: string) => string[]): Mapping | undefined {
  if (from === to) return identityMapping(from, ids(from));
  let current = mappings.find((m) => m.from === from);
  if (!current) return undefined;
  const seen = new Set([from]);
  while (current.to !== to) {
    const next = mappings.find((m) => m.from === current!.to);
    if (!next || seen.has(next.from)) return undefined;
    seen.add(next.from);
    current = composeMappings(current, next);
  }
  return current;
}
