import { richToHtml, type Rich } from '../markdown.ts';

/** Sanitised HTML of a markdown tree, for `set:html` in the site's components. */
export function html(tree: Rich | null | undefined): string {
  return tree ? richToHtml(tree) : '';
}
