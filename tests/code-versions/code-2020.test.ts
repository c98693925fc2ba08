// code-versions/2020.yaml: the July 2020 Code's self-assessment form as data.
//
// Checks the file against its JSON Schema, pins the form's structure (8 sections,
// 37 questions, their order, levels, answer kinds and conditions), and checks
// that every question's wording can be found in the source it was taken from:
// Plus Dane's 2020 self-assessment (tests/fixtures/seeds/000-plus-dane-2020-code.txt),
// a PDF extraction in which the question column is interleaved with the answers.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validatorFor } from '../../src/validate/schemas.ts';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const VERSION_FILE = root('code-versions/2020.yaml');
const SEED_FILE = root('tests/fixtures/seeds/000-plus-dane-2020-code.txt');

interface Provision {
  id: string;
  section: string;
  level: 'must' | 'should';
  expects?: 'comply' | 'figure' | 'narrative';
  conditional?: string;
  title?: string;
  text: string;
  summary: string;
}
interface CodeVersion {
  id: string;
  in_force: string;
  published: string;
  supersedes: string | null;
  statutory?: boolean;
  sections: { id: string; title: string }[];
  provisions: Provision[];
  [k: string]: unknown;
}

const version = parse(readFileSync(VERSION_FILE, 'utf8')) as CodeVersion;
const seedText = readFileSync(SEED_FILE, 'utf8');

// ---------------------------------------------------------------------------
// The expected shape of the 2020 form (domain.md §1.0 and §1.1).

const SECTIONS: [string, string][] = [
  ['1', 'Definition of a complaint'],
  ['2', 'Accessibility'],
  ['3', 'Complaints team and process'],
  ['4', 'Communication'],
  ['5', 'Cooperation with Housing Ombudsman Service'],
  ['6', 'Fairness in complaint handling'],
  ['7', 'Outcomes and remedies'],
  ['8', 'Continuous learning and improvement'],
];

const IDS = [
  '1a', '1b', '1c',
  '2a', '2b', '2c', '2d',
  '3a', '3b', '3c', '3d', '3e', '3f', '3g', '3h',
  '4a', '4b', '4c', '4d', '4e', '4f', '4g', '4h', '4i', '4j',
  '5a', '5b',
  '6a', '6b', '6c', '6d', '6e',
  '7a',
  '8a', '8b', '8c', '8d',
];

// Every question not listed here is a yes/no question (`comply`).
// 3h ("At what stage are most complaints resolved?") is narrative: the answer is
// a stage plus the reasoning; the percentages are asked for by 4e and 4f.
const NON_COMPLY: Record<string, 'figure' | 'narrative'> = {
  '3h': 'narrative',
  '4e': 'figure',
  '4f': 'figure',
  '4g': 'figure',
  '4j': 'figure',
  '6c': 'figure',
  '6d': 'narrative',
  '8a': 'narrative',
  '8b': 'narrative',
  '8c': 'narrative',
  '8d': 'narrative',
};

// Questions that only apply in some circumstances (an "n/a" answer is expected).
const CONDITIONAL = ['1c', '3d', '3e', '4h', '4i', '5b', '6b', '6d', '6e'];

// ---------------------------------------------------------------------------
// Text matching against the seed.

/** Whitespace collapsed, quotes unified, list markers stripped, lower-cased,
 *  punctuation-insensitive; returns the words. */
function words(s: string): string[] {
  return s
    .normalize('NFKC')
    .replace(/^[ \t]*(?:[-*+]|\d+\.)[ \t]+/gm, ' ') // markdown list markers
    .replace(/[\u2018\u2019\u201B\u2032`\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .toLowerCase()
    .replace(/'/g, '') // landlord's -> landlords, residents' -> residents
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

const seed = words(seedText);

/** How many seed words may separate two consecutive pieces of a question. The
 *  seed interleaves the question column with answer text, so a question's words
 *  are in order but not always adjacent (the widest gap needed is 17 words, in
 *  4g, between the question and its sub-figures; 12 in 1a, between the question
 *  and the definition). */
const MAX_GAP = 20;

/** Start indexes in the seed where `piece` occurs as consecutive words. */
function occurrences(piece: string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + piece.length <= seed.length; i++) {
    if (piece.every((w, k) => seed[i + k] === w)) out.push(i);
  }
  return out;
}

/** True when the pieces occur in the seed in order, each piece's words
 *  consecutive, and each piece starting at most MAX_GAP words after the end of
 *  the previous one. Tracks every reachable position, so it never misses a
 *  match that a greedy search would. */
function foundInOrder(pieces: string[][]): boolean {
  let ends: number[] | null = null; // seed index just after each match of the previous piece
  for (const piece of pieces) {
    const next = occurrences(piece)
      .filter((s) => ends === null || ends.some((e) => s >= e && s - e <= MAX_GAP))
      .map((s) => s + piece.length);
    if (next.length === 0) return false;
    ends = next;
  }
  return true;
}

const LEAD = 6;

/** True when every piece occurs in the seed (its words consecutive) within
 *  WINDOW words after an occurrence of the first piece, in any order: for the
 *  exceptions, where the extraction has reordered parts of a line. */
const WINDOW = 80;
function foundNear(pieces: string[][]): boolean {
  const [first, ...rest] = pieces;
  return occurrences(first!).some((s) =>
    rest.every((piece) => occurrences(piece).some((t) => t > s && t - s <= WINDOW)),
  );
}

/** The standard check: the question's first LEAD words must occur together in
 *  the seed, and every later word must follow in order. */
function questionPieces(text: string): string[][] {
  const w = words(text);
  return [w.slice(0, LEAD), ...w.slice(LEAD).map((x) => [x])];
}

// Questions the seed garbles beyond the standard check: the PDF extraction
// splits a word across the question and answer columns. For each, the seed's
// own pieces (normalised, in the question's order), which must occur close
// together in the seed (in any order: 8c's line is reordered), and which, joined, must spell the question's text exactly (ignoring spaces), so that a
// change of wording still fails.
const EXCEPTIONS: Record<string, { why: string; pieces: string[] }> = {
  '8b': {
    why: 'the seed reads "How do we shar|e these lessons with:", "a) residents|?", "b) the board|l/governing body?", "c) In the An|nual Report?"',
    pieces: ['how do we shar', 'e these lessons with', 'a residents', 'b the board', 'governing body', 'c in the an', 'nual report'],
  },
  '8c': {
    why: 'the seed reads "Has the Code m complaints?|ade a difference to how we respond to": the end of the line was pushed ahead of its middle',
    pieces: ['has the code m', 'ade a difference to how we respond to', 'complaints'],
  },
};

// ---------------------------------------------------------------------------

describe('code-versions/2020.yaml', () => {
  it('is valid against schemas/code-version.schema.json', () => {
    const validate = validatorFor('code-version');
    const ok = validate(version);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('has the metadata of the July 2020 Code', () => {
    expect(version.id).toBe('2020');
    expect(version.published).toBe('2020-07');
    expect(version.in_force).toMatch(/^2020-07-\d\d$/);
    expect(version.supersedes).toBeNull();
    expect(version.statutory).toBe(false);
  });

  it('has the form\'s 8 sections, in order, with their titles', () => {
    expect(version.sections.map((s) => [s.id, s.title])).toEqual(SECTIONS);
  });

  it('has exactly the 37 questions 1a … 8d, in order', () => {
    expect(IDS).toHaveLength(37);
    expect(version.provisions.map((p) => p.id)).toEqual(IDS);
  });

  it('puts every question in the section its id names', () => {
    for (const p of version.provisions) expect(p.section, p.id).toBe(p.id.slice(0, -1));
  });

  it('marks every question must (every question expects an answer)', () => {
    expect(version.provisions.filter((p) => p.level !== 'must').map((p) => p.id)).toEqual([]);
  });

  it('expects figures and narrative where the form asks for them, yes/no elsewhere', () => {
    const actual = Object.fromEntries(version.provisions.map((p) => [p.id, p.expects ?? 'comply']));
    const expected = Object.fromEntries(IDS.map((id) => [id, NON_COMPLY[id] ?? 'comply']));
    expect(actual).toEqual(expected);
  });

  it('marks as conditional exactly the questions that apply only in some circumstances', () => {
    expect(version.provisions.filter((p) => p.conditional !== undefined).map((p) => p.id)).toEqual(CONDITIONAL);
    for (const p of version.provisions.filter((q) => q.conditional !== undefined)) {
      expect(p.conditional, p.id).toMatch(/^Applies only where [^.]+\.$/);
    }
    // the questions the brief names as third-stage-only
    expect(version.provisions.find((p) => p.id === '3d')?.conditional).toMatch(/third stage/);
    expect(version.provisions.find((p) => p.id === '3e')?.conditional).toMatch(/third stage/);
  });

  it('gives each question a short title and a one-sentence summary under 25 words', () => {
    for (const p of version.provisions) {
      const titleWords = (p.title ?? '').split(/\s+/).filter(Boolean).length;
      expect(titleWords, `${p.id} title`).toBeGreaterThanOrEqual(2);
      expect(titleWords, `${p.id} title`).toBeLessThanOrEqual(6);
      expect(p.summary, `${p.id} summary`).toMatch(/^[A-Z][^.?!]+\.$/); // one sentence
      expect(p.summary, `${p.id} summary`).toMatch(/\b[Ww]e (must|report)\b/); // the landlord's point of view
      expect(p.summary.split(/\s+/).length, `${p.id} summary`).toBeLessThan(25);
    }
  });

  it('keeps question texts clean: no tabs, no stray spaces, no PDF noise', () => {
    for (const p of version.provisions) {
      expect(p.text, p.id).not.toMatch(/\t| {2}|^ | $/m);
      expect(p.text, p.id).not.toMatch(/\n{3}/);
      expect(p.text, p.id).not.toMatch(/coope|paramige|\bshar\b|did, we/);
      // the first paragraph is the question ("…?"), or a prompt ending in a colon (1c, 8b)
      expect(p.text.trimEnd().split('\n\n')[0], p.id).toMatch(/[?:]$/);
    }
  });

  it('prints the sub-parts of 4g and 8b as markdown lists', () => {
    const text = (id: string) => version.provisions.find((p) => p.id === id)?.text ?? '';
    expect(text('4g')).toContain(
      '\n\n- Stage one\n- Stage one (with extension)\n- Stage two\n- Stage two (with extension)\n',
    );
    expect(text('8b')).toContain(
      '\n\n- a) residents?\n- b) the board/governing body?\n- c) In the Annual Report?\n',
    );
  });

  describe('each question can be found in the seed (Plus Dane, 2020)', () => {
    it.each(IDS.filter((id) => !(id in EXCEPTIONS)))('%s', (id) => {
      const p = version.provisions.find((q) => q.id === id);
      expect(p, id).toBeDefined();
      const pieces = questionPieces(p!.text);
      expect(foundInOrder([pieces[0]!]), `first ${LEAD} words of ${id}: "${pieces[0]!.join(' ')}"`).toBe(true);
      expect(foundInOrder(pieces), `all words of ${id}, in order`).toBe(true);
    });

    it.each(Object.keys(EXCEPTIONS))('%s (garbled in the seed: listed exception)', (id) => {
      const p = version.provisions.find((q) => q.id === id);
      expect(p, id).toBeDefined();
      const { pieces } = EXCEPTIONS[id]!;
      // the exception is needed: the standard check really fails
      expect(foundInOrder(questionPieces(p!.text))).toBe(false);
      // the seed's pieces are there, close together
      expect(foundNear(pieces.map(words))).toBe(true);
      // and, joined, they are exactly the question's text
      expect(words(p!.text).join('')).toBe(pieces.map((x) => words(x).join('')).join(''));
    });

    it('has a sane matcher: a question that is not in the seed is not found', () => {
      expect(foundInOrder(questionPieces('Does the complaints process use the following definition of a grievance?'))).toBe(false);
      expect(foundInOrder(questionPieces('Are residents informed of the landlord\'s policy and given a chance'))).toBe(false);
      expect(foundInOrder(questionPieces('Is the complaints policy and procedure available online?'))).toBe(true);
    });
  });
});
