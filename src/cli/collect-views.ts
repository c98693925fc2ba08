import { relative, sep } from 'node:path';
import { stripFrontMatter } from '../load/read-outline.ts';
import type { Assessment, Landlord } from '../model/assessment.ts';
import { withOverrides, type Wording } from '../model/wording.ts';
import { readWording } from '../load/read-templates.ts';
import { fileOf } from '../load/evidence-files.ts';
import { collectRenderables, type Renderable } from '../render/collect.ts';
import { codeVersion, mappingFor, type Workspace } from './workspace.ts';
import { internalDecision, internalReason } from '../validate/internal-documents.ts';
import { reportFiguresOf } from './report-figures.ts';

/** A landlord's sentences (the tool's, with its own in their place) and its standing introduction, as loaded. */
export function landlordTemplates(l: Landlord): { wording: Wording; introduction: string | null } {
  const intro = l.templates?.introduction?.text;
  return { wording: withOverrides(readWording(), l.templates?.messages?.data), introduction: intro === undefined ? null : stripFrontMatter(intro) };
}

/** The renderable assessments of a workspace (both editions each), optionally one landlord / period. */
export function renderablesOf(ws: Workspace, only: { landlord?: string; period?: string } = {}, approvalValid: (a: Assessment) => boolean = () => true, documentDate?: string, skip?: (a: Assessment) => boolean): Renderable[] {
  return collectRenderables({
    landlords: ws.project.landlords,
    codeOf: (id) => codeVersion(ws, id),
    mappingFor: (a, b) => mappingFor(ws, a, b),
    responseText: (a) => {
      const ref = a.data?.governing_body_response;
      if (!ref) return null;
      const info = fileOf(ws.project, a, ref);
      if (info?.text !== undefined) return info.text;
      // Read (with its bound) by the loader; never read again here.
      return info?.bytes !== undefined && !info.outside ? Buffer.from(info.bytes).toString('utf8') : null;
    },
    evidenceFile: (a, ref) => {
      // Markdown read (and decoded) by the loader, inside the landlord's folder; anything else is not published.
      const info = fileOf(ws.project, a, ref);
      if (!info || info.outside || info.text === undefined || !/\.(md|markdown)$/i.test(info.path)) return null;
      return { path: relative(a.landlordDir, info.path).split(sep).join('/'), text: stripFrontMatter(info.text) };
    },
    templatesOf: (l) => landlordTemplates(l),
    approvalValid,
    internalOf: (l) => {
      const d = internalDecision(ws.project, l);
      return {
        cites: (a, ref) => internalReason(ws.project, l, a, ref) !== undefined,
        titles: [...d.titles],
        noPages: d.unreadable.length > 0,
      };
    },
    only,
    reportOf: (a) => {
      const r = reportFiguresOf(ws, a);
      return 'problems' in r ? null : r;
    },
    ...(skip ? { skip } : {}),
    ...(documentDate ? { documentDate } : {}),
  });
}
