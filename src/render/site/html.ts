import { richToHtml, type Rich } from '../markdown.ts';

/** Sanitised HTML of a markdown tree, for `set:html` in the site's components; `idPrefix` starts its footnotes' ids. */
export function html(tree: Rich | null | undefined, idPrefix?: string): string {
  return tree ? richToHtml(tree, idPrefix) : '';
}
