/** Whether `s` is a real calendar date written YYYY-MM-DD (rejects 2024-02-30). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Today's date as YYYY-MM-DD in UTC, from a clock. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}
