/** Something a rule found inside a text: the characters [start, end) and what to call it in a message. */
export interface Finding {
  start: number;
  end: number;
  what: string;
  /** What else goes with it, for the message ("the text after it, up to the next blank line: …"). */
  note?: string;
}

/**
 * At most this many findings of one rule are reported per text, each at its own place; the last one
 * reported says how many more there are. A text with more is most likely pasted from elsewhere whole, and
 * a screenful of warnings about one text helps nobody.
 */
export const MAX_FINDINGS_PER_TEXT = 10;

/** The findings to report (the first MAX_FINDINGS_PER_TEXT), the last carrying the number left unreported. */
export function findingsLimited(findings: Finding[]): { finding: Finding; more: number }[] {
  const shown = findings.slice(0, MAX_FINDINGS_PER_TEXT);
  const more = findings.length - shown.length;
  return shown.map((finding, i) => ({ finding, more: i === shown.length - 1 ? more : 0 }));
}
