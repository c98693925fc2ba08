// The catalogue of fixed sentences (templates/messages.yaml): complete, checked, and filled the same way everywhere.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MESSAGES_FILE, readWording } from '../../src/load/read-templates.ts';
import { MESSAGES, changeLine, placeholdersIn, placeholderUses, say, withOverrides } from '../../src/model/wording.ts';
import { readSchema, validatorFor } from '../../src/validate/schemas.ts';
import { parse } from 'yaml';

const dir = mkdtempSync(join(tmpdir(), 'chc-wording-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const variant = (edit: (text: string) => string) => {
  const file = join(dir, `m${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, edit(readFileSync(MESSAGES_FILE, 'utf8')));
  return file;
};

describe('templates/messages.yaml', () => {
  it('has a sentence for every key, using only the placeholders it is given', () => {
    const w = readWording();
    expect(Object.keys(w).sort()).toEqual(Object.keys(MESSAGES).sort());
  });

  it.each([
    ['an unknown key', (t: string) => `${t}\ndraft.banner2: "x"\n`, 'unknown key "draft.banner2"'],
    ['a missing key', (t: string) => t.replace(/^draft\.cover: .*\n/m, ''), '"draft.cover" is missing or not text'],
    ['a placeholder it is not given', (t: string) => t.replace('draft.cover: "Not yet approved by the {body}.', 'draft.cover: "Not yet approved by the {board}.'), '"draft.cover" uses {board}, which it is not given'],
  ])('refuses %s, naming it', (_name, edit, message) => {
    expect(() => readWording(variant(edit))).toThrow(message);
  });

  it('a changed sentence is what every renderer says', () => {
    const w = readWording(variant((t) => t.replace('changes.figure: "a figure or description"', 'changes.figure: "a figure or a narrative"')));
    expect(changeLine(w, { from: 'Answered', fromStatus: 'answered', to: 'Yes', previous: ['8b'] }, '2020-21', false)).toBe('a figure or a narrative in 2020-21 (as 8b), now Yes');
    expect(say(w, 'draft.cover', { body: 'Board' })).toBe('Not yet approved by the Board. It may change before it is approved.');
  });
});

describe('schemas/messages.schema.json (the shape of a landlord\'s own wording)', () => {
  it('describes exactly the keys of the catalogue, every one', () => {
    const properties = readSchema('messages').properties as Record<string, { description?: string }>;
    expect(Object.keys(properties).filter((k) => k !== '$schema').sort()).toEqual(Object.keys(MESSAGES).sort());
    for (const [key, p] of Object.entries(properties)) expect(p.description, key).toMatch(/\w{3}/);
    // Each description names the placeholders its sentence is given.
    for (const [key, names] of Object.entries(MESSAGES)) for (const name of names) expect(properties[key]!.description, key).toContain(`{${name}}`);
  });

  it("accepts the tool's own catalogue and a landlord's few sentences; refuses an unknown key", () => {
    const validate = validatorFor('messages');
    expect(validate(parse(readFileSync(MESSAGES_FILE, 'utf8')))).toBe(true);
    expect(validate({ 'draft.cover': 'A draft.' })).toBe(true);
    expect(validate({ 'draft.baner': 'A draft.' })).toBe(false);
  });
});

describe('withOverrides', () => {
  const base = readWording();
  it("puts a landlord's sentences in place of the tool's, and only those", () => {
    const w = withOverrides(base, { 'heading.about': 'About our assessment' });
    expect(say(w, 'heading.about')).toBe('About our assessment');
    expect(say(w, 'heading.actionPlan')).toBe(say(base, 'heading.actionPlan'));
    expect(say(base, 'heading.about')).toBe('About this self-assessment');
  });

  it('gives the catalogue itself when there is nothing to override, and ignores what is not a sentence of it', () => {
    expect(withOverrides(base, undefined)).toBe(base);
    expect(withOverrides(base, {})).toBe(base);
    expect(withOverrides(base, { 'no.such': 'x' } as never)).toBe(base);
  });
});

describe('plural forms (ICU MessageFormat: {n, plural, =N {…} one {…} other {…}})', () => {
  const w = readWording();
  it('chooses the form by the number, an exact =N first, # being the number', () => {
    expect(say(w, 'changes.count.improved', { n: 1 })).toBe('provision improved');
    expect(say(w, 'changes.count.improved', { n: 0 })).toBe('provisions improved');
    expect(say(w, 'changes.count.overdueActions', { n: 3, period: '2023-24' })).toBe('actions from 2023-24 now overdue');
    expect(say(w, 'changes.showNew', { n: 1 })).toBe('Show the 1 new provision and their answers');
    expect(say(w, 'changes.showNew', { n: 40 })).toBe('Show the 40 new provisions and their answers');
    expect(say(w, 'changes.code.steps', { n: 2, period: '2020-21' })).toMatch(/^The Code changed twice since 2020-21:/);
    expect(say(w, 'changes.code.steps', { n: 3, period: '2020-21' })).toMatch(/^The Code changed 3 times since 2020-21:/);
    expect(say(w, 'change.was', { n: 2, previous: '1.2, 1.3' })).toBe(' (were 1.2, 1.3)');
  });
  it("reads a plural's number as a placeholder, and its forms' words as words", () => {
    const text = 'Show {n, plural, one {# {provision}} other {# provisions}} of {period}';
    // A form may hold no placeholder: the whole is then not a plural, and its braces read as they are.
    expect(placeholdersIn(text)).toEqual(['provision', 'period']);
    expect(placeholdersIn('Show {n, plural, one {# provision} other {# provisions}} of {period}')).toEqual(['n', 'period']);
    expect(placeholderUses('{n, plural, one {a} other {b}} {x}')).toEqual([{ name: 'n', index: 0, length: 30 }, { name: 'x', index: 31, length: 3 }]);
  });
  it('a landlord may word a plural its own way, and a plural of a placeholder the sentence is not given is refused', () => {
    const own = withOverrides(w, { 'changes.count.unchanged': '{n, plural, =0 {none the same} one {# the same} other {# the same}}' });
    expect(say(own, 'changes.count.unchanged', { n: 0 })).toBe('none the same');
    expect(say(own, 'changes.count.unchanged', { n: 4 })).toBe('4 the same');
    expect(() => readWording(variant((t) => t.replace('changes.count.improved: "{n, plural,', 'changes.count.improved: "{count, plural,')))).toThrow('"changes.count.improved" uses {count}, which it is not given');
  });
});
