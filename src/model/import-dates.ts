// Dates a form's commentary gives for what the landlord will do ("by October 2025", "March 2025", "31 March 2025",
// "in quarter 3 of 2024/25"), for `chc import` to propose as actions with a due date where an answer is no or
// partial (each marked for review with the answer). Pure.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)`;

const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b`, 'i');
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'i');
const QUARTER = /\b(?:quarter|q)\s*([1-4]|one|two|three|four)\b(?:\s+(?:of\s+)?(\d{4})\s*[/-]\s*(\d{2,4}))?/i;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthIndex = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));

/**
 * The due date a sentence gives, YYYY-MM-DD: a day; else a month's last day; else a quarter's last day, of the
 * financial year it names or of `financialYearStart` (the period's first year: quarter 1 is April to June).
 */
export function dueDateIn(sentence: string, financialYearStart: number): string | null {
  const d = DAY_MONTH_YEAR.exec(sentence);
  if (d) {
    const m = monthIndex(d[2]!) + 1;
    const day = Number(d[1]);
    if (m > 0 && day >= 1 && day <= lastDay(Number(d[3]), m)) return `${d[3]}-${pad(m)}-${pad(day)}`;
  }
  const my = MONTH_YEAR.exec(sentence);
  if (my) {
    const m = monthIndex(my[1]!) + 1;
    if (m > 0) return `${my[2]}-${pad(m)}-${pad(lastDay(Number(my[2]), m))}`;
  }
  const q = QUARTER.exec(sentence);
  if (q) {
    const n = ['1', '2', '3', '4'].indexOf(q[1]!) + 1 || ['one', 'two', 'three', 'four'].indexOf(q[1]!.toLowerCase()) + 1;
    const start = q[2] ? Number(q[2]) : financialYearStart;
    // Quarters of a financial year: April-June, July-September, October-December, January-March.
    const [y, m] = n === 4 ? [start + 1, 3] : [start, 3 + n * 3];
    return `${y}-${pad(m)}-${pad(lastDay(y, m))}`;
  }
  return null;
}

/** The sentences of a text, white space made single. */
function sentences(text: string): string[] {
  return text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z])/).map((s) => s.trim()).filter(Boolean);
}

/** Each sentence of `text` that gives a date, as an action proposed: the sentence, and the date it gives. */
export function proposedActions(text: string, financialYearStart: number): { description: string; due: string }[] {
  return sentences(text).flatMap((s) => {
    const due = dueDateIn(s, financialYearStart);
    return due ? [{ description: s, due }] : [];
  });
}
