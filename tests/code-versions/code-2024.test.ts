// Checks code-versions/2024.yaml: schema, structure, and every provision text
// against the published form it was copied from (Plus Dane's 2024
// self-assessment, tests/fixtures/seeds/003-plus-dane-2024-code.txt).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { validatorFor } from '../../src/validate/schemas.ts';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): string => readFileSync(root + path, 'utf8');


interface Provision {
  id: string;
  section: string;
  stage?: number;
  level: string;
  conditional?: string;
  title?: string;
  text: string;
  summary: string;
}
interface Section {
  id: string;
  title: string;
  stages?: { id: number; title: string }[];
}
interface CodeVersion {
  id: string;
  form: { title: string; columns?: string[]; preamble?: string };
  sections: Section[];
  provisions: Provision[];
}

const yamlSource = read('code-versions/2024.yaml');
const doc = parseDocument(yamlSource);
const code = doc.toJS() as CodeVersion;
const byId = new Map(code.provisions.map((p) => [p.id, p]));

// ---------------------------------------------------------------------------
// The seed. Each form row is printed as:
//   \t<provision id>
//   \t<first line of the Code requirement>
//   <further lines of the requirement, e.g. list items, not tab-indented>
//   \t<Comply value: Yes / n/a>
//   \t<Evidence> ...
// so a requirement runs from the line after the id up to the next line that
// starts with a tab.
// ---------------------------------------------------------------------------
const seedLines = read('tests/fixtures/seeds/003-plus-dane-2024-code.txt').split(/\r?\n/);

interface SeedRow {
  id: string;
  text: string;
  comply: string;
}

function parseSeed(lines: string[]): SeedRow[] {
  const rows: SeedRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\t(\d+\.\d+)\s*$/.exec(lines[i] ?? '');
    if (!m) continue;
    const first = lines[i + 1];
    if (first === undefined || !first.startsWith('\t')) throw new Error(`seed: no requirement text after ${m[1]}`);
    const text = [first.slice(1)];
    let j = i + 2;
    while (j < lines.length && !(lines[j] ?? '').startsWith('\t')) text.push(lines[j++] ?? '');
    const comply = (lines[j] ?? '').trim();
    rows.push({ id: m[1] as string, text: text.join('\n'), comply });
    i = j;
  }
  return rows;
}

const seedRows = parseSeed(seedLines);
const seedById = new Map(seedRows.map((r) => [r.id, r]));

/** The seed's guidance paragraphs between the form title and the first section. */
function seedPreamble(lines: string[]): string {
  const start = lines.findIndex((l) => l.trim() === 'Appendix A: Self-assessment form');
  const end = lines.findIndex((l) => /^\s*Section 1:/.test(l));
  return lines.slice(start + 1, end).join('\n');
}

/**
 * Reduce a text to its words and punctuation so that extraction noise and
 * layout do not count: HTML tags, "[bookmark: …]" artefacts, list markers at
 * the start of a line (bullets "·", "•", "-", "*"; letters "a.", "a)", "(a)"
 * become "a."), typographic quotes and all whitespace.
 */
function normalise(s: string): string {
  return s
    .replace(/<[^>]*>/g, ' ')
    .replace(/\[bookmark:[^\]]*\]/g, ' ')
    .replace(/\u00a0/g, ' ')
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^[ \t]*(?:[-*·•][ \t]+)?/, '')
        .replace(/^\(?([a-z])[.)][ \t]+/, '$1. '),
    )
    .join(' ')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** List items in a seed requirement: "•" for a bullet, the letter for a lettered item. */
function seedListMarkers(text: string): string[] {
  return text
    .split('\n')
    .slice(1)
    .flatMap((line) => {
      if (/^[·•]/.test(line)) return ['•'];
      const m = /^([a-z])\.\s/.exec(line);
      return m ? [m[1] as string] : [];
    });
}

/** List items in our markdown: "- a. text" gives "a", "- text" gives "•". */
function yamlListMarkers(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    if (!line.startsWith('- ')) return [];
    const m = /^- ([a-z])\. /.exec(line);
    return [m ? (m[1] as string) : '•'];
  });
}

function markdownListItems(text: string): number {
  const tree = unified().use(remarkParse).parse(text);
  let n = 0;
  const walk = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'listItem') n++;
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
  };
  walk(tree as { type: string; children?: unknown[] });
  return n;
}

const SECTION_COUNTS = [5, 5, 7, 3, 15, 20, 4, 5, 8];
const SECTION_TITLES = [
  'Definition of a complaint',
  'Exclusions',
  'Accessibility and awareness',
  'Complaint handling staff',
  'The complaint handling process',
  'Complaints stages',
  'Putting things right',
  'Self-assessment, reporting and compliance',
  'Scrutiny & oversight: continuous learning and improvement',
];
const EXPECTED_IDS = SECTION_COUNTS.flatMap((count, s) =>
  Array.from({ length: count }, (_, k) => `${s + 1}.${s === 0 ? k + 2 : k + 1}`),
);
// Provisions whose own text limits when they apply (see the YAML comments).
const CONDITIONAL = ['5.4', '8.3', '8.4', '8.5'];

describe('code-versions/2024.yaml', () => {
  it('is well-formed YAML without warnings', () => {
    expect(doc.errors.map((e) => e.message)).toEqual([]);
    expect(doc.warnings.map((e) => e.message)).toEqual([]);
  });

  it('validates against schemas/code-version.schema.json', () => {
    const validate = validatorFor('code-version');
    const ok = validate(code);
    const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
    if (!ok) console.error(errors.join('\n'));
    expect(errors).toEqual([]);
    expect(ok).toBe(true);
  });

  it('has the version metadata', () => {
    expect(code).toMatchObject({
      id: '2024',
      title: 'Complaint Handling Code',
      publisher: 'Housing Ombudsman Service',
      published: '2024-02',
      in_force: '2024-04-01',
      supersedes: '2022',
      statutory: true,
      form: {
        title: 'Appendix A: Self-assessment form',
        columns: ['Code provision', 'Code requirement', 'Comply', 'Evidence', 'Commentary / explanation'],
      },
    });
  });

  it('has the 9 sections with their titles, and stages 1 and 2 in section 6', () => {
    expect(code.sections.map((s) => s.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(code.sections.map((s) => s.title)).toEqual(SECTION_TITLES);
    expect(code.sections[5]?.stages).toEqual([
      { id: 1, title: 'Stage 1' },
      { id: 2, title: 'Stage 2' },
    ]);
    expect(code.sections.filter((s) => s.stages).map((s) => s.id)).toEqual(['6']);
  });

  it('has exactly the 72 provisions of Appendix A, in order, all mandatory', () => {
    const ids = code.provisions.map((p) => p.id);
    expect(ids).toHaveLength(72);
    expect(new Set(ids).size).toBe(72);
    expect(ids).toEqual(EXPECTED_IDS);
    for (const p of code.provisions) {
      expect(typeof p.id).toBe('string');
      expect(p.section, p.id).toBe(p.id.split('.')[0]);
      expect(p.level, p.id).toBe('must');
    }
    const counts = code.sections.map((s) => code.provisions.filter((p) => p.section === s.id).length);
    expect(counts).toEqual(SECTION_COUNTS);
  });

  it('puts 6.1–6.9 in stage 1 and 6.10–6.20 in stage 2, and no stage elsewhere', () => {
    for (const p of code.provisions) {
      const n = Number(p.id.split('.')[1]);
      const expected = p.section === '6' ? (n <= 9 ? 1 : 2) : undefined;
      expect(p.stage, p.id).toBe(expected);
    }
  });

  it('marks 8.4 and 8.5, and only the provisions whose text is conditional, as conditional', () => {
    expect(byId.get('8.4')?.conditional).toMatch(/\S/);
    expect(byId.get('8.5')?.conditional).toMatch(/\S/);
    expect(code.provisions.filter((p) => p.conditional !== undefined).map((p) => p.id)).toEqual(CONDITIONAL);
    for (const id of CONDITIONAL) expect(byId.get(id)?.conditional, id).toMatch(/^Applies only [^.]+\.$/);
  });

  describe('the seed parser', () => {
    it('finds the 72 rows of Appendix A, in order, each followed by a Comply value', () => {
      expect(seedRows.map((r) => r.id)).toEqual(EXPECTED_IDS);
      for (const r of seedRows) expect(['Yes', 'No', 'n/a'], r.id).toContain(r.comply);
      expect(seedById.get('8.4')?.comply).toBe('n/a');
    });

    it('reads the whole requirement, including list items, and nothing of the Evidence column', () => {
      expect(seedListMarkers(seedById.get('6.9')?.text ?? '')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
      expect(seedListMarkers(seedById.get('7.1')?.text ?? '')).toHaveLength(8);
      expect(normalise(seedById.get('9.8')?.text ?? '')).toMatch(/relevant professional body\.$/);
      expect(normalise(seedById.get('6.3')?.text ?? '')).not.toMatch(/section 11/);
    });
  });

  describe('provision texts', () => {
    it.each(EXPECTED_IDS)('%s matches the seed word for word', (id) => {
      const ours = byId.get(id);
      const seed = seedById.get(id);
      expect(ours, `${id} missing from the YAML`).toBeDefined();
      expect(seed, `${id} missing from the seed`).toBeDefined();
      // No exceptions table: the seed prints every requirement in full. Its
      // apparent slips (see `notes` in the YAML) are kept as printed.
      expect(normalise(ours?.text ?? '')).toBe(normalise(seed?.text ?? ''));
      // Lists: same items, same letters, written as markdown list lines that
      // render as a list.
      const markers = seedListMarkers(seed?.text ?? '');
      expect(yamlListMarkers(ours?.text ?? '')).toEqual(markers);
      expect(markdownListItems(ours?.text ?? '')).toBe(markers.length);
    });

    it('the comparison notices a one-word change', () => {
      const p = byId.get('6.3');
      const changed = (p?.text ?? '').replace('10 working days', '15 working days');
      expect(changed).not.toBe(p?.text);
      expect(normalise(changed)).not.toBe(normalise(seedById.get('6.3')?.text ?? ''));
      const dropped = (p?.text ?? '').replace('full ', '');
      expect(normalise(dropped)).not.toBe(normalise(seedById.get('6.3')?.text ?? ''));
    });

    it.each(EXPECTED_IDS)('%s is clean of extraction noise', (id) => {
      const text = byId.get(id)?.text ?? '';
      expect(text).not.toMatch(/\t/);
      expect(text).not.toMatch(/[ \u00a0]+$/m);
      expect(text).not.toMatch(/\u00a0/);
      expect(text).not.toMatch(/\S {2,}/);
      expect(text).not.toMatch(/<[a-z/][^>]*>/i);
      expect(text).not.toMatch(/\[bookmark/i);
      expect(text).not.toMatch(/[·•]/);
      expect(text).not.toMatch(/["']/); // the Code's typographic quotes are kept throughout
      expect(text.endsWith('\n')).toBe(true);
      expect(text.endsWith('\n\n')).toBe(false);
    });
  });

  it('has a preamble matching the guidance printed above the seed form', () => {
    expect(normalise(code.form.preamble ?? '')).toBe(normalise(seedPreamble(seedLines)));
    expect(code.form.preamble).not.toMatch(/[ \t]+$/m);
  });

  describe('titles and summaries', () => {
    it('gives every provision a short, unique title', () => {
      const titles = code.provisions.map((p) => p.title ?? '');
      for (const [i, t] of titles.entries()) {
        const words = t.split(/\s+/).filter(Boolean).length;
        expect(words, `${EXPECTED_IDS[i]}: ${t}`).toBeGreaterThanOrEqual(2);
        expect(words, `${EXPECTED_IDS[i]}: ${t}`).toBeLessThanOrEqual(6);
      }
      expect(new Set(titles).size).toBe(titles.length);
    });

    it.each(EXPECTED_IDS)('%s has a one-sentence summary in the landlord’s voice', (id) => {
      const s = byId.get(id)?.summary ?? '';
      expect(s).toMatch(/^We /);
      expect(s).toMatch(/[^.]\.$/);
      expect(s, 'more than one sentence').not.toMatch(/[.!?]\s+\S/);
      expect(s.split(/\s+/).length).toBeLessThanOrEqual(30);
      expect(s).not.toMatch(/\n/);
    });
  });
});
