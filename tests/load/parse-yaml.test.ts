import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.ts';

/**
 * parseYaml on the slips authors make, in the three shapes a file comes in (LF, CRLF, and with a
 * byte-order mark), and on both of its paths: a plain file is read by js-yaml (the fast path); a tab
 * anywhere, even in a comment, sends it to `yaml` (the precise path). Both must give the same data and the
 * same diagnostics.
 */
const SHAPES: [string, (t: string) => string][] = [
  ['LF', (t) => t],
  ['CRLF', (t) => t.replace(/\n/g, '\r\n')],
  ['BOM', (t) => `\uFEFF${t}`],
  ['CRLF and BOM', (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`],
];
/** The same text, sent down the precise path by a tab in a trailing comment. */
const precise = (t: string) => `${t}#\t\n`;

function parse(text: string) {
  const r = parseYaml(Buffer.from(text, 'utf8'), 'a.yaml');
  return {
    data: r.data,
    diagnostics: r.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, line: d.line, column: d.column, provision: d.provision, message: d.message, hint: d.hint })),
  };
}

/** Runs `check` on the text in every shape, on both paths. */
function eachShape(text: string, check: (r: ReturnType<typeof parse>, shape: string) => void): void {
  for (const [name, shape] of SHAPES) {
    check(parse(shape(text)), name);
    check(parse(shape(precise(text))), `${name}, precise path`);
  }
}

describe('provision ids written without quotes', () => {
  const ids = ['1.2', '4.10', '5.1', '5.10', '5.2', '5.20', '6.20', '1e3', '0x1F', '.5'];
  const text = `code: "2024"\nresponses:\n${ids.map((id) => `  ${id}:\n    comply: yes\n    page: 12\n    answer: 1.50\n`).join('')}`;

  it('are read as written, each its own key (5.1 and 5.10 are not one number), with numbers as values unchanged', () => {
    eachShape(text, (r, shape) => {
      expect(r.diagnostics, shape).toEqual([]);
      const responses = (r.data as { responses: Record<string, unknown> }).responses;
      expect(Object.keys(responses).sort(), shape).toEqual([...ids].sort());
      for (const id of ids) expect(responses[id], `${shape} ${id}`).toEqual({ comply: 'yes', page: 12, answer: 1.5 });
    });
  });

  it('written twice are still a duplicate key, named as written, also against a quoted id', () => {
    for (const [first, second] of [['5.10', '5.10'], ['"5.10"', '5.10'], ['5.1', "'5.1'"]] as const) {
      eachShape(`responses:\n  5.2:\n    comply: yes\n  ${first}:\n    comply: yes\n  ${second}:\n    comply: no\n`, (r, shape) => {
        expect(r.data, shape).toBeUndefined();
        expect(r.diagnostics, shape).toEqual([expect.objectContaining({
          rule: 'duplicate-key', line: 6, column: 3, message: `duplicate key "${second.replace(/["']/g, '')}"`,
        })]);
      });
    }
  });
});

describe('tabs', () => {
  it('a tab after the indenting spaces is named, at its column', () => {
    const text = 'responses:\n  "1.1":\n    comply: no\n    actions:\n      - description: Train staff\n    \t  owner: Head of HR\n        due: 2025-01-31\n';
    for (const [name, shape] of SHAPES) {
      expect(parse(shape(text)).diagnostics, name).toEqual([expect.objectContaining({
        rule: 'yaml-syntax', line: 6, column: 5,
        message: 'this line is indented with a tab (at column 5); YAML allows only spaces for indenting',
        hint: expect.stringContaining('Replace the tab with spaces, so that "owner:" lines up'),
      })]);
    }
  });

  it('after lines indented with tabs, valid lines below them give no errors', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `"6.${i + 3}":\n    comply: yes\n`).map((r) => `  ${r}`).join('');
    const text = `responses:\n  "6.1":\n    comply: yes\n  "6.2":\n\tcomply: yes\n\tevidence: Logged within 5 working days.\n${ids}`;
    for (const [name, shape] of SHAPES) {
      const r = parse(shape(text));
      expect(r.diagnostics.map((d) => [d.line, d.column, d.message]), name).toEqual([
        [5, 1, 'this line is indented with a tab (at column 1); YAML allows only spaces for indenting'],
        [6, 1, 'this line is indented with a tab (at column 1); YAML allows only spaces for indenting'],
      ]);
    }
  });

  it('a tab inside block text, after its indentation, is text: no error', () => {
    eachShape('responses:\n  "1.1":\n    comply: yes\n    evidence: |\n      Columns:\n      \tone\tand two\n', (r, shape) => {
      expect(r.diagnostics, shape).toEqual([]);
      expect((r.data as { responses: Record<string, { evidence: string }> }).responses['1.1']!.evidence, shape).toBe('Columns:\n\tone\tand two\n');
    });
  });
});

describe('quotes and colons', () => {
  it("an apostrophe inside text in single quotes is named, with three ways to write it", () => {
    for (const [name, shape] of SHAPES) {
      const r = parse(shape("responses:\n  \"1.1\":\n    comply: yes\n    evidence: 'The council's policy section 6.'\n"));
      expect(r.diagnostics, name).toEqual([{
        rule: 'yaml-syntax', severity: 'error', line: 4, column: 27, provision: undefined,
        message: 'the apostrophe in "council\'s" ends the text in single quotes that starts at column 15',
        hint: 'Inside single quotes, write an apostrophe twice (council\'\'s), or put the whole text in double quotes instead ("The council\'s policy section 6."), or write it as a block: | at the end of the line and the text on the next line, indented.',
      }]);
    }
  });

  it('text after a closing quote, and a quote mark inside double quotes', () => {
    expect(parse("a:\n  b: 'Policy' section 4\n").diagnostics).toEqual([expect.objectContaining({
      line: 2, column: 13, message: 'the text in single quotes that starts at column 6 ends here, but more text follows it on the line',
    })]);
    expect(parse('a:\n  b: "He said "yes" to it"\n').diagnostics).toEqual([expect.objectContaining({
      line: 2, column: 15, message: 'the text in double quotes that starts at column 6 ends at this ", but more text follows it on the line',
      hint: expect.stringContaining('a quote mark inside it is written \\"'),
    })]);
  });

  it('a key with no space after its colon: "put a space after the colon", at the colon', () => {
    const cases: [string, number, number, string][] = [
      ['responses:\n  "1.1":\n    comply:yes\n    evidence: Policy.\n', 3, 11, '`comply: yes`'],
      ['responses:\n  "1.1":\n    comply: yes\n    evidence:Policy 4\n  "1.2":\n    comply: yes\n', 4, 13, '`evidence: Policy 4`'],
      ['responses:\n  "1.1":\n    comply: no\n    actions:\n      - description:Fix it\n        due: 2025-01-01\n', 5, 20, '`description: Fix it`'],
    ];
    for (const [text, line, column, fix] of cases) {
      for (const [name, shape] of SHAPES) {
        expect(parse(shape(text)).diagnostics, `${name}: ${text}`).toEqual([expect.objectContaining({
          rule: 'yaml-syntax', line, column, hint: `Put a space after the colon: ${fix}.`,
        })]);
      }
    }
  });

  it('a web address (url:https://…) is not taken for a missing space', () => {
    eachShape('responses:\n  "1.1":\n    comply: yes\n    documents:\n      - title: Policy\n        url: https://example.org/a:b\n', (r, shape) => {
      expect(r.diagnostics, shape).toEqual([]);
    });
  });
});

describe('" #" in unquoted text', () => {
  const text = [
    'responses:',
    '  "1.1":',
    '    comply: yes   # checked by audit',
    '    evidence: Acknowledged within 5 working days #target met in Q1-Q4 (98%).',
    '  "1.2":',
    '    comply: partial # see below',
    '    evidence: Policy section 2.  # reviewed in 2024',
    '    evidence_note: x #y',
    '    actions:',
    '      - description: Add reminders #3',
    '        owner: Head of Service   # to confirm',
    '        due: 2025-01-31 # end of January',
    '        status: open #open',
    '  "1.3":',
    '    comply: yes',
    '    evidence: |',
    '      Logged in the system #2 within 5 days.',
    '    commentary: "Quoted #text is kept"',
    '',
  ].join('\n');

  it('warns where a comment cuts a text field short, not on ordinary end-of-line comments', () => {
    eachShape(text, (r, shape) => {
      expect(r.diagnostics.map((d) => [d.rule, d.severity, d.line, d.column, d.provision, d.message]), shape).toEqual([
        ['comment-in-text', 'warning', 4, 50, '1.1', 'the text of "evidence" is cut short at " #": YAML reads "#target met in Q1-Q4 (98%)." as a comment and leaves it out'],
        ['comment-in-text', 'warning', 10, 36, '1.2', 'the text of "description" is cut short at " #": YAML reads "#3" as a comment and leaves it out'],
      ]);
      expect((r.data as { responses: Record<string, { evidence: string }> }).responses['1.1']!.evidence, shape).toBe('Acknowledged within 5 working days');
    });
  });

  it('says nothing about files other than assessments', () => {
    expect(parse('name: Test Homes #1\nwebsite: https://example.org\n').diagnostics).toEqual([]);
  });
});
