import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import type { Processor } from 'unified';

const require = createRequire(import.meta.url);
const parsers = new Map<boolean, Processor<Root>>();

/**
 * Parses a markdown text to its syntax tree with remark (CommonMark, and GitHub's tables, footnotes, strikethrough
 * and autolinks with `gfm`). remark is loaded on first use, not with the module: most runs of `chc check` parse no
 * markdown at all (each rule's quick test of the text rules it out), and loading remark with GFM took about 80 ms of
 * a check of the examples' 440.
 */
export function parseMarkdown(text: string, options: { gfm: boolean }): Root {
  let parser = parsers.get(options.gfm);
  if (!parser) {
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    const p = unified().use(remarkParse);
    parser = (options.gfm ? p.use((require('remark-gfm') as typeof import('remark-gfm')).default) : p) as unknown as Processor<Root>;
    parsers.set(options.gfm, parser);
  }
  return parser.parse(text) as Root;
}
