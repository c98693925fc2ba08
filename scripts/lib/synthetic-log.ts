// A synthetic complaints log for the benchmark: `rows` complaints over 2024-25 (stage 1, and a fifth escalated to
// stage 2), received on any day of the year, so that their working days cross Christmas, New Year and Easter; the
// columns as tests/fixtures/report's report.yaml maps them. Deterministic (a fixed seed), so runs compare.
const CATEGORIES = ['Repairs', 'Damp and mould', 'Anti-social behaviour', 'Staff conduct', 'Communication', 'Rent and charges'];
const OUTCOMES = ['Upheld', 'Partially upheld', 'Not upheld', 'Withdrawn'];

/** The log's text: a header and `rows` lines. */
export function syntheticLog(rows: number): string {
  let seed = 42;
  const next = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
  const day = (n: number) => new Date(Date.UTC(2024, 3, 1) + n * 86_400_000).toISOString().slice(0, 10);
  const lines = ['Case ref,Stage,Date received,Date acknowledged,Date of response,Extension (days),Category,Outcome,Reason refused'];
  for (let i = 0; i < rows; i++) {
    const received = next(340);
    const acknowledged = received + next(8);
    const responded = acknowledged + 1 + next(30);
    const stage = next(5) === 0 ? 2 : 1;
    const refused = next(40) === 0;
    lines.push(refused
      ? `C${i},${stage},${day(received)},,,,${CATEGORIES[next(6)]},Not accepted,Outside the 12-month time limit`
      : `C${i},${stage},${day(received)},${day(acknowledged)},${day(responded)},${next(8) === 0 ? 10 : ''},${CATEGORIES[next(6)]},${OUTCOMES[next(4)]},`);
  }
  return `${lines.join('\n')}\n`;
}
