import { isIsoDate } from '../model/date.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** "28 May 2025", so the reader can see the date was understood. */
const spoken = (y: number, m: number, d: number) => `${d} ${MONTH_NAMES[m - 1]} ${y}`;

/** A month by its name or its first three letters ("Oct", "october"). */
function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
  return i === -1 ? undefined : i + 1;
}

/**
 * What to say about a date that is not a real YYYY-MM-DD date, in the words of someone who wrote it
 * another way: day first (28/05/2025, the UK habit: read as 28 May), with slashes the other way round,
 * with one digit, with a time, in words (31 October 2025), or without a day (2025-10). The message says
 * what is wrong; the hint gives the same date written as YYYY-MM-DD whenever it can be worked out.
 */
export function dateAdvice(value: unknown): { message: string; hint: string } {
  const shown = JSON.stringify(value);
  const generic = 'Write dates as YYYY-MM-DD, e.g. 2025-05-28.';
  if (typeof value !== 'string') return { message: `${shown} is not a date`, hint: generic };
  const s = value.trim();
  const suggest = (y: number, m: number, d: number, how: string): { message: string; hint: string } => {
    const date = iso(y, m, d);
    return isIsoDate(date)
      ? { message: `${shown} is ${how}`, hint: `Write dates as YYYY-MM-DD, e.g. ${date} (${spoken(y, m, d)}).` }
      : { message: `${shown} is ${how}, and is not a real date`, hint: `Write dates as YYYY-MM-DD, e.g. 2025-05-28, and check the day exists in that month.` };
  };
  let m: RegExpExecArray | null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    return { message: `${shown} is not a real date`, hint: 'Write the date as YYYY-MM-DD, e.g. 2024-06-12, and check the day exists in that month.' };
  }
  if ((m = /^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}/.exec(s)) && isIsoDate(m[1]!)) {
    return { message: `${shown} has a time as well as a date`, hint: `Write the date alone, as YYYY-MM-DD: ${m[1]}.` };
  }
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s))) return suggest(+m[1]!, +m[2]!, +m[3]!, 'not written as YYYY-MM-DD');
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s))) {
    const [a, b, y] = [+m[1]!, +m[2]!, +m[3]!];
    // Day first, as in the UK, unless only the other way round makes a date (05/28/2025).
    return a <= 12 && b > 12 ? suggest(y, a, b, 'written month first') : suggest(y, b, a, 'written day first');
  }
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(s)) && monthOf(m[2]!)) return suggest(+m[3]!, monthOf(m[2]!)!, +m[1]!, 'written in words');
  if ((m = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(s)) && monthOf(m[1]!)) return suggest(+m[3]!, monthOf(m[1]!)!, +m[2]!, 'written in words');
  const month = (y: number, mo: number) => ({
    message: `${shown} has no day`,
    hint: `Write a whole date as YYYY-MM-DD, e.g. ${iso(y, mo, new Date(Date.UTC(y, mo, 0)).getUTCDate())} for the end of ${MONTH_NAMES[mo - 1]} ${y}.`,
  });
  if ((m = /^(\d{4})[-/](\d{1,2})$/.exec(s)) && +m[2]! >= 1 && +m[2]! <= 12) return month(+m[1]!, +m[2]!);
  if ((m = /^([A-Za-z]+\.?),?\s+(\d{4})$/.exec(s)) && monthOf(m[1]!)) return month(+m[2]!, monthOf(m[1]!)!);
  return { message: `${shown} is not a date`, hint: generic };
}
