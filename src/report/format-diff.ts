import type { AssessmentDiff, LandlordChange, ProvisionDiff, TextChange } from '../diff/diff-assessments.ts';
import type { DiffPart } from '../diff/text-diff.ts';
import { PLAIN, type Paint } from './format-pretty.ts';


/** A word diff as text: [-deleted-]{+inserted+}, cut after `limit` characters. */
export function formatWordDiff(parts: DiffPart[], paint: Paint = PLAIN, limit = 600): string {
  let out = '';
  let shown = 0;
  let hidden = 0;
  for (const p of parts) {
    const text = p.text.replace(/\s+/g, ' ');
    if (shown > limit) {
      if (p.op !== 'equal') hidden++;
      continue;
    }
    const cut = (t: string, n: number) => (t.length > 2 * n + 5 ? `${t.slice(0, n)} … ${t.slice(-n)}` : t);
    const piece = p.op === 'insert' ? paint.green(`{+${cut(text, 120)}+}`) : p.op === 'delete' ? paint.red(`[-${cut(text, 120)}-]`) : cut(text, 70);
    out += piece;
    shown += piece.length;
  }
  return hidden ? `${out.trim()} … (${hidden} more change${hidden === 1 ? '' : 's'})` : out.trim();
}

/** A word diff as markdown: ~~deleted~~ and **inserted**. */
export function markdownWordDiff(parts: DiffPart[]): string {
  const esc = (s: string) => s.replace(/([\\`*_~<>[\]|])/g, '\\$1').replace(/\s+/g, ' ');
  return parts.map((p) => {
    const t = esc(p.text);
    if (!t.trim()) return t;
    const lead = t.match(/^\s*/)![0];
    const trail = t.match(/\s*$/)![0];
    const core = t.trim();
    return p.op === 'insert' ? `${lead}<ins>${core}</ins>${trail}` : p.op === 'delete' ? `${lead}<del>${core}</del>${trail}` : t;
  }).join('').trim();
}

function summaryLines(d: AssessmentDiff): string[] {
  const s = d.summary;
  return [
    `improved ${s.improved} · regressed ${s.regressed} · unchanged ${s.unchanged} · not answered in either year ${s.unanswered_both} · new provisions ${s.new} · newly answered ${s.newly_answered} · no longer answered ${s.no_longer_answered}`,
    `overdue actions: ${s.overdue_actions}`,
    `answers whose evidence, documents or commentary changed: ${s.text_changed}`,
    // Only across a change of Code: within one Code every provision is its own successor.
    ...(d.from.code !== d.to.code ? [`provisions of the ${d.from.code} Code with no successor: ${s.dropped}`] : []),
  ];
}

/** A change of what the assessments record about the landlord, after its field name: "A, B → A, B, C". */
function landlordChangeText(c: LandlordChange): string {
  const side = (x: string | string[]) => (Array.isArray(x) ? (x.length ? x.join(', ') : 'none') : x);
  return `${side(c.from)} → ${side(c.to)}`;
}

function headline(d: AssessmentDiff, name?: string): string {
  return `${name ?? d.landlord}: what changed from ${d.from.period} (${d.from.code} Code) to ${d.to.period} (${d.to.code} Code)`;
}

function provisionLine(p: ProvisionDiff): string {
  const from = p.previous.length ? ` — from ${p.previous.join(', ')}${p.relation && p.relation !== 'same' ? ` (${p.relation})` : ''}` : '';
  const st = p.change === 'new provision' ? p.status.to : `${p.status.from} → ${p.status.to}`;
  return `${p.id}${p.title ? ` ${p.title}` : ''}: ${p.change} (${st})${from}`;
}

function textFields(p: ProvisionDiff): [string, TextChange][] {
  return ([['evidence', p.evidence], ['commentary', p.commentary], ['answer', p.answer]] as [string, TextChange][]).filter(([, t]) => t.changed);
}

/** The diff as plain text for a terminal. */
export function formatDiffText(d: AssessmentDiff, options: { name?: string; paint?: Paint; all?: boolean } = {}): string {
  const paint = options.paint ?? PLAIN;
  const lines = [paint.bold(headline(d, options.name)), '', paint.bold('Summary'), ...summaryLines(d).map((l) => `  ${l}`)];
  if (d.landlord_changes.length) {
    lines.push('', paint.bold('Landlord details that changed'), ...d.landlord_changes.map((c) => `  ${c.field}: ${landlordChangeText(c)}`));
  }
  if (d.summary.code_changes.length) {
    lines.push('', paint.bold(`Changes in the Code that matter (${d.from.code} → ${d.to.code})`));
    const multi = new Set(d.summary.code_changes.map((c) => c.step)).size > 1;
    for (const c of d.summary.code_changes) lines.push(`  - ${multi ? `(${c.step}) ` : ''}${c.from.length ? c.from.join(', ') : 'new'} → ${c.to.join(', ') || 'dropped'}: ${c.note}`);
  }
  // Provisions answered in neither year are "unchanged" in the data, but listed (and counted) apart.
  const neither = (p: ProvisionDiff) => p.change === 'unchanged' && p.status.from === 'unanswered' && p.status.to === 'unanswered';
  const order: [string, (p: ProvisionDiff) => boolean][] = [
    ...(['regressed', 'no longer answered', 'improved', 'newly answered', 'new provision'] as const).map((c) => [c, (p: ProvisionDiff) => p.change === c] as [string, (p: ProvisionDiff) => boolean]),
    ['unchanged', (p) => p.change === 'unchanged' && !neither(p)],
    ['not answered in either year', neither],
  ];
  lines.push('', paint.bold('Provisions'));
  for (const [change, belongs] of order) {
    const group = d.provisions.filter(belongs);
    if (!group.length) continue;
    const quietKind = group[0]!.change === 'unchanged';
    lines.push(`  ${paint.bold(change)} (${group.length})`);
    for (const p of group) {
      const texts = textFields(p);
      const quiet = quietKind && !texts.length && !p.documents.changed && !p.actions.length;
      if (quiet && !options.all) continue;
      lines.push(`    ${provisionLine(p)}`);
      for (const [name, t] of texts) lines.push(`        ${name}: ${formatWordDiff(t.diff, paint)}`);
      if (p.documents.changed) {
        for (const a of p.documents.added) lines.push(`        document added: ${a}`);
        for (const r of p.documents.removed) lines.push(`        document removed: ${r}`);
      }
      for (const a of p.actions) lines.push(`        action ${a.change}: ${a.description}${a.due ? ` (due ${a.due})` : ''}`);
    }
    const quietCount = group.filter((p) => !textFields(p).length && !p.documents.changed && !p.actions.length).length;
    // "… and 9 more" only after some are listed; when none is, the count alone says it.
    const listed = group.length - (options.all ? 0 : quietCount);
    if (quietKind && !options.all && quietCount) lines.push(listed > 0 ? `    … and ${quietCount} with no change at all (--all lists them)` : `    ${quietCount === 1 ? 'it has no change at all (--all lists it)' : `all ${quietCount} have no change at all (--all lists them)`}`);
  }
  if (d.dropped.length) {
    lines.push('', paint.bold(`No longer in the Code (${d.from.code} provisions with no successor)`));
    for (const x of d.dropped) {
      const said = x.evidence ? `: “${x.evidence.replace(/\s+/g, ' ').slice(0, 120)}${x.evidence.length > 120 ? '…' : ''}”` : '';
      lines.push(`  ${x.id}${x.title ? ` ${x.title}` : ''} (${x.status})${said}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** The diff as markdown, fit for a pull-request comment or a CI job summary. */
export function formatDiffMarkdown(d: AssessmentDiff, options: { name?: string } = {}): string {
  const s = d.summary;
  const out = [`## ${headline(d, options.name)}`, ''];
  out.push('| improved | regressed | unchanged | not answered in either year | new provisions | newly answered | no longer answered | overdue actions |',
    '|---|---|---|---|---|---|---|---|',
    `| ${s.improved} | ${s.regressed} | ${s.unchanged} | ${s.unanswered_both} | ${s.new} | ${s.newly_answered} | ${s.no_longer_answered} | ${s.overdue_actions} |`, '');
  if (d.landlord_changes.length) {
    const esc = (t: string) => t.replace(/([\\`*_~<>[\]|])/g, '\\$1');
    out.push('### Landlord details that changed', '', ...d.landlord_changes.map((c) => `- **${c.field}**: ${esc(landlordChangeText(c))}`), '');
  }
  if (s.code_changes.length) {
    out.push(`### Changes in the Code that matter (${d.from.code} → ${d.to.code})`, '');
    const multi = new Set(s.code_changes.map((c) => c.step)).size > 1;
    for (const c of s.code_changes) out.push(`- ${multi ? `(${c.step}) ` : ''}**${c.from.length ? c.from.join(', ') : 'new'} → ${c.to.join(', ') || 'dropped'}**: ${c.note}`);
    out.push('');
  }
  const changed = d.provisions.filter((p) => p.change !== 'unchanged');
  if (changed.length) {
    out.push('### Answers that changed', '', '| provision | change | before | now | previously |', '|---|---|---|---|---|');
    for (const p of changed) out.push(`| ${p.id}${p.title ? ` ${p.title}` : ''} | ${p.change} | ${p.status.from} | ${p.status.to} | ${p.previous.join(', ') || '—'} |`);
    out.push('');
  }
  const actions = d.provisions.flatMap((p) => p.actions.map((a) => ({ p, a })));
  if (actions.length) {
    out.push('### Actions', '', '| provision | action | owner | due | change |', '|---|---|---|---|---|');
    for (const { p, a } of actions) out.push(`| ${p.id} | ${a.description.replace(/\|/g, '\\|')} | ${a.owner ?? '—'} | ${a.due ?? '—'} | ${a.change} |`);
    out.push('');
  }
  const texts = d.provisions.filter((p) => textFields(p).length || p.documents.changed);
  if (texts.length) {
    out.push(`<details><summary>Evidence, documents and commentary that changed (${texts.length})</summary>`, '');
    for (const p of texts) {
      out.push(`#### ${p.id}${p.title ? ` ${p.title}` : ''}`, '');
      for (const [name, t] of textFields(p)) out.push(`*${name}:* ${markdownWordDiff(t.diff)}`, '');
      for (const a of p.documents.added) out.push(`*document added:* ${a}`, '');
      for (const r of p.documents.removed) out.push(`*document removed:* ${r}`, '');
    }
    out.push('</details>', '');
  }
  if (d.dropped.length) {
    out.push(`### No longer in the Code (${d.dropped.length})`, '', '| provision | answer | note |', '|---|---|---|');
    for (const x of d.dropped) out.push(`| ${x.id}${x.title ? ` ${x.title}` : ''} | ${x.status} | ${(x.note ?? '').replace(/\|/g, '\\|')} |`);
    out.push('');
  }
  return out.join('\n');
}
