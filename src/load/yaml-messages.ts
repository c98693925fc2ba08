// What chc says about the YAML parser's errors: plainer words for its messages, and a hint for each kind.

export const HINTS: Partial<Record<string, string>> = {
  TAB_AS_INDENT: 'Indent with spaces, not tabs (set your editor to insert spaces in YAML files).',
  DUPLICATE_KEY: 'Each key may appear once in a mapping: merge the two entries or delete one.',
  BAD_INDENT: 'Line the key up with the other keys at the same level (use spaces).',
  MULTILINE_IMPLICIT_KEY: 'A key must fit on one line and end with a colon; check for a missing colon or quote on the line above.',
  BLOCK_AS_IMPLICIT_KEY: 'Check for a missing colon after the key, or a missing indent.',
  MISSING_CHAR: 'A quote or bracket was opened but not closed.',
  UNEXPECTED_TOKEN: 'Check the indentation and punctuation here; text containing ": " or " #" must be quoted or written as a block (|).',
  BAD_SCALAR_START: 'Text starting with a character such as @, ` or % must be quoted.',
  MULTIPLE_DOCS: 'Put only one document in the file (remove the extra "---").',
  RESOURCE_EXHAUSTION: 'Do not use aliases (*name) to repeat large parts of the file.',
  TAG_RESOLVE_FAILED: 'Remove the tag (the word starting with !): chc reads plain YAML values only.',
  TOO_DEEP: 'Check for brackets ([ or {) that are opened again and again but never closed, or lines indented further and further.',
};

/** Hints by what the parser's message says (one code covers several mistakes), tried before the hint for the code. */
const MESSAGE_HINTS: [RegExp, string][] = [
  [/^Missing closing ["']quote/, 'This quote is never closed: add the closing quote at the end of the text (for text over several lines, use | instead of quotes).'],
  [/must .*end with a [\]}]|Missing closing|unterminated|not closed/i, 'A quote or bracket was opened but not closed.'],
  [/^Implicit map keys need to be followed by map values/, 'A key must be followed by a colon (key: value). Text over several lines belongs under a key ending with | (indented below it).'],
  [/^Nested mappings are not allowed in compact mappings/, 'Text that contains ": " must be quoted ("…") or written as a block (|). A key inside a value goes on its own, indented line.'],
  [/^Implicit keys need to be on a single line/, 'A key must fit on one line and end with a colon: check this line for a missing colon or quote, and the next line for extra indentation.'],
  [/^Missing , (or : )?between/, 'Separate the items inside [ ] or { } with commas, and quote text that contains commas, brackets or ": ".'],
  [/^Comments must be separated/, 'Put a space before #, or quote text that contains #.'],
  [/^Sequence item without - indicator/, 'Start each list item with "- ".'],
];

/** Plainer words for the parser's messages that speak of its own API or internals. */
const MESSAGES: [RegExp, string][] = [
  [/^Missing closing (["'])quote.*$/, 'the quoted text that starts here has no closing $1'],
  [/^Source contains multiple documents.*$/, 'the file holds a second YAML document (after a "---" line)'],
  [/^Excessive alias count.*$/, 'the aliases (*name) in this file expand to too much data'],
  [/^Implicit keys need to be on a single line$/, 'this value runs on into the next line, which then reads as a key'],
  [/^Implicit map keys need to be followed by map values$/, 'a key without its colon (or text where a key was expected)'],
  [/^Nested mappings are not allowed in compact mappings$/, 'a second "key:" on one line'],
];

/** The hint for a parser error: by its code, or by what the message says was left open. */
export function hintFor(code: string, message: string): string {
  return MESSAGE_HINTS.find(([re]) => re.test(message))?.[1] ?? HINTS[code] ?? 'Check the YAML syntax on this line and the one above it.';
}
/** The parser's message without its trailing position ("at line 3, column 1"). */
export function cleanMessage(message: string): string {
  const m = message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').replace(/\s+/g, ' ').trim();
  const plain = MESSAGES.find(([re]) => re.test(m));
  return plain ? m.replace(plain[0], plain[1]) : m;
}
