// The structure tree Chromium writes, repaired where PDF/UA-1 asks for more (src/render/pdf/structure.ts): a list
// item's content in an LBody, a table's borders as artifacts, PDF 2.0 types role-mapped; the parent tree follows.
import { describe, expect, it } from 'vitest';
import { contentToArtifacts, repairStructure, sequenceShowsText } from '../../src/render/pdf/structure.ts';

// A small tree as Chromium writes it (object bodies as between "N 0 obj" and "endobj"): a catalog, a root, a page
// (StructParents 0, its parent-tree array object 50), two link annotations (StructParent 1 and 2), a list of one item
// with a label, a span, content of its own, a link element and a link annotation held directly, and a table holding its borders' content and a row.
const objs = new Map<number, string>([
  [1, '\n<</Type /Catalog\n/StructTreeRoot 2 0 R>>\n'],
  [2, '\n<</Type /StructTreeRoot\n/K 3 0 R\n/ParentTree 49 0 R>>\n'],
  [3, '\n<</Type /StructElem\n/S /Document\n/K [10 0 R 20 0 R]>>\n'],
  [10, '\n<</Type /StructElem\n/S /L\n/P 3 0 R\n/K 11 0 R>>\n'],
  [11, '\n<</Type /StructElem\n/S /LI\n/P 10 0 R\n/Pg 40 0 R\n/K [12 0 R 13 0 R 2 14 0 R <</Type /OBJR\n/Obj 42 0 R\n/Pg 40 0 R>>]>>\n'],
  [12, '\n<</Type /StructElem\n/S /Lbl\n/P 11 0 R\n/Pg 40 0 R\n/K 0>>\n'],
  [13, '\n<</Type /StructElem\n/S /Strong\n/P 11 0 R\n/Pg 40 0 R\n/K 1>>\n'],
  [14, '\n<</Type /StructElem\n/S /Link\n/P 11 0 R\n/K [<</Type /OBJR\n/Obj 41 0 R\n/Pg 40 0 R>>]>>\n'],
  [20, '\n<</Type /StructElem\n/S /Table\n/P 3 0 R\n/Pg 40 0 R\n/K [3 21 0 R]>>\n'],
  [21, '\n<</Type /StructElem\n/S /TR\n/P 20 0 R\n/K 22 0 R>>\n'],
  [22, '\n<</Type /StructElem\n/S /TD\n/P 21 0 R\n/Pg 40 0 R\n/K [4 <</Type /MCR\n/Pg 40 0 R\n/MCID 5>>]>>\n'],
  [40, '\n<</Type /Page\n/StructParents 0\n/Annots [41 0 R 42 0 R]>>\n'],
  [41, '\n<</Type /Annot\n/Subtype /Link\n/StructParent 1>>\n'],
  [42, '\n<</Type /Annot\n/Subtype /Link\n/StructParent 2>>\n'],
  [49, '\n<</Type /ParentTree\n/Nums [0 50 0 R 1 14 0 R 2 11 0 R]>>\n'],
  [50, '\n[12 0 R 13 0 R 11 0 R 20 0 R 22 0 R 22 0 R]\n'],
]);
const content = '/Lbl <</MCID 0 >>BDC\nBT\n<01> Tj\nET\nEMC\n/Table <</MCID 3 >>BDC\n0 0 1 9 re\nf\nEMC\n/TD <</MCID 4 >>BDC\nBT\n<02> Tj\nET\nEMC';

describe('repairStructure', () => {
  const repair = repairStructure(objs, 1, 60, (page, mcid) => page === 40 && sequenceShowsText(content, mcid));
  const get = (n: number) => repair.objects.get(n) ?? objs.get(n)!;

  it("puts a list item's content, its own marked content and its links into a new LBody; the label stays", () => {
    expect(repair.next).toBe(61);
    expect(get(11)).toContain('/K [12 0 R 60 0 R]');
    expect(get(60)).toBe('\n<</Type /StructElem\n/S /LBody\n/P 11 0 R\n/Pg 40 0 R\n/K [13 0 R 2 14 0 R <</Type /OBJR\n/Obj 42 0 R\n/Pg 40 0 R>>]>>\n');
    // The annotation held directly now belongs to the LBody in the parent tree; the link element's stays.
    expect(get(49)).toContain('/Nums [0 50 0 R 1 14 0 R 2 60 0 R]');
    // The moved elements name their new parent; the label still names the item.
    expect(get(13)).toContain('/P 60 0 R');
    expect(get(14)).toContain('/P 60 0 R');
    expect(get(12)).toContain('/P 11 0 R');
  });

  it("makes a table's own marked content (its borders, no text) an artifact: out of the tree and the parent tree", () => {
    expect(get(20)).toContain('/K [21 0 R]');
    expect([...repair.artifacts.get(40)!]).toEqual([3]);
    // The parent tree: MCID 2 (the item's own content) now the LBody's, MCID 3 nobody's; the rest unchanged.
    expect(get(50).trim()).toBe('[12 0 R 13 0 R 60 0 R null 22 0 R 22 0 R]');
    expect(get(21)).toBe(objs.get(21));
  });

  it('role-maps the types PDF 1.7 does not define (Strong, from PDF 2.0) on the structure tree root', () => {
    expect(get(2)).toContain('/RoleMap <</Strong /Span>>');
  });

  it('leaves content that shows text where it is, and a tree with nothing to repair as it was', () => {
    const textual = repairStructure(objs, 1, 60, () => true);
    expect(textual.artifacts.size).toBe(0);
    expect(textual.objects.get(20)).toBeUndefined();
    const clean = new Map(objs);
    clean.set(11, '\n<</Type /StructElem\n/S /LI\n/P 10 0 R\n/K [12 0 R]>>\n');
    clean.set(49, '\n<</Type /ParentTree\n/Nums [0 50 0 R 1 14 0 R]>>\n');
    clean.set(13, '\n<</Type /StructElem\n/S /Span\n/P 3 0 R\n/K 1>>\n');
    clean.set(20, '\n<</Type /StructElem\n/S /Table\n/P 3 0 R\n/K [21 0 R]>>\n');
    expect(repairStructure(clean, 1, 60, () => false).objects.size).toBe(0);
  });
});

describe('contentToArtifacts and sequenceShowsText', () => {
  it('turns the named sequences into artifacts, their EMC kept, and tells drawing from text', () => {
    expect(contentToArtifacts(content, new Set([3]))).toBe(content.replace('/Table <</MCID 3 >>BDC', '/Artifact BMC'));
    expect(contentToArtifacts(content, new Set())).toBe(content);
    expect(sequenceShowsText(content, 3)).toBe(false);
    expect(sequenceShowsText(content, 4)).toBe(true);
    expect(sequenceShowsText(content, 9)).toBe(false);
  });
});
