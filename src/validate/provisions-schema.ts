// The part of schemas/assessment.schema.json that editors use to know the Code: for each Code version chc ships, the
// provision ids `responses:` may hold (an editor flags another and completes these), each with its number, title,
// level and the Code's text (shown on hover and in completion). Made from code-versions/ by `npm run validators`
// (scripts/validators.ts), so it cannot drift from them: a test compares the two. `chc check` says the same things
// its own way (unknown-provision, with the nearest ids): it validates without this part (schemas.ts). Pure.
import type { CodeVersion, Provision } from '../model/code-version.ts';

/** The top-level key of the assessment schema that holds the generated part: the last one in the file. */
export const PROVISIONS_KEY = 'allOf';

/** What a provision's hover says: its number, title and level, then the Code's text. */
function describe(p: Provision, code: CodeVersion): { description: string; markdownDescription: string } {
  const head = `${p.id}${p.title ? ` ${p.title}` : ''} (${p.level}${p.expects && p.expects !== 'comply' ? `, ${p.expects}` : ''})`;
  const text = p.text.trim();
  return {
    description: `${head}, ${code.title} ${code.id}: ${text}`,
    markdownDescription: `**${head}**, ${code.title} ${code.id}\n\n${text}${p.conditional ? `\n\n*Applies where:* ${p.conditional.trim()}` : ''}`,
  };
}

/** For each Code version (in id order): when `code:` names it, `responses:` holds its provision ids, each described. */
export function provisionsSchema(codes: readonly CodeVersion[]): unknown[] {
  return [...codes].sort((a, b) => (a.id < b.id ? -1 : 1)).map((code) => ({
    if: { type: 'object', properties: { code: { enum: [code.id, ...(/^\d+$/.test(code.id) ? [Number(code.id)] : [])] } }, required: ['code'] },
    then: {
      type: 'object',
      properties: {
        responses: {
          type: 'object',
          propertyNames: { enum: code.provisions.map((p) => p.id) },
          properties: Object.fromEntries(code.provisions.map((p) => [p.id, describe(p, code)])),
        },
      },
    },
  }));
}

/**
 * The assessment schema's text with `part` as its last top-level key (replacing the one there), the rest of the text
 * as it was written.
 */
export function withProvisionsSchema(schemaText: string, part: unknown[]): string {
  const marker = `,\n  "${PROVISIONS_KEY}": `;
  const at = schemaText.lastIndexOf(marker);
  const head = (at >= 0 ? schemaText.slice(0, at) : schemaText.replace(/\n\}\s*$/, '')).replace(/\s+$/, '');
  return `${head}${marker}${JSON.stringify(part, null, 2).replace(/\n/g, '\n  ')}\n}\n`;
}
