// Headings in a landlord's markdown sit below the heading the outputs put them under (issue 23, item 2).
import { describe, expect, it } from 'vitest';
import { headingsUnder, parseRich, richToHtml, withoutRepeatedHeading } from '../../src/render/markdown.ts';

const depths = (tree: ReturnType<typeof parseRich>) => tree.children.filter((c) => c.type === 'heading').map((c) => (c as { depth: number }).depth);

describe('headingsUnder', () => {
  it('moves the highest heading to one below the heading it is under, keeping the steps and never skipping', () => {
    expect(depths(headingsUnder(parseRich('# A\n\n## B\n\n#### C\n\n# D'), 2))).toEqual([3, 4, 5, 3]);
    expect(depths(headingsUnder(parseRich('### A\n\n### B'), 3))).toEqual([4, 4]);
    expect(depths(headingsUnder(parseRich('# A\n\n## B\n\n### C'), 5))).toEqual([6, 6, 6]);
    expect(richToHtml(headingsUnder(parseRich('# Our view\n\nText.'), 2))).toBe('<h3>Our view</h3>\n<p>Text.</p>');
  });

  it('leaves a text without headings, or already below, as it is (the same tree)', () => {
    const plain = parseRich('Just text.');
    expect(headingsUnder(plain, 2)).toBe(plain);
    const below = parseRich('### A\n\n#### B');
    expect(headingsUnder(below, 2)).toBe(below);
  });

  it('does not change the tree it is given', () => {
    const tree = parseRich('# A');
    headingsUnder(tree, 2);
    expect(depths(tree)).toEqual([1]);
  });
});

describe('withoutRepeatedHeading', () => {
  it.each([
    ["# Cabinet's response", "The Cabinet's response"],
    ['# The Board’s Response', "The Board's response"],
    ['## Response of the Board', "The Board's response"],
    ['# Introduction', 'Introduction'],
  ])('drops a first heading "%s" that repeats "%s"', (first, heading) => {
    expect(withoutRepeatedHeading(parseRich(`${first}\n\nWe approve it.`), heading).children.map((c) => c.type)).toEqual(['paragraph']);
  });

  it('keeps any other first heading, and a repeat that is not first', () => {
    expect(withoutRepeatedHeading(parseRich('# Our view\n\nText.'), "The Board's response").children).toHaveLength(2);
    expect(withoutRepeatedHeading(parseRich("Text.\n\n# Board's response"), "The Board's response").children).toHaveLength(2);
  });
});
