/**
 * Orders provision ids as the Code numbers them: "4.2" before "4.11", "2a" before "10a", "5" before "5.1".
 * Every list of provisions, in every output and format, is in this order, never in text order.
 */
export function compareIds(a: string, b: string): number {
  const pa = tokens(a);
  const pb = tokens(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "4.11" → [4, 11]; "2a" → [2, "a"]. */
function tokens(id: string): (number | string)[] {
  return (id.match(/\d+|[^\d.\s]+/g) ?? []).map((t) => (/^\d+$/.test(t) ? Number(t) : t.toLowerCase()));
}

/** The section a provision id belongs to: its leading number ("4.11" → "4", "2a" → "2"), or the id itself. */
export function sectionOfId(id: string): string {
  return /^\d+/.exec(id)?.[0] ?? id;
}
