import { createRequire } from 'node:module';
import type { CustomPlugin, XastElement } from 'svgo';

// svgo is large (its CSS tooling loads with it): required only when there is an SVG logo to read, so `chc check`
// on the many landlords without one starts as fast as before.
const require = createRequire(import.meta.url);
let svgo: typeof import('svgo') | undefined;
const optimize: typeof import('svgo').optimize = (input, config) => (svgo ??= require('svgo') as typeof import('svgo')).optimize(input, config);

/** Elements that run script, embed other documents or break out of SVG. */
const UNSAFE_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener', 'audio', 'video', 'canvas']);
/** Attributes that name another resource. */
const REFERENCES = new Set(['href', 'xlink:href', 'src']);
/** An image inside the logo may be a data: image of these kinds (never another SVG, which could hold script). */
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp)[;,]/i;
/** A url() in CSS that is not a fragment of this document, or an @import. */
const CSS_OUTSIDE = /@import|url\(\s*(['"]?)(?!#)/i;

/**
 * What makes an SVG unsafe to publish on the site: script (a `<script>`, an event attribute such as `onload`,
 * an animation that sets one or a link), a `<foreignObject>` or other embedded document, a reference to any
 * resource outside the file, or an entity declaration. Opened at its own address, an SVG runs as a document of
 * the site, so any of these could run script or load from elsewhere there. The file is parsed as XML (svgo's
 * parser, read only: nothing is rewritten). Returns each problem once, as a phrase ("an onload attribute on
 * <svg>"); an empty list for a safe file.
 */
export function svgProblems(text: string): string[] {
  const found = new Set<string>();
  if (/<!ENTITY/i.test(text)) found.add('an entity declaration (<!ENTITY …>)');
  const audit: CustomPlugin = {
    name: 'chc-audit',
    fn: () => ({
      element: {
        enter: (node: XastElement) => {
          const name = node.name.toLowerCase();
          if (UNSAFE_ELEMENTS.has(name)) found.add(`a <${node.name}> element`);
          for (const [attr, value] of Object.entries(node.attributes)) {
            const key = attr.toLowerCase();
            if (key.startsWith('on')) found.add(`an ${attr} attribute on <${node.name}>`);
            else if (REFERENCES.has(key) && !value.trim().startsWith('#') && !(name === 'image' && DATA_IMAGE.test(value.trim()))) {
              found.add(`a reference to ${value.length > 60 ? `${value.slice(0, 57)}…` : value} in ${attr} on <${node.name}>`);
            } else if (key === 'style' && CSS_OUTSIDE.test(value)) found.add(`a style attribute on <${node.name}> that loads from outside the file`);
            else if (key === 'attributename' && /^(on|href$|xlink:href$)/i.test(value.trim()) && /^(set|animate)/i.test(name)) {
              found.add(`an <${node.name}> that sets ${value}`);
            }
          }
          if (name === 'style' && node.children.some((c) => (c.type === 'text' || c.type === 'cdata') && CSS_OUTSIDE.test(c.value))) {
            found.add('a <style> that loads from outside the file');
          }
        },
      },
    }),
  };
  try {
    optimize(text, { plugins: [audit] });
  } catch (e) {
    return [`not well-formed SVG (${String((e as Error).message).split('\n')[0]})`];
  }
  return [...found];
}
