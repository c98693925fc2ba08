// The annual complaints performance and service improvement report (2024 Code 8.1), as blocks: its parts in the
// Code's order, each a heading and what goes under it, worded once (templates/messages.yaml) for the site's report
// page, the PDF and the DOCX. The renderers only lay the blocks out.
import { say, type Wording } from '../model/wording.ts';
import { isNothing } from '../model/report.ts';
import { MEASURES, shownValue, type Measure } from '../model/annual-figures.ts';
import { barChartSvg, chartDescription } from './charts.ts';
import type { Rich } from './markdown.ts';
import type { AssessmentView, ReportView } from './view-model.ts';

/** A run of text, a link where it has an address, bold where it names the entry. */
export interface Inline { text: string; href?: string; strong?: boolean }

/** A table: a caption (or the part's heading naming it), column headings, and rows led by a row heading or not. */
export interface ReportTable {
  /** The id the table's caption has, or null when the part's heading names the table (no caption). */
  id: string | null;
  caption: string | null;
  head: string[];
  /** Whether each row's first cell heads the row. */
  rowHeads: boolean;
  rows: string[][];
}

/** What goes under a part's heading, in order. */
export type ReportBlock =
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'table'; table: ReportTable }
  /**
   * A chart: as static SVG (with its title and description inside) for the page and the PDF, and as its data for a
   * document that draws it natively (the DOCX): the series, one value each per row (null: not known), in the order
   * shown (newest first), as a number with one decimal place, a percentage or a count, up to `max` where the scale is fixed.
   */
  | { kind: 'chart'; id: string; title: string; description: string; svg: string; series: string[]; rows: { label: string; values: (number | null)[] }[]; unit: 'number' | 'percent' | 'count'; max: number | null }
  | { kind: 'rich'; tree: Rich }
  /** The self-assessment's At a glance, as each output lays it out. */
  | { kind: 'at-a-glance' };

/** The parts of 8.1 by anchor: (a) the self-assessment, (b) performance, (c) findings, (d) learning, (e), (f). */
export type ReportPartId = 'part-a' | 'part-b' | 'part-c' | 'part-d' | 'part-e' | 'part-f';

export interface ReportPart { id: ReportPartId; heading: string; blocks: ReportBlock[] }

/** The parts' headings, in the Code's order: what a document's contents list and the parts themselves say. */
export function reportPartHeadings(view: AssessmentView, w: Wording): { id: ReportPartId; text: string }[] {
  return [
    { id: 'part-a', text: say(w, 'report.partA') },
    { id: 'part-b', text: say(w, 'report.partB') },
    { id: 'part-c', text: say(w, 'report.partC') },
    { id: 'part-d', text: say(w, 'report.partD') },
    { id: 'part-e', text: say(w, 'report.partE', { landlord: view.landlord.name }) },
    { id: 'part-f', text: say(w, 'report.partF') },
  ];
}

const plain = (text: string): Inline[] => [{ text }];

/** Every year of the report, this year first then the earlier ones newest first: the columns of its tables. */
function yearsOf(report: ReportView) {
  return [report.figures, ...report.earlier];
}

function measuresTable(w: Wording, report: ReportView, id: string, caption: string, measures: readonly Measure[]): ReportTable {
  const years = yearsOf(report);
  return {
    id,
    caption,
    head: [say(w, 'report.measure'), ...years.map((y) => y.period)],
    rowHeads: true,
    rows: measures.map((m) => [m.label(w), ...years.map((y) => shownValue(m.value(y), m.unit))]),
  };
}

type Chart = Extract<ReportBlock, { kind: 'chart' }>;

/** A chart block: the SVG drawn from its data, said in words, and the data kept for a document that draws it itself. */
function chart(w: Wording, c: { id: string; title: string; series: string[]; rows: Chart['rows']; unit: Chart['unit']; max: number | null }): Chart {
  const format = c.unit === 'percent' ? (v: number) => `${v.toFixed(1)}%` : c.unit === 'count' ? (v: number) => String(v) : (v: number) => v.toFixed(1);
  const spec = { id: c.id, title: c.title, series: c.series, rows: c.rows, format, ...(c.max === null ? {} : { max: c.max }), unknown: say(w, 'report.unknown') };
  return { kind: 'chart', id: c.id, title: c.title, description: chartDescription(spec), svg: barChartSvg(spec), series: c.series, rows: c.rows, unit: c.unit, max: c.max };
}

const stagesOf = (w: Wording) => [say(w, 'report.stage', { stage: 1 }), say(w, 'report.stage', { stage: 2 })];

/** The TSMs over the years as charts: each said in words in its SVG, the table after them holding the same numbers. */
export function reportCharts(w: Wording, report: ReportView): Chart[] {
  const years = yearsOf(report);
  const series = stagesOf(w);
  return [
    chart(w, { id: 'chart-ch01', title: say(w, 'report.chartCh01'), series, rows: years.map((y) => ({ label: y.period, values: [y.tsm.CH01_1, y.tsm.CH01_2] })), unit: 'number', max: null }),
    chart(w, { id: 'chart-ch02', title: say(w, 'report.chartCh02'), series, rows: years.map((y) => ({ label: y.period, values: [y.tsm.CH02_1, y.tsm.CH02_2] })), unit: 'percent', max: 100 }),
  ];
}

const OUTCOMES = ['upheld', 'partly_upheld', 'not_upheld', 'withdrawn'] as const;

/** The year's responses by outcome, per stage, as a chart and the table of its numbers; none where no outcome is known. */
function outcomeBlocks(w: Wording, report: ReportView): ReportBlock[] {
  const o = report.figures.outcomes;
  if (OUTCOMES.every((k) => o.stage_1[k] === null && o.stage_2[k] === null)) return [];
  const rows = OUTCOMES.map((k) => ({ label: say(w, `outcome.${k}`), values: [o.stage_1[k], o.stage_2[k]] }));
  return [
    chart(w, { id: 'chart-outcomes', title: say(w, 'report.chartOutcomes', { period: report.figures.period }), series: stagesOf(w), rows, unit: 'count', max: null }),
    { kind: 'table', table: {
      id: 'outcomes-caption', caption: say(w, 'report.outcomesCaption'), head: [say(w, 'report.outcome'), ...stagesOf(w)], rowHeads: true,
      rows: rows.map((r) => [r.label, ...r.values.map((v) => shownValue(v, undefined))]),
    } },
  ];
}

/** The year's complaints by category, as a chart and the table of its numbers; none where the year gives none. */
function categoryBlocks(w: Wording, report: ReportView): ReportBlock[] {
  const c = report.figures.categories;
  if (c.length === 0) return [];
  return [
    chart(w, { id: 'chart-categories', title: say(w, 'report.chartCategories', { period: report.figures.period }), series: [say(w, 'report.complaints')], rows: c.map((x) => ({ label: x.category, values: [x.count] })), unit: 'count', max: null }),
    { kind: 'table', table: {
      id: 'categories-caption', caption: say(w, 'report.categoriesCaption'), head: [say(w, 'report.category'), say(w, 'report.count')], rowHeads: true,
      rows: c.map((x) => [x.category, String(x.count)]),
    } },
  ];
}

/** The Ombudsman's determinations of the year by finding, in the schema's order (most severe first), as a chart and a table. */
function findingBlocks(w: Wording, report: ReportView): ReportBlock[] {
  const d = report.ombudsman.determinations;
  if (isNothing(d)) return [];
  const order = ['severe maladministration', 'maladministration', 'service failure', 'no maladministration', 'reasonable redress', 'outside jurisdiction'];
  const counts = order.map((finding) => ({ finding, count: d.filter((x) => x.finding === finding).length })).filter((x) => x.count > 0);
  const label = (f: string) => `${f.charAt(0).toUpperCase()}${f.slice(1)}`;
  const table: ReportBlock = { kind: 'table', table: {
    id: 'findings-caption', caption: say(w, 'report.findingsCaption'), head: [say(w, 'report.finding'), say(w, 'report.count')], rowHeads: true,
    rows: counts.map((x) => [label(x.finding), String(x.count)]),
  } };
  // One determination is said in the list above: a chart of one bar adds nothing.
  if (d.length < 2) return [];
  return [
    chart(w, { id: 'chart-findings', title: say(w, 'report.chartFindings', { period: report.figures.period }), series: [say(w, 'report.determinationsCount')], rows: counts.map((x) => ({ label: label(x.finding), values: [x.count] })), unit: 'count', max: null }),
    table,
  ];
}

/**
 * The parts of the report, in the Code's order (8.1 a–f). Part (a) is the self-assessment: on the site its At a
 * glance and a link to its page (`assessmentHref`); a document holds the whole self-assessment, so it leaves (a) out.
 */
export function reportParts(view: AssessmentView, report: ReportView, opts: { assessmentHref: string | null }): ReportPart[] {
  const w = view.wording;
  const f = report.figures;
  const o = report.ombudsman;
  const tsms = MEASURES.filter((m) => m.key.startsWith('tsm.'));
  const stages = MEASURES.filter((m) => !m.key.startsWith('tsm.'));
  const parts: ReportPart[] = [];
  const headings = new Map(reportPartHeadings(view, w).map((h) => [h.id, h.text]));
  const heading = (id: ReportPartId) => headings.get(id)!;

  if (opts.assessmentHref !== null) {
    parts.push({ id: 'part-a', heading: heading('part-a'), blocks: [
      { kind: 'at-a-glance' },
      { kind: 'paragraph', inlines: [{ text: say(w, 'report.partALink', { period: view.period }), href: opts.assessmentHref }] },
    ] });
  }

  const homes = say(w, 'report.homes', { homes: f.homes.toLocaleString('en-GB'), counted: report.homesCounted });
  parts.push({ id: 'part-b', heading: heading('part-b'), blocks: [
    ...reportCharts(w, report),
    { kind: 'table', table: measuresTable(w, report, 'tsm-caption', say(w, 'report.tsmCaption'), tsms) },
    { kind: 'paragraph', inlines: plain(homes) },
    ...(report.tp09Survey ? [{ kind: 'paragraph' as const, inlines: plain(say(w, 'report.tp09Survey', { survey: report.tp09Survey })) }] : []),
    { kind: 'table', table: measuresTable(w, report, 'figures-caption', say(w, 'report.figuresCaption'), stages) },
    { kind: 'paragraph', inlines: plain(f.source === 'log' ? say(w, 'report.fromLog') : say(w, 'report.stated', { landlord: view.landlord.name })) },
    ...(f.refused.length > 0 ? [{ kind: 'table' as const, table: {
      id: 'refused-caption', caption: say(w, 'report.refusedCaption'), head: [say(w, 'report.reason'), say(w, 'report.count')], rowHeads: true,
      rows: f.refused.map((r) => [r.reason, String(r.count)]),
    } }] : []),
    ...outcomeBlocks(w, report),
    ...categoryBlocks(w, report),
    ...(report.analysis ? [{ kind: 'rich' as const, tree: report.analysis }] : []),
  ] });

  parts.push({ id: 'part-c', heading: heading('part-c'), blocks: [
    { kind: 'subheading', text: say(w, 'report.determinations') },
    isNothing(o.determinations) ? { kind: 'paragraph', inlines: plain(o.determinations.none) } : { kind: 'list', items: o.determinations.map((d) => [
      { text: d.reference, strong: true },
      { text: [
        d.date ? ` (${d.date})` : '',
        `: ${d.finding}.`,
        d.compensation !== undefined ? ` ${say(w, 'report.compensation', { amount: d.compensation.toLocaleString('en-GB') })}` : '',
        d.summary ? ` ${d.summary}` : '',
        d.orders ? ` ${d.orders}` : '',
      ].join('') },
    ]) },
    ...findingBlocks(w, report),
    { kind: 'subheading', text: say(w, 'report.failureOrders') },
    isNothing(o.complaint_handling_failure_orders) ? { kind: 'paragraph', inlines: plain(o.complaint_handling_failure_orders.none) }
      : { kind: 'list', items: o.complaint_handling_failure_orders.map((x) => [{ text: `${x.date}: ` }, { text: x.reason, ...(x.url ? { href: x.url } : {}) }]) },
    { kind: 'subheading', text: say(w, 'report.nonCompliance') },
    isNothing(o.code_non_compliance) ? { kind: 'paragraph', inlines: plain(o.code_non_compliance.none) }
      : { kind: 'list', items: o.code_non_compliance.map((x) => plain(`${x.date ? `${x.date}: ` : ''}${x.finding}${x.response ? ` ${x.response}` : ''}`)) },
  ] });

  parts.push({ id: 'part-d', heading: heading('part-d'), blocks: [
    isNothing(report.learning) ? { kind: 'paragraph', inlines: plain(report.learning.none) } : { kind: 'table', table: {
      id: null, caption: null, head: [say(w, 'report.learned'), say(w, 'report.changed'), say(w, 'report.when')], rowHeads: false,
      rows: report.learning.map((x) => [x.learned, x.changed, x.when ?? '']),
    } },
  ] });

  const annual = report.annualReport;
  parts.push({ id: 'part-e', heading: heading('part-e'), blocks: [
    isNothing(annual) ? { kind: 'paragraph', inlines: plain(annual.none) }
      : { kind: 'paragraph', inlines: [{ text: annual.title, href: annual.url }, ...(annual.summary ? [{ text: ` ${annual.summary}` }] : [])] },
  ] });

  const pubs = report.publications;
  parts.push({ id: 'part-f', heading: heading('part-f'), blocks: [
    isNothing(pubs) ? { kind: 'paragraph', inlines: plain(pubs.none) }
      : { kind: 'list', items: pubs.map((x) => [{ text: x.title, ...(x.url ? { href: x.url } : {}) }, ...(x.summary ? [{ text: ` ${x.summary}` }] : [])]) },
  ] });
  return parts;
}

/** A run of inlines as plain text (a document's alternative text, a test's expectation). */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((i) => i.text).join('');
}
