/** A financial-year period such as "2023-24": April 2023 to March 2024. */
export interface Period {
  label: string;
  startYear: number;
  /** First day, YYYY-MM-DD (1 April). */
  start: string;
  /** Last day, YYYY-MM-DD (31 March). */
  end: string;
}

/** Parses "2023-24"; undefined unless the second year follows the first. */
export function parsePeriod(label: string): Period | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(label);
  if (!m) return undefined;
  const startYear = Number(m[1]);
  if ((startYear + 1) % 100 !== Number(m[2])) return undefined;
  return { label, startYear, start: `${year(startYear)}-04-01`, end: `${year(startYear + 1)}-03-31` };
}

/** A year as four digits, as dates are written ("0001", not "1"). */
const year = (y: number) => String(y).padStart(4, '0');

/** The last day a self-assessment of the period is usually completed by: the end of the year after it (31 March). */
export function latestAssessedOn(p: Period): string {
  return `${year(p.startYear + 2)}-03-31`;
}

/**
 * Whether a period can have been assessed against a Code that came into force on `inForce`: one in force by the
 * time its self-assessment is due (the end of the year after it), as 2023-24 was against the 2024 Code.
 */
export function assessableAgainst(p: Period, inForce: string): boolean {
  return inForce <= latestAssessedOn(p);
}

/** Compares periods by their start year. */
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
