import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.ts';
import { rangeInText, rangeInValue } from '../../src/validate/text-range.ts';

/** The range of `word` (its first occurrence) inside the text value at `ptr` of a YAML document. */
function rangeOf(yaml: string, ptr: string, word: string) {
  const parsed = parseYaml(new TextEncoder().encode(yaml), 'x.yaml');
  const text = ptr.split('/').slice(1).reduce((o: any, k) => o[k], parsed.data) as string;
  const start = text.indexOf(word);
  const r = rangeInValue(parsed.source, ptr, text, start, start + word.length);
  return [r.line, r.column, r.endLine, r.endColumn];
}

describe('rangeInValue: where characters of a text value are in the YAML', () => {
  it('plain and quoted text on one line', () => {
    expect(rangeOf('a: ring 0123 now\n', '/a', '0123')).toEqual([1, 9, 1, 13]);
    expect(rangeOf('a: "ring 0123 now"\n', '/a', '0123')).toEqual([1, 10, 1, 14]);
    expect(rangeOf("a: 'ring 0123 now'\n", '/a', '0123')).toEqual([1, 10, 1, 14]);
  });

  it('a literal block, with LF or CRLF line ends, with a blank line and deeper indentation inside', () => {
    const yaml = 'a:\n  b: |\n    first line\n\n      indented 0123\n  c: x\n';
    expect(rangeOf(yaml, '/a/b', '0123')).toEqual([5, 16, 5, 20]);
    expect(rangeOf(yaml.replace(/\n/g, '\r\n'), '/a/b', '0123')).toEqual([5, 16, 5, 20]);
    expect(rangeOf('a: |-\n  last line 0123', '/a', '0123')).toEqual([2, 13, 2, 17]);
  });

  it('the start of the value where the place cannot be told: escapes, folded text, plain text over lines', () => {
    expect(rangeOf('a: "tab\\there 0123"\n', '/a', '0123')).toEqual([1, 4, 1, 20]);
    expect(rangeOf('a: >\n  one\n  two 0123\n', '/a', '0123').slice(0, 2)).toEqual([1, 4]);
    expect(rangeOf('a: one\n  two 0123\n', '/a', '0123').slice(0, 2)).toEqual([1, 4]);
    expect(rangeOf('a: x\n        yy 0123\nb: 1\n', '/a', 'x').slice(0, 2)).toEqual([1, 4]);
    expect(rangeOf('a: |-\n    one 0123\n\n\nb: 1\n', '/a', '0123')).toEqual([2, 9, 2, 13]);
    expect(rangeOf('a: |+\n    one\n\n    0123\n\nb: 1\n', '/a', '0123')).toEqual([4, 5, 4, 9]);
  });
});

describe('rangeInText: where characters of a markdown file are', () => {
  it('counts lines and columns from 1', () => {
    const text = '# T\r\n\r\nring 0123\n';
    const at = text.indexOf('0123');
    expect(rangeInText(text, at, at + 4)).toEqual({ line: 3, column: 6, endLine: 3, endColumn: 10 });
  });
});
