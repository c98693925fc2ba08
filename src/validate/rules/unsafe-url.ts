import type { Diagnostic } from '../../model/diagnostic.ts';
import { pointer } from '../../model/assessment.ts';
import { report, type Rule } from './context.ts';

/** A document `url` that is not a web address: javascript:, data:, file: and other schemes are refused. */
export const unsafeUrl: Rule = ({ assessment, data }) => {
  const out: Diagnostic[] = [];
  for (const [id, r] of Object.entries(data.responses ?? {})) {
    (r?.documents ?? []).forEach((d, i) => {
      if (typeof d?.url !== 'string') return;
      const url = d.url.trim();
      if (/^https?:\/\/[^\s/]+/i.test(url) || /^mailto:[^\s]+@/i.test(url)) return;
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u001f\s]/g, ''))?.[1]?.toLowerCase();
      const why = scheme && !['http', 'https', 'mailto'].includes(scheme) ? `a ${scheme}: address, which is never published` : 'not a full web address';
      out.push(report(assessment, pointer('responses', id, 'documents', i, 'url'), 'error', 'unsafe-url', `url "${url.slice(0, 80)}" is ${why}`,
        scheme === 'file' || (!scheme && !/^\/\//.test(url))
          ? "Give the document's https:// address, or put the file in the landlord's folder and name it with file: instead of url:."
          : "Give the document's https:// address.", id));
    });
  }
  return out;
};
