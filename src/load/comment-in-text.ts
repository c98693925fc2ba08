import { diagnostic, type Diagnostic } from '../model/diagnostic.ts';

/**
 * Fields of a response (and of its actions and documents) that hold words, where " #" is more likely part
 * of the text (a number sign, "#target met") than a comment: YAML ends unquoted text there and drops the
 * rest of the line. Fields with short fixed values (comply, status, due, section…) are left alone:
 * `comply: yes   # checked by audit` is an ordinary comment.
 */
const TEXT_FIELDS = new Set(['evidence', 'commentary', 'answer', 'description', 'note', 'title', 'owner']);

/**
 * A line `key: unquoted text #rest`: its indent (and list dash), key, text (starting as plain, unquoted
 * text does) and comment. The text is the shortest that reaches " #", where YAML starts the comment.
 */
const LINE = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_]+):[ \t]+([^\s#'"|>&*!%@`{[,\]}][^\r\n]*?)([ \t]+)(#[^\r\n]*)/;

/**
 * Warnings for unquoted text in an assessment's responses that a " #" cuts short: YAML reads the rest of
 * the line as a comment, so that part of the evidence silently disappears. Reported when the field is one
 * that holds words, the value read really is the text before the "#", and the "#" does not look like an
 * ordinary end-of-line comment (one that follows two or more spaces and is followed by a space): so
 * `evidence: … 5 working days #target met` is reported, `evidence: See policy 4.   # checked` is not.
 * Cheap: only lines with a "#" after other text are looked at, and only matching ones compared with the data.
 */
export function checkCommentsInText(text: string, data: unknown, file: string): Diagnostic[] {
  const responses = (data as { responses?: unknown } | null | undefined)?.responses;
  if (!responses || typeof responses !== 'object' || Array.isArray(responses)) return [];
  const out: Diagnostic[] = [];
  let line = 1;
  let counted = 0;
  for (let hash = text.indexOf('#'); hash !== -1;) {
    const start = text.lastIndexOf('\n', hash - 1) + 1;
    const nl = text.indexOf('\n', hash);
    const end = nl === -1 ? text.length : nl;
    hash = nl === -1 ? -1 : text.indexOf('#', nl);
    const m = LINE.exec(text.slice(start, end));
    if (!m) continue;
    const [, , field, value, gap, comment] = m as unknown as [string, string, string, string, string, string];
    if (!TEXT_FIELDS.has(field)) continue;
    if (gap.length >= 2 && /^#(\s|$)/.test(comment)) continue; // an ordinary end-of-line comment
    const provision = provisionHolding(responses as Record<string, unknown>, field, value.trim());
    if (provision === undefined) continue;
    for (let i = text.indexOf('\n', counted); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line++;
    counted = start;
    const column = m[0].length - comment.length + 1;
    const rest = comment.replace(/\s+$/, '');
    out.push(diagnostic(file, { line, column, endLine: line, endColumn: column + rest.length }, 'warning', 'comment-in-text',
      `the text of "${field}" is cut short at " #": YAML reads "${shorten(rest)}" as a comment and leaves it out`,
      `To keep the words after "#", put the whole text in double quotes ("…"), or write it as a block: ${field}: | with the text on the next line, indented. If they are a note to yourself, put them on a line of their own.`,
      provision));
  }
  return out;
}

/** The provision whose response (or one of whose actions or documents) has `field` equal to `value`. */
function provisionHolding(responses: Record<string, unknown>, field: string, value: string): string | undefined {
  const holds = (o: unknown): boolean => {
    if (!o || typeof o !== 'object') return false;
    const v = (o as Record<string, unknown>)[field];
    return (typeof v === 'string' || typeof v === 'number') && String(v) === value;
  };
  for (const [id, r] of Object.entries(responses)) {
    if (holds(r)) return id;
    const { actions, documents } = (r ?? {}) as { actions?: unknown; documents?: unknown };
    if (Array.isArray(actions) && actions.some(holds)) return id;
    if (Array.isArray(documents) && documents.some(holds)) return id;
  }
  return undefined;
}

function shorten(s: string, max = 40): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
