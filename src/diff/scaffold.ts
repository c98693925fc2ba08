import { Document, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Action, AssessmentData, DocumentRef, Response } from '../model/assessment.ts';
import { expectsOf, type CodeVersion, type Provision } from '../model/code-version.ts';
import { predecessors, type Mapping } from '../model/mapping.ts';
import { statusOf } from './diff-assessments.ts';
import { actionState } from '../model/answer.ts';
import { ASSESSED_ON_COMMENT } from '../validate/rules/assessed-on.ts';

/** What `chc new` starts from: last year's assessment, its Code and the mapping to the new Code. */
export interface ScaffoldSource {
  period: string;
  code: CodeVersion;
  data: AssessmentData;
  mapping: Mapping;
}

/** What the scaffold carried, for the command's report. */
export interface ScaffoldResult {
  yaml: string;
  carried: number;
  unanswered: string[];
  openActions: number;
}

const RANK: Record<string, number> = { yes: 3, partial: 2, no: 1, 'n/a': 0 };

/**
 * One answer carried forward from its predecessors (several when provisions were merged). Open actions
 * go only to a predecessor's main successor (`main`), so a split does not duplicate them.
 */
function carry(from: { id: string; r: Response; main: boolean }[]): Response {
  const out: Response = {};
  const comply = from.map((x) => x.r.comply).filter((c) => c !== undefined);
  if (comply.length) out.comply = comply.reduce((a, b) => (RANK[a!]! <= RANK[b!]! ? a : b));
  const join = (field: 'evidence' | 'commentary'): string | undefined => {
    const texts = [...new Set(from.map((x) => x.r[field]).filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trimEnd()))];
    if (!texts.length) return undefined;
    if (texts.length === 1) return texts[0] + '\n';
    return texts.join('\n\n') + '\n';
  };
  const evidence = join('evidence');
  const answers = from.map((x) => x.r.answer).filter((a) => a !== undefined && String(a).trim() !== '').map(String);
  if (evidence !== undefined) out.evidence = evidence;
  else if (answers.length) out.evidence = answers.join('\n\n').trimEnd() + '\n';
  const docs: DocumentRef[] = [];
  const seen = new Set<string>();
  for (const x of from) {
    for (const d of x.r.documents ?? []) {
      const key = `${d.title}\u0000${d.url ?? d.file ?? ''}\u0000${d.section ?? ''}`;
      if (!seen.has(key)) { seen.add(key); docs.push(structuredClone(d)); }
    }
  }
  if (docs.length) out.documents = docs;
  const commentary = join('commentary');
  if (commentary !== undefined) out.commentary = commentary;
  const actions: Action[] = [];
  for (const x of from) {
    if (!x.main) continue;
    for (const a of x.r.actions ?? []) if (actionState(a) === 'open') actions.push(structuredClone(a));
  }
  if (actions.length) out.actions = actions;
  return out;
}

/**
 * Writes next year's assessment as YAML: every provision of `code` in Code order; each answer carried
 * forward from `source` through its mapping and marked `needs_review`, with its open actions; provisions
 * with no carried answer left empty (so `chc check` reports them). Without a source, a complete skeleton.
 * With `placeholder`, `assessedOn` is only the day the file was written: a comment above it says to set it to the
 * day the self-assessment was completed, and `chc check` warns (`assessed-on`) while the comment is there.
 */
export function scaffoldAssessment(code: CodeVersion, period: string, assessedOn: string, source?: ScaffoldSource, options: { placeholder?: boolean } = {}): ScaffoldResult {
  const preds = source ? predecessors(source.mapping) : new Map();
  const oldProvisions = new Map((source?.code.provisions ?? []).map((p) => [p.id, p]));
  const responses: Record<string, Response | null> = {};
  const comments = new Map<string, string>();
  const unanswered: string[] = [];
  let carried = 0;
  let openActions = 0;
  for (const p of code.provisions) {
    const head = provisionHead(p);
    const prev = (preds.get(p.id) ?? []) as { id: string; entry: { relation: string; to: string[] } }[];
    const from = prev
      .map((x) => ({ id: x.id, relation: x.entry.relation, main: x.entry.to[0] === p.id, to: x.entry.to[0]!, r: source!.data.responses?.[x.id] }))
      .filter((x): x is { id: string; relation: string; main: boolean; to: string; r: Response } => !!x.r && statusOf(oldProvisions.get(x.id), x.r) !== 'unanswered');
    if (source && from.length) {
      const r = carry(from);
      const origin = from.map((x) => `${x.id}${x.relation !== 'same' ? ` (${x.relation})` : ''}`).join(', ');
      r.needs_review = `carried forward from ${source.period} (${source.code.id} Code ${origin}); check it still holds, then delete this line`;
      responses[p.id] = r;
      carried++;
      openActions += r.actions?.length ?? 0;
      comments.set(p.id, ` ${head}\n From ${source.period}, ${source.code.id} Code ${origin}.${actionsElsewhere(p.id, r, from)}`);
    } else {
      responses[p.id] = null;
      unanswered.push(p.id);
      const why = source ? (prev.length ? ` Last year's answer to ${prev.map((x) => x.id).join(', ')} was empty.` : ` New in the ${code.id} Code.`) : '';
      comments.set(p.id, ` ${head}${why}\n ${answerHint(p)}`);
    }
  }
  // `covers` says which entities the assessment covers: it stays true from year to year (review it like the
  // answers). The introduction is not carried: last year's figures and dates would be wrong this year.
  const covers = source?.data.covers?.length ? { covers: [...source.data.covers] } : {};
  const data = { code: code.id, period, assessed_on: assessedOn, ...covers, responses };
  const header = source
    ? ` Carried forward by \`chc new\` from ${source.period} (${source.code.id} Code) into the ${code.id} Code.\n Every carried answer has a needs_review line: check it still holds this year, then delete the line.\n Provisions left empty have no answer yet.`
    : ` A new self-assessment against the ${code.id} Code, written by \`chc new\`. Every provision is listed, empty.`;
  const yaml = assessmentYaml(data, header, {
    assessed_on: options.placeholder ? ASSESSED_ON_COMMENT : undefined,
    covers: covers.covers ? ` The entities this self-assessment covers, as in ${source!.period}: check the list still holds.` : undefined,
    responses: source?.data.introduction?.trim()
      ? ` ${source.period} had an introduction (not carried forward: its figures and dates were that year's).\n Write this year's here, as introduction: | followed by markdown, or leave it out.`
      : undefined,
  }, comments);
  return { yaml, carried, unanswered, openActions };
}

/** The head of a provision's comment in a written assessment: "1.2 Definition of a complaint (must): its summary". */
export function provisionHead(p: Provision): string {
  return `${p.id}${p.title ? ` ${p.title}` : ''} (${p.level}${expectsOf(p) !== 'comply' ? `, ${expectsOf(p)}` : ''}): ${p.summary}`;
}

/**
 * An assessment file as chc writes one (`chc new`, `chc import`): the schema line and `header` as its first comment,
 * `keyComments` above top-level keys, and each response keyed by its quoted id, a blank line apart, with its comment.
 */
export function assessmentYaml(data: Record<string, unknown>, header: string, keyComments: Record<string, string | undefined>, responseComments: ReadonlyMap<string, string>): string {
  const doc = new Document(data);
  doc.commentBefore = ` yaml-language-server: $schema=../../../schemas/assessment.schema.json\n${header}`;
  for (const pair of (doc.contents as YAMLMap<Scalar, unknown>).items as Pair<Scalar, unknown>[]) {
    const comment = keyComments[String(pair.key.value)];
    if (comment !== undefined) pair.key.commentBefore = comment;
  }
  const map = doc.get('responses', true) as YAMLMap<Scalar, unknown>;
  (map.items as Pair<Scalar, unknown>[]).forEach((pair, i) => {
    pair.key.type = 'QUOTE_DOUBLE';
    if (i > 0) pair.key.spaceBefore = true;
    pair.key.commentBefore = responseComments.get(String(pair.key.value));
  });
  return doc.toString({ lineWidth: 0, blockQuote: 'literal', nullStr: '' });
}

/**
 * For a provision carried as `no` or `partial` without actions, because its predecessors' open actions went
 * to their main successor elsewhere: a comment saying where they went and what to do, as `check` will ask
 * for an action here.
 */
function actionsElsewhere(id: string, r: Response, from: { id: string; main: boolean; to: string; r: Response }[]): string {
  if ((r.comply !== 'no' && r.comply !== 'partial') || r.actions?.length) return '';
  const moved = from.filter((x) => !x.main && (x.r.actions ?? []).some((a) => actionState(a) === 'open'));
  if (!moved.length) return '';
  const where = [...new Set(moved.map((x) => x.to))].join(', ');
  const whose = moved.map((x) => x.id).join(', ');
  return `\n The open actions of ${whose} were carried to ${where} (${moved.length === 1 ? 'its main successor' : 'their main successors'}), not here:\n give ${id} an action of its own, or change its answer (${r.comply}).`;
}

function answerHint(p: Provision): string {
  const e = expectsOf(p);
  if (e === 'comply') return 'Answer with comply: yes | no | partial | n/a, and evidence:, documents:, commentary:, actions: (for no or partial).';
  return `Answer with answer: (the ${e} the question asks for).`;
}

/**
 * A new landlord.yaml (chc init, chc import): its schema line and a note of who wrote it, the name, the website and
 * complaints page where they are known, and the rest as comments to fill in.
 */
export function newLandlordYaml(l: { name: string; website?: string | undefined; complaintsPage?: string | undefined }, head: { schema: string; note: string }): string {
  return [
    `# yaml-language-server: $schema=${head.schema}`,
    `# ${head.note}`,
    `name: ${JSON.stringify(l.name)}`,
    l.website ? `website: ${JSON.stringify(l.website)}` : '# website: https://…          (required: your website, where residents find you)',
    '# governing_body: Board       (who approves the self-assessment: Board, Cabinet, Housing Committee)',
    '# member_responsible_for_complaints: …   (the 2024 Code asks for one: by role)',
    l.complaintsPage ? `complaints_page: ${JSON.stringify(l.complaintsPage)}` : '# complaints_page: https://…  (how to complain to you)',
    '',
  ].join('\n');
}
