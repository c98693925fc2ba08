import { describe, expect, it } from 'vitest';
import { evidenceToHtml, isSafeUrl, parseEvidence, parseRich, parseRichUncached, richToHtml, richToHtmlUncached } from '../../src/render/markdown.ts';
import { exampleRenderables } from '../helpers/views.ts';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../helpers/project.ts';

/** Every markdown text of the bundled examples and Code versions. */
function corpus(): string[] {
  const texts: string[] = [];
  for (const code of ['2020', '2022', '2024']) {
    for (const p of parse(readFileSync(join(REPO, `code-versions/${code}.yaml`), 'utf8')).provisions) texts.push(p.text);
  }
  for (const r of exampleRenderables()) {
    for (const resp of Object.values(r.assessment.data?.responses ?? {})) {
      for (const f of ['evidence', 'commentary', 'answer'] as const) if (resp && resp[f] !== undefined) texts.push(String(resp[f]));
    }
  }
  return texts;
}

describe('parseRich', () => {
  it('gives the same tree as remark for every text of the examples and Code versions (the plain-text shortcut is exact)', () => {
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(390);
    for (const t of texts) expect(parseRich(t), t.slice(0, 60)).toEqual(parseRichUncached(t));
  });

  it('gives the same HTML as unified for every text (the plain-paragraph shortcut is exact)', () => {
    for (const t of [...corpus(), 'a < b & c > d "quoted" \'single\'', 'x\n\ny']) expect(richToHtml(parseRich(t)), t.slice(0, 60)).toBe(richToHtmlUncached(parseRich(t)));
  });

  it.each([
    'Plain words.', 'Two\nlines.', 'Para one.\n\nPara two.', '  indented line\ncontinued', 'A list:\n- one\n- two', '1. first\n2. second',
    'See https://example.org now', 'mail me at a@b.org', '**bold** and _it_', 'Line with two spaces  \nbreak', 'Title\n=====', 'x\n\n    code',
    'a & b', 'a | b | c\n---|---|---\n1|2|3', 'Trailing text -', '(brackets) and 5.13 numbers; 100% done!',
  ])('agrees with remark on %j', (t) => {
    expect(parseRich(t)).toEqual(parseRichUncached(t));
  });

  it('sanitises: no script, event handler or javascript: link survives in the HTML', () => {
    const html = richToHtml(parseRich('<script>alert(1)</script>\n\n<img src=x onerror=alert(2)> [x](javascript:alert(3)) <iframe src="https://e"></iframe>'));
    expect(html).not.toMatch(/<script|onerror|javascript:|<iframe|<img/i);
    expect(isSafeUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeUrl(' JaVaScRiPt:alert(1)')).toBe(false);
    expect(isSafeUrl('data:text/html,x')).toBe(false);
    expect(isSafeUrl('https://example.org')).toBe(true);
  });

  it('renders reference-style links from their definitions (the first of each); an unsafe one keeps its words', () => {
    const html = richToHtml(parseRich('See [ok ref][ok], [Ok][] and [bad][b].\n\n[ok]: https://example.org/x\n[ok]: https://example.org/second\n[b]: javascript:alert(1)\n'));
    expect(html).toBe('<p>See <a href="https://example.org/x">ok ref</a>, <a href="https://example.org/x">Ok</a> and bad.</p>');
  });

  it('keeps only full web, mail and phone links: relative, //host, /path and #anchor links keep their words, not their target', () => {
    for (const bad of ['//host/doc', 'policy.pdf', '../../x', './x', '/x', '#y', 'https:x', 'http:/x', 'file:///etc/passwd']) expect(isSafeUrl(bad), bad).toBe(false);
    for (const good of ['https://example.org', 'http://example.org/x', 'mailto:a@b.org', 'tel:+441234567890']) expect(isSafeUrl(good), good).toBe(true);
    const html = richToHtml(parseRich('[share](//host/doc) [policy](policy.pdf) [up](../../x) [here](#y) [site](https://example.org)'));
    expect(html).toBe('<p>share policy up here <a href="https://example.org">site</a></p>');
  });

  it('keeps the address of a telephone link, as of a mail or web link, in the HTML', () => {
    const html = richToHtml(parseRich('Call [0800 123 4567](tel:+448001234567), write to [us](mailto:a@b.org) or see [our site](https://example.org).'));
    expect(html).toBe('<p>Call <a href="tel:+448001234567">0800 123 4567</a>, write to <a href="mailto:a@b.org">us</a> or see <a href="https://example.org">our site</a>.</p>');
  });

  it('gives footnotes ids that their links and aria-describedby name, under the prefix of each text, so two texts on a page share none', () => {
    const tree = parseRich('See the note.[^1] And another.[^x]\n\n[^1]: The first note.\n[^x]: The second.');
    const one = richToHtml(tree, 't1-');
    const two = richToHtml(tree, 't2-');
    const ids = (h: string) => [...h.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    const named = (h: string) => [...h.matchAll(/href="#([^"]+)"/g), ...h.matchAll(/aria-describedby="([^"]+)"/g)].map((m) => m[1]!);
    for (const [h, prefix] of [[one, 't1-'], [two, 't2-']] as const) {
      expect(ids(h).length).toBe(5); // two references, two notes, the label; and nothing else
      for (const id of ids(h)) expect(id.startsWith(prefix), id).toBe(true);
      expect(new Set(ids(h)).size).toBe(ids(h).length);
      expect(named(h).length).toBeGreaterThan(0);
      for (const target of named(h)) expect(ids(h), `${target} in ${h}`).toContain(target);
    }
    expect(ids(one).filter((id) => ids(two).includes(id))).toEqual([]);
  });

  it('keeps a published document\'s footnotes linked: their ids, links and aria-describedby agree', () => {
    const h = evidenceToHtml(parseEvidence('# Policy\n\nText.[^a]\n\n[^a]: A note.').tree);
    const ids = [...h.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    const named = [...h.matchAll(/href="#([^"]+)"/g), ...h.matchAll(/aria-describedby="([^"]+)"/g)].map((m) => m[1]!);
    expect(named.length).toBe(3);
    for (const target of named) expect(ids, target).toContain(target);
  });

  it('gives a published document\'s headings ids by their number, where they have one ("1-2 Scope" is a range, not section 1)', () => {
    const { headings } = parseEvidence('# Policy\n\n## 1-2 Scope\n\n## 1. Introduction\n\n## 7.4: Stage one\n\n## Section 8 - Reviews\n');
    expect(headings.map((h) => h.id)).toEqual(['sec-policy', 'sec-1-2-scope', 'sec-1', 'sec-7-4', 'sec-8']);
  });

  it('keeps words apart where raw HTML separated them: <br> is a line break, block tags a space', () => {
    expect(richToHtml(parseRich('Within 10 working days.<br>See section 4.'))).toBe('<p>Within 10 working days.<br>\nSee section 4.</p>');
    expect(richToHtml(parseRich('| a | b |\n|---|---|\n| one<br/>two | three |'))).toContain('<td>one<br>\ntwo</td>');
    expect(richToHtml(parseRich('<p>First.</p><p>Second.</p>'))).not.toMatch(/First\.Second/);
    expect(richToHtml(parseRich('before\n\n<br>\n\nafter'))).toBe('<p>before</p>\n<p>after</p>');
  });
});
