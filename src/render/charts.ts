// Charts as static SVG, made at build time with d3's scales (no script, no DOM): a horizontal bar chart of a few
// series over the years, each bar labelled with its value, so the chart reads in greyscale and without colour;
// the series differ by fill pattern as well as shade. Each chart names itself (`<title>`) and says every value
// in words (`<desc>`), and its page gives the same numbers in a table. Pure: a spec in, SVG markup out.
import { scaleBand, scaleLinear } from 'd3-scale';

/** One chart: rows (a year each), each with one bar per series, and what the values are. */
export interface BarChart {
  /** Unique on its page: the ids of its title and description are made from it. */
  id: string;
  title: string;
  /** The series, in order (a bar in each row, and an entry in the key). */
  series: string[];
  rows: { label: string; values: (number | null)[] }[];
  /** How a value is written on its bar and in the description ("2.5", "60.0%"). */
  format: (v: number) => string;
  /** The scale's top, where values have one (100 for a percentage); else the largest value. */
  max?: number;
  /** Said for a value that is not known. */
  unknown: string;
}

const WIDTH = 360;
/** The room for the rows' labels: at least a year's ("2024-25"), at most about 22 characters. */
const LABEL_MIN = 64;
const LABEL_MAX = 170;
/** About the width of a character of a bold label at 13 px. */
const CHAR = 7;
const BAR = 18;
const KEY_HEIGHT = 28;
const FILLS = ['#1b1b1b', 'url(#{id}-hatch)', '#8c9196'];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The words a screen reader hears for the chart: every row, every series, every value. */
export function chartDescription(c: BarChart): string {
  return c.rows.map((r) => `${r.label}: ${c.series.map((s, i) => `${s} ${r.values[i] === null || r.values[i] === undefined ? c.unknown : c.format(r.values[i]!)}`).join(', ')}`).join('. ') + '.';
}

/** The chart as SVG markup (scales with its container; legible at 320 px wide). */
export function barChartSvg(c: BarChart): string {
  // The rows' labels take the room the longest needs (a year's, at least), up to a limit; a longer one is cut short
  // on the chart, whole in its description and in the table.
  const LABEL = Math.min(LABEL_MAX, Math.max(LABEL_MIN, Math.max(...c.rows.map((r) => r.label.length)) * CHAR + 10));
  const fits = Math.floor((LABEL - 10) / CHAR);
  const shown = (label: string) => (label.length > fits ? `${label.slice(0, fits - 1)}…` : label);
  // One series needs no key: the chart's title says what the bars count.
  const KEY = c.series.length > 1 ? KEY_HEIGHT : 6;
  const rowHeight = c.series.length * BAR + 14;
  const height = KEY + c.rows.length * rowHeight;
  const largest = Math.max(0, ...c.rows.flatMap((r) => r.values.filter((v): v is number => v !== null)));
  const x = scaleLinear().domain([0, c.max ?? (largest || 1)]).range([LABEL, WIDTH - 56]);
  const y = scaleBand().domain(c.rows.map((_, i) => String(i))).range([KEY, height]).paddingInner(0.1);
  const inner = scaleBand().domain(c.series.map((_, i) => String(i))).range([0, y.bandwidth()]).padding(0.08);
  const fill = (i: number) => FILLS[i % FILLS.length]!.replace('{id}', c.id);
  const key = c.series.length < 2 ? '' : c.series.map((s, i) => {
    const at = i * 110;
    return `<rect x="${at}" y="6" width="14" height="14" fill="${fill(i)}" stroke="#1b1b1b"/><text x="${at + 20}" y="18">${escape(s)}</text>`;
  }).join('');
  const rows = c.rows.map((r, i) => {
    const top = y(String(i))!;
    const bars = r.values.map((v, j) => {
      const by = top + inner(String(j))!;
      const bh = inner.bandwidth();
      const w = v === null ? 0 : Math.max(1, x(v) - LABEL);
      const text = v === null ? c.unknown : c.format(v);
      return `<rect x="${LABEL}" y="${by.toFixed(1)}" width="${w.toFixed(1)}" height="${bh.toFixed(1)}" fill="${fill(j)}" stroke="#1b1b1b" stroke-width="0.5"/>`
        + `<text x="${(LABEL + w + 4).toFixed(1)}" y="${(by + bh / 2 + 4).toFixed(1)}">${escape(text)}</text>`;
    }).join('');
    return `<text x="0" y="${(top + y.bandwidth() / 2 + 4).toFixed(1)}" font-weight="700">${escape(shown(r.label))}</text>${bars}`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${c.id}-title ${c.id}-desc" class="chart-svg" font-family="Liberation Sans, Arial, sans-serif" font-size="13" fill="#1b1b1b">`
    + `<title id="${c.id}-title">${escape(c.title)}</title><desc id="${c.id}-desc">${escape(chartDescription(c))}</desc>`
    + `<defs><pattern id="${c.id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#1b1b1b" stroke-width="3"/></pattern></defs>`
    + `<g aria-hidden="true">${key}${rows}<line x1="${LABEL}" y1="${KEY - 4}" x2="${LABEL}" y2="${height}" stroke="#1b1b1b"/></g></svg>`;
}
