// What a draft shows of its state, in the document model and the DOCX: answers carried forward and not yet
// reviewed are marked so, and the board edition says it contains internal documents only when it does.
import { describe, expect, it } from 'vitest';
import { exampleRenderables } from '../helpers/views.ts';
import { editionLabel, provisionsOf } from '../../src/render/phrases.ts';
import type { AssessmentView } from '../../src/render/view-model.ts';

const CARRIED_NOT_REVIEWED = 'Carried forward, not yet reviewed';
import { renderDocx } from '../../src/render/docx/render-docx.ts';
import { docxText, squeeze } from '../helpers/outputs.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const views = exampleRenderables().flatMap((r) => [r.views.public, r.views.board]);
const internal = (v: AssessmentView) => provisionsOf(v).some((p) => p.documents.some((d) => d.internal));

describe('the edition label', () => {
  it('says "contains internal documents" exactly on board editions that do', () => {
    const examples = views.filter((v) => v.edition === 'board');
    // The same board edition with no document marked internal.
    const none = structuredClone(examples.find(internal)!);
    for (const p of provisionsOf(none)) p.documents = p.documents.filter((d) => !d.internal);
    const board = [...examples, none];
    expect(board.some(internal)).toBe(true);
    expect(editionLabel(none)).toBe('Board edition');
    // Named for the landlord's own governing body.
    expect(editionLabel({ ...none, landlord: { ...none.landlord, governingBody: 'Cabinet' } })).toBe('Cabinet edition');
    // Where landlord.yaml names no governing body: not "Governing body edition".
    expect(editionLabel({ ...none, landlord: { ...none.landlord, governingBody: 'governing body', governingBodyNamed: false } })).toBe('Edition for the governing body');
    for (const v of board) expect(editionLabel(v)).toBe(internal(v) ? 'Board edition — contains internal documents' : 'Board edition');
    for (const v of views.filter((x) => x.edition === 'public')) expect(editionLabel(v)).toBe('Public edition');
  });
});

describe('carried-forward answers not yet reviewed', () => {
  it('are marked in the view and in the DOCX, and only those', async () => {
    const v = structuredClone(views.find((x) => x.landlord.slug === 'plus-dane' && x.period === '2023-24' && x.edition === 'board')!);
    expect(provisionsOf(v).every((p) => !p.carriedNotReviewed)).toBe(true);
    const p = provisionsOf(v).find((x) => x.id === '1.2')!;
    p.carriedNotReviewed = true;
    const dir = mkdtempSync(join(tmpdir(), 'chc-carried-'));
    try {
      const file = join(dir, 'a.docx');
      writeFileSync(file, await renderDocx(v));
      const text = squeeze((await docxText(file)).text);
      expect(text.split(CARRIED_NOT_REVIEWED)).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
