import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { citationPlace, citedDocuments, citedForText, documentAddress, titleKey } from '../../src/render/site/cited-documents.ts';
import { renderDocx } from '../../src/render/docx/render-docx.ts';
import { provisionsOf } from '../../src/render/phrases.ts';
import type { AssessmentView, DocumentView, ProvisionView } from '../../src/render/view-model.ts';
import { exampleRenderables } from '../helpers/views.ts';
import { REPO } from '../helpers/project.ts';
import { readWording } from '../../src/load/read-templates.ts';

const W = readWording();

/** A citation as a view has it; `title: null` is an internal document of the public edition. */
function doc(d: Partial<DocumentView> & { title: string | null }): DocumentView {
  const internal = d.internal ?? d.title === null;
  return {
    internal,
    title: d.title,
    url: d.url ?? null,
    file: d.file ?? null,
    section: d.section ?? null,
    href: d.href ?? null,
    page: d.page ?? null,
    label: d.label ?? (d.title === null ? 'Internal document — available on request' : d.title),
  };
}

const renderables = exampleRenderables();
const board = renderables[0]!.views.board;
const template = provisionsOf(board)[0]!;

/** An example view whose only provisions are these, citing these documents, in the order given. */
function viewWith(edition: AssessmentView['edition'], cites: Record<string, DocumentView[]>): AssessmentView {
  const v = structuredClone(board);
  const provisions: ProvisionView[] = Object.entries(cites).map(([id, documents]) => ({ ...structuredClone(template), id, anchor: `p-${id.replace(/\W+/g, '-')}`, documents }));
  return { ...v, edition, sections: [{ ...v.sections[0]!, groups: [{ stage: null, title: null, provisions }] }] };
}

const POLICY = 'https://example.org/complaints-policy.pdf';

/** One document cited four ways — by title only, with `url:`, with `file:`, with odd quotes and spacing — and another. */
const mixed = (edition: AssessmentView['edition']) => viewWith(edition, {
  '4.11': [doc({ title: 'Complaints Policy', section: 'Definition of a complaint' })],
  '4.2': [doc({ title: 'complaints policy', url: POLICY, section: '4.2' })],
  '1.3': [doc({ title: '  “Complaints   Policy” ', file: edition === 'board' ? 'evidence/complaints-policy.md' : null })],
  '2a': [doc({ title: 'Annual report', url: 'https://example.org/annual-report.pdf' }), doc({ title: "'Complaints Policy'", page: '7' })],
  '10a': [doc({ title: 'The annual report 2023', url: 'https://example.org/annual-report.pdf' })],
});

describe('citedDocuments', () => {
  it('lists a document once however it is cited, with its provisions in Code order and the url and file any citation gives', () => {
    const { documents, hidden } = citedDocuments(mixed('board'));
    expect(hidden).toBe(0);
    expect(documents.map((d) => [d.title, d.url, d.file, d.provisions])).toEqual([
      ['Complaints Policy', POLICY, 'evidence/complaints-policy.md', ['1.3', '2a', '4.2', '4.11']],
      ['Annual report', 'https://example.org/annual-report.pdf', null, ['2a', '10a']],
    ]);
    // In the document's order: numbered sections first, then those named by their heading, then pages alone.
    expect(documents[0]!.places).toEqual([
      { where: 'section 4.2', provisions: ['4.2'] },
      { where: "under 'Definition of a complaint'", provisions: ['4.11'] },
      { where: 'page 7', provisions: ['2a'] },
    ]);
    expect(documents[1]!.places).toEqual([]);
  });

  it('joins citations that share a file though their titles differ', () => {
    const v = viewWith('board', {
      '5.1': [doc({ title: 'Complaints procedure', file: 'evidence/procedure.md' })],
      '5.2': [doc({ title: 'Our complaints procedure (2024)', file: 'evidence/procedure.md' })],
      '5.3': [doc({ title: 'Our complaints procedure (2024)' })],
    });
    expect(citedDocuments(v).documents.map((d) => [d.title, d.provisions])).toEqual([['Complaints procedure', ['5.1', '5.2', '5.3']]]);
  });

  it('joins different titles at one address only when it is a document\'s, not a web page offering several', () => {
    const v = viewWith('board', {
      '2b': [doc({ title: 'Customer Complaints and Feedback Policy', url: 'https://example.org/complaints/' }), doc({ title: 'Complaint summary leaflet', url: 'https://example.org/complaints/' })],
      '2c': [doc({ title: 'Policy', url: 'https://example.org/docs/policy.pdf#page=4' })],
      '2d': [doc({ title: 'Complaints policy 2024', url: 'https://EXAMPLE.org/docs/policy.pdf' })],
    });
    expect(citedDocuments(v).documents.map((d) => [d.title, d.url, d.provisions])).toEqual([
      ['Customer Complaints and Feedback Policy', 'https://example.org/complaints/', ['2b']],
      ['Complaint summary leaflet', 'https://example.org/complaints/', ['2b']],
      ['Policy', 'https://example.org/docs/policy.pdf#page=4', ['2c', '2d']],
    ]);
    expect(documentAddress('https://example.org/complaints/')).toBeNull();
    expect(documentAddress('mailto:complaints@example.org')).toBeNull();
    expect(documentAddress('https://example.org/a/Policy.PDF?v=2#p3')).toBe('https://example.org/a/Policy.PDF?v=2');
  });

  it('lists the sections of a document in its order, not in the order the provisions cite them', () => {
    const v = viewWith('board', {
      '1.2': [doc({ title: 'Policy', section: '6' })],
      '1.3': [doc({ title: 'Policy', section: 'Section 2.1' })],
      '2.1': [doc({ title: 'Policy', section: '14.12' })],
      '2.2': [doc({ title: 'Policy', section: '7.4' })],
      '2.3': [doc({ title: 'Policy', section: 'Exclusions' })],
      '2.4': [doc({ title: 'Policy', section: '3' })],
    });
    expect(citedDocuments(v).documents[0]!.places.map((p) => p.where)).toEqual(['section 2.1', 'section 3', 'section 6', 'section 7.4', 'section 14.12', "under 'Exclusions'"]);
  });

  it('keeps different documents apart, and lists each provision once however often it cites the document', () => {
    const v = viewWith('board', {
      '3.1': [doc({ title: 'Complaints policy', section: '2' }), doc({ title: 'Complaints policy', section: '3' })],
      '3.2': [doc({ title: 'Complaints procedure' })],
    });
    const { documents } = citedDocuments(v);
    expect(documents.map((d) => [d.title, d.provisions])).toEqual([['Complaints policy', ['3.1']], ['Complaints procedure', ['3.2']]]);
    expect(citedForText(W, documents[0]!)).toBe('Cited for provision 3.1. Section 2 for provision 3.1; section 3 for provision 3.1.');
  });

  it('says where in one sentence when every provision citing it cites the same place', () => {
    const v = viewWith('board', { '1.2': [doc({ title: 'Complaints policy', section: '4' })], '1.3': [doc({ title: 'Complaints policy', section: '4' })] });
    expect(citedForText(W, citedDocuments(v).documents[0]!)).toBe('Cited for provisions 1.2, 1.3 (section 4).');
  });

  it('in the public edition still hides internal documents, counting the provisions that cite them, as before', () => {
    const v = viewWith('public', {
      '1.1': [doc({ title: null }), doc({ title: null })],
      '1.2': [doc({ title: null }), doc({ title: 'Complaints Policy' })],
      '1.3': [doc({ title: 'complaints policy', url: POLICY })],
    });
    const { documents, hidden } = citedDocuments(v);
    expect(hidden).toBe(2);
    expect(documents).toEqual([{ title: 'Complaints Policy', url: POLICY, file: null, href: null, internal: false, provisions: ['1.2', '1.3'], places: [] }]);
  });

  it('marks a document internal only when every citation does', () => {
    const v = viewWith('board', {
      '1.1': [doc({ title: 'Board minutes', internal: true }), doc({ title: 'Staff guide', internal: true })],
      '1.2': [doc({ title: 'board minutes', internal: true }), doc({ title: 'Staff guide', internal: false, url: 'https://example.org/guide' })],
    });
    expect(citedDocuments(v).documents.map((d) => [d.title, d.internal])).toEqual([['Board minutes', true], ['Staff guide', false]]);
  });

  it('keeps the bundled examples\' documents and hidden counts (they cite each document one way)', () => {
    for (const r of renderables) {
      for (const v of [r.views.public, r.views.board]) {
        const { documents, hidden } = citedDocuments(v);
        const titles = documents.map((d) => titleKey(d.title));
        expect(new Set(titles).size).toBe(titles.length);
        const cited = new Set(provisionsOf(v).flatMap((p) => p.documents.filter((d) => d.title !== null).map((d) => titleKey(d.title!))));
        expect(new Set(titles)).toEqual(cited);
        expect(hidden).toBe(provisionsOf(v).filter((p) => p.documents.some((d) => d.title === null)).length);
        if (v.edition === 'public') expect(documents.every((d) => !d.internal && d.file === null)).toBe(true);
      }
    }
  });
});

describe('where a citation points', () => {
  it('names a numbered section "section 4.2" and one given by its heading "under \'…\'"', () => {
    expect(citationPlace(W, { section: '4.2', page: null })).toBe('section 4.2');
    expect(citationPlace(W, { section: '1.4 - 1.7', page: null })).toBe('sections 1.4 - 1.7');
    expect(citationPlace(W, { section: '6.3 to 6.9', page: '4-5' })).toBe('sections 6.3 to 6.9, pages 4-5');
    expect(citationPlace(W, { section: '4 and 5', page: null })).toBe('sections 4 and 5');
    expect(citationPlace(W, { section: 'Section 3', page: null })).toBe('section 3');
    expect(citationPlace(W, { section: '7a', page: '12' })).toBe('section 7a, page 12');
    expect(citationPlace(W, { section: 'Definition of a complaint', page: null })).toBe("under 'Definition of a complaint'");
    expect(citationPlace(W, { section: '‘Contact us’', page: null })).toBe("under 'Contact us'");
    expect(citationPlace(W, { section: '3. Who can complain', page: null })).toBe("under '3. Who can complain'");
    expect(citationPlace(W, { section: null, page: '7' })).toBe('page 7');
    expect(citationPlace(W, { section: null, page: null })).toBeNull();
  });

  it('matches titles without case, quotes or extra white space', () => {
    expect(titleKey(' “Complaints\tPolicy” ')).toBe(titleKey('complaints policy'));
    expect(titleKey("Residents' handbook")).toBe(titleKey('Residents’ handbook'));
    expect(titleKey('Complaints policy')).not.toBe(titleKey('Complaints procedure'));
  });
});

/** The visible text of a DOCX's body, white space squashed. */
async function docxText(v: AssessmentView): Promise<string> {
  const zip = await JSZip.loadAsync(await renderDocx(v));
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml.replace(/<\/w:p>/g, ' ').replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g, '\u0001$1\u0002').replace(/<[^>]*>/g, '').replace(/[^\u0001\u0002]*\u0001([^\u0002]*)\u0002/g, '$1');
  return text.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}

describe('the DOCX list of documents referred to', () => {
  it('lists each document once, with every provision citing it and where, as the site and the PDF do', async () => {
    const text = await docxText(mixed('board'));
    const part = text.slice(text.lastIndexOf('Documents referred to'), text.lastIndexOf('Action plan'));
    expect(part.match(/Complaints Policy/gi)).toHaveLength(1);
    expect(part).toContain(`Complaints Policy (${POLICY}) (file: evidence/complaints-policy.md) Cited for provisions 1.3, 2a, 4.2, 4.11. Section 4.2 for provision 4.2; under 'Definition of a complaint' for provision 4.11; page 7 for provision 2a.`);
    expect(part).toContain('Annual report (https://example.org/annual-report.pdf) Cited for provisions 2a, 10a.');
    expect(part).not.toContain('The annual report 2023');
  });

  it('in the public edition names no internal document, only counts the provisions citing them', async () => {
    const v = viewWith('public', { '1.1': [doc({ title: null })], '1.2': [doc({ title: null }), doc({ title: 'Complaints Policy', url: POLICY })] });
    const text = await docxText(v);
    const part = text.slice(text.lastIndexOf('Documents referred to'), text.lastIndexOf('Action plan'));
    expect(part).toContain(`Complaints Policy (${POLICY}) Cited for provision 1.2.`);
    expect(part).toContain('2 provisions also cite internal documents, which are not published');
    expect(part).not.toContain('internal document —');
  });
});

describe('one grouping for every output', () => {
  it('the site and print component and the DOCX both take the list from cited-documents.ts', () => {
    const astro = readFileSync(join(REPO, 'src/components/CitedDocuments.astro'), 'utf8');
    const docx = readFileSync(join(REPO, 'src/render/docx/back-matter.ts'), 'utf8');
    for (const src of [astro, docx]) {
      expect(src).toMatch(/import \{[^}]*\bcitedDocuments\b[^}]*\bcitedForText\b[^}]*\} from '[./]+(render\/)?site\/cited-documents\.ts'/);
      expect(src).toMatch(/citedForText\(\w+, d\)/);
      expect(src).not.toMatch(/import \{[^}]*\bcitedDocuments\b[^}]*\} from '[./]+(render\/)?site\/format\.ts'/);
    }
  });
});
