/** Edit distance between two strings (Levenshtein, case-sensitive). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/**
 * The candidate nearest to `input` (case-insensitive), if it is near enough to be a likely typo:
 * at most a third of the input's length away, and never more than 3 edits.
 */
export function nearest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const score = editDistance(needle, c.toLowerCase());
    if (score < bestScore || (score === bestScore && best !== undefined && c < best)) {
      best = c;
      bestScore = score;
    }
  }
  const limit = Math.min(3, Math.max(1, Math.floor(needle.length / 3)));
  return bestScore <= limit ? best : undefined;
}

/** How published forms write a comply answer, by what chc calls it: "Y", "Compliant", "Partially", "N/A"… */
const COMPLY_WORDS: Record<string, string[]> = {
  yes: ['y', 'yes', 'ye', 'yse', 'compliant', 'complies', 'comply', 'complied', 'fully', 'fully compliant', 'met', 'achieved', 'true', '✓', '✔'],
  no: ['n', 'no', 'non-compliant', 'non compliant', 'noncompliant', 'not compliant', 'not met', 'not achieved', 'false', '✗', '✘', 'x'],
  partial: ['p', 'part', 'partly', 'partial', 'partially', 'partialy', 'partially compliant', 'partly compliant', 'in part', 'partially met'],
  'n/a': ['na', 'n/a', 'n.a.', 'n.a', 'n a', 'not applicable', 'not relevant', 'none'],
};

/** The comply value a near-miss answer means ("Y" → yes, "Partially" → partial), if it is one. */
export function complyGuess(input: string): string | undefined {
  const t = input.trim().toLowerCase().replace(/[.!]+$/, '').replace(/\s+/g, ' ');
  for (const [value, words] of Object.entries(COMPLY_WORDS)) if (words.includes(t)) return value;
  return undefined;
}
