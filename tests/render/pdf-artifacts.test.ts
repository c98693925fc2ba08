// What is drawn on a page but not in the document's structure is marked as an artifact, nested as the PDF format
// requires (src/render/pdf/artifacts.ts).
import { describe, expect, it } from 'vitest';
import { markArtifacts } from '../../src/render/pdf/artifacts.ts';
import { unmarkedContent } from '../helpers/outputs.ts';

describe('markArtifacts', () => {
  it('wraps each run of untagged operators, and leaves tagged content as it is', () => {
    const page = ['q', '0 0 10 10 re', 'f', 'Q', '/P <</MCID 0 >>BDC', 'BT', '<0041> Tj', 'ET', 'EMC', '0 0 5 5 re', 'f'].join('\n');
    expect(markArtifacts(page).split('\n')).toEqual(['/Artifact BMC', 'q', '0 0 10 10 re', 'f', 'Q', 'EMC', '/P <</MCID 0 >>BDC', 'BT', '<0041> Tj', 'ET', 'EMC', '/Artifact BMC', '0 0 5 5 re', 'f', 'EMC']);
  });

  it('closes an artifact inside the text object it opened in, and keeps one from outside out of a text object with tags', () => {
    // A footer's text object (no tags): inside the artifact whole. A text object holding a tagged span between two
    // untagged runs: the artifact opened outside closes before it, those inside close inside it.
    const page = ['0 0 1 1 re', 'BT', '<0046> Tj', 'ET', 'BT', '/F1 9 Tf', '/Span <</MCID 1 >>BDC', '<0041> Tj', 'EMC', '<0042> Tj', 'ET'].join('\n');
    const marked = markArtifacts(page);
    expect(marked.split('\n')).toEqual(['/Artifact BMC', '0 0 1 1 re', 'BT', '<0046> Tj', 'ET', 'EMC', 'BT', '/Artifact BMC', '/F1 9 Tf', 'EMC', '/Span <</MCID 1 >>BDC', '<0041> Tj', 'EMC', '/Artifact BMC', '<0042> Tj', 'EMC', 'ET']);
    expect(unmarkedContent(marked)).toEqual({ unmarked: [], nested: true });
  });

  it('leaves a page with nothing untagged as it was', () => {
    const page = ['/P <</MCID 0 >>BDC', 'BT', '<0041> Tj', 'ET', 'EMC'].join('\n');
    expect(markArtifacts(page)).toBe(page);
  });
});
