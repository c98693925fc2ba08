import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { Io } from '../../src/cli/io.ts';
import { REPO } from '../helpers/project.ts';

/**
 * Fuzzing `chc check` with mutated copies of the bundled examples: whatever the damage, the CLI must
 * answer with diagnostics (exit 0 or 1), never with a fault (exit 2, "internal error", a stack trace).
 *
 * A copy of assessments/ is made once. Each run mutates some of its files (up to one list of mutations
 * per file: the three assessments, the two landlord.yaml files and the markdown evidence), runs
 * `main(['check', '--root', copy, '--format', 'json'])` in process, checks the answer, and puts the
 * originals back. Each mutated file is a case; mutating several per run shares the cost of a check (the
 * Code versions, the evidence outline) between them, which is what makes thousands of cases fit in about
 * a minute. A failure shrinks to the fewest, smallest mutations that still fail: add it to
 * tests/fixtures/invalid/ as a case.
 *
 * Reproducible by default (a fixed seed); FUZZ_SEED and FUZZ_RUNS override (e.g. FUZZ_SEED=$RANDOM).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20260115);
const RUNS = Number(process.env.FUZZ_RUNS ?? 450);

/** The files of the examples that are mutated, relative to the root. */
const TARGETS = [
  'assessments/plus-dane/2023-24/assessment.yaml',
  'assessments/homes-plus/2022-23/assessment.yaml',
  'assessments/plus-dane/2020-21/assessment.yaml',
  'assessments/plus-dane/landlord.yaml',
  'assessments/homes-plus/landlord.yaml',
  'assessments/homes-plus/evidence/complaints-policy.md',
];

// ---------------------------------------------------------------------------------------------------
// Mutations: plain data (so a counterexample prints readably), applied to the file's bytes.

/** Text and bytes that mean something to YAML (or to UTF-8) when dropped into a file. */
const TOKENS: (string | number[])[] = [
  ':', ': ', '-', '- ', '#', ' #', '&', '&a ', '*', '*a', '!', '!!str ', '!!binary ', '!foo ', '|', '|-', '>', '>+', "'", '"',
  '{', '}', '[', ']', ',', '?', '? ', '%', '@', '`', '\t', '\n', '\r\n', '\r', ' ', '    ', '---\n', '...\n', '<<: *a\n',
  '~', 'null', 'true', 'yes', 'No', '.inf', '.nan', '0x1F', '1e400', '2024-02-30', '"\\u', '\\',
  'é', '£', '€', '\u00a0', '\u2028', '\u200b', '\ufeff', '😀', 'ﬁ',
  '<script>alert(1)</script>', '[x](javascript:alert(1))', 'jane.doe@gmail.com', '07700 900123', 'Mrs Smith', '# Heading\n', '## 7.4. Stage\n',
  [0xff], [0xa3], [0xc3], [0x80], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0x00], [0x1b],
];

/** Values of other types (and of other shapes) that replace a scalar. */
const VALUES = [
  '', '~', 'null', 'true', 'false', '42', '-1.5', '0', '1e400', '.nan', '[]', '{}', '[a, b]', '{a: 1}', '"quoted"', "'single'",
  '|', '>', '2024-02-30', '2023-13-01', 'yes', 'no', 'partial', 'n/a', 'Yes', '"1990"', '2099', '*nowhere', '&here value',
  '!!str x', '"unterminated', "'unterminated", '[[[[[[', '{{{', 'javascript:alert(1)', '../../../../etc/passwd', '/etc/passwd',
  '../evidence', '.', 'https://', '"5.10"', '5.10', '-', '- a', '? a', 'a: b', '#', 'x'.repeat(3000),
  '[~]', '[1, ~]', '[{}]', '[[]]', '{a: ~}', '[a, 7, ~]', '{emails: [~]}', '{title: x}', '[{title: x, file: ../../x.md}]',
];

type Op =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; token: string | number[] }
  | { kind: 'replace'; at: number; token: string | number[] }
  | { kind: 'duplicate-line' | 'delete-line'; line: number }
  | { kind: 'swap-lines'; line: number; other: number }
  | { kind: 'indent'; line: number; by: number }
  | { kind: 'tab-indent'; line: number }
  | { kind: 'value'; line: number; value: string }
  | { kind: 'truncate'; at: number };

const position = fc.nat({ max: 1_000_000 });
const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  // Any code points (lone surrogates included): cheaper than fc.string({ unit: 'binary' }), which is slow to generate.
  { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 0x10ffff }), { minLength: 1, maxLength: 3 }).map((cps) => String.fromCodePoint(...cps)) },
);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position, token }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: position, token }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('duplicate-line' as const, 'delete-line' as const), line: position }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap-lines' as const), line: position, other: position }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('indent' as const), line: position, by: fc.integer({ min: -4, max: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('tab-indent' as const), line: position }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('value' as const), line: position, value: fc.constantFrom(...VALUES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: position }) },
);
/** For each target, its mutations, or null to leave it as it is (most runs mutate most files). */
const mutations = fc.tuple(...TARGETS.map(() => fc.option(fc.array(op, { minLength: 1, maxLength: 4 }), { freq: 4 })))
  .filter((m) => m.some((ops) => ops !== null));

const bytesOf = (t: string | number[]) => (typeof t === 'string' ? Buffer.from(t, 'utf8') : Buffer.from(t));

/** Splits into lines, each keeping its "\n". */
function lines(b: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < b.length; i++) if (b[i] === 0x0a) { out.push(b.subarray(start, i + 1)); start = i + 1; }
  if (start < b.length) out.push(b.subarray(start));
  return out;
}

function apply(input: Buffer, o: Op): Buffer {
  const at = (n: number) => (input.length === 0 ? 0 : n % (input.length + 1));
  switch (o.kind) {
    case 'delete': { const i = at(o.at); return Buffer.concat([input.subarray(0, i), input.subarray(i + o.length)]); }
    case 'insert': { const i = at(o.at); return Buffer.concat([input.subarray(0, i), bytesOf(o.token), input.subarray(i)]); }
    case 'replace': { const i = at(o.at); return Buffer.concat([input.subarray(0, i), bytesOf(o.token), input.subarray(i + 1)]); }
    case 'truncate': return input.subarray(0, at(o.at));
    default: break;
  }
  const ls = lines(input);
  if (ls.length === 0) return input;
  const n = o.line % ls.length;
  switch (o.kind) {
    case 'duplicate-line': ls.splice(n, 0, ls[n]!); break;
    case 'delete-line': ls.splice(n, 1); break;
    case 'swap-lines': { const m = o.other % ls.length; [ls[n], ls[m]] = [ls[m]!, ls[n]!]; break; }
    case 'indent': {
      const l = ls[n]!;
      ls[n] = o.by >= 0 ? Buffer.concat([Buffer.alloc(o.by, 0x20), l]) : l.subarray(Math.min(-o.by, l.length - l.toString('latin1').trimStart().length));
      break;
    }
    case 'tab-indent': { const t = ls[n]!.toString('latin1'); const rest = t.trimStart(); ls[n] = Buffer.concat([Buffer.from('\t'), ls[n]!.subarray(t.length - rest.length)]); break; }
    case 'value': {
      // `key: value` → `key: <other value>`; a line without a colon gets the value appended.
      const l = ls[n]!;
      const colon = l.indexOf(': ');
      const end = l[l.length - 1] === 0x0a ? l.length - 1 : l.length;
      ls[n] = colon >= 0 ? Buffer.concat([l.subarray(0, colon + 2), Buffer.from(o.value), l.subarray(end)]) : Buffer.concat([l.subarray(0, end), Buffer.from(` ${o.value}`), l.subarray(end)]);
      break;
    }
  }
  return Buffer.concat(ls);
}

// ---------------------------------------------------------------------------------------------------

let root: string;
const ORIGINALS = new Map<string, Buffer>();
const stats = { runs: 0, files: 0, exit0: 0, exit1: 0, diagnostics: 0, slowestMs: 0, checkMs: 0, rules: new Map<string, number>() };

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'chc-fuzz-'));
  cpSync(join(REPO, 'assessments'), join(root, 'assessments'), { recursive: true });
  for (const t of TARGETS) ORIGINALS.set(t, readFileSync(join(root, t)));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

interface JsonDiagnostic { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; rule: string; provision: string | null; message: string; hint: string }

describe('fuzz: chc check on mutated examples', () => {
  it(`never faults (seed ${SEED}, ${RUNS} runs, each mutating some of ${TARGETS.length} files)`, async () => {
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(mutations, async (m) => {
        const written = new Map<string, Buffer>();
        m.forEach((ops, i) => {
          if (ops === null) return;
          const content = ops.reduce(apply, ORIGINALS.get(TARGETS[i]!)!);
          writeFileSync(join(root, TARGETS[i]!), content);
          written.set(TARGETS[i]!, content);
        });
        let out = '';
        let err = '';
        const io: Io = {
          stdout: { write: (s: string) => ((out += s), true) },
          stderr: { write: (s: string) => ((err += s), true) },
          env: {},
          cwd: root,
          now: () => new Date('2026-01-15T12:00:00Z'),
        };
        const t0 = performance.now();
        let code: number;
        try {
          code = await main(['check', '--root', root, '--format', 'json'], io);
        } finally {
          for (const t of written.keys()) writeFileSync(join(root, t), ORIGINALS.get(t)!);
        }
        const ms = performance.now() - t0;

        expect(err).not.toMatch(/internal error/);
        expect(err + out).not.toMatch(/^ {4}at /m);
        expect([0, 1]).toContain(code);
        const report = JSON.parse(out) as { diagnostics: JsonDiagnostic[]; summary: { errors: number; assessments: unknown[] } };
        expect(report.summary.assessments).toHaveLength(3);
        expect(code).toBe(report.summary.errors > 0 ? 1 : 0);
        for (const d of report.diagnostics) {
          expect(d.file).toMatch(/^(assessments|code-versions)\//);
          expect(d.rule).toMatch(/^[a-z-]+$/);
          expect(['error', 'warning', 'info']).toContain(d.severity);
          expect(d.message.trim()).not.toBe('');
          expect(d.hint.trim()).not.toBe('');
          expect(Number.isInteger(d.line) && d.line >= 1 && Number.isInteger(d.column) && d.column >= 1).toBe(true);
          expect(d.endLine * 1e6 + d.endColumn).toBeGreaterThanOrEqual(d.line * 1e6 + d.column);
          // The position lies in the file: not past its last line.
          const bytes = written.get(d.file);
          if (bytes) expect(d.line).toBeLessThanOrEqual(lines(bytes).length + 1);
        }

        stats.runs++;
        stats.files += written.size;
        stats.diagnostics += report.diagnostics.length;
        stats[code === 0 ? 'exit0' : 'exit1']++;
        stats.slowestMs = Math.max(stats.slowestMs, ms);
        stats.checkMs += ms;
        for (const d of report.diagnostics) stats.rules.set(d.rule, (stats.rules.get(d.rule) ?? 0) + 1);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: false },
    );
    const seconds = (performance.now() - started) / 1000;
    // The figures, for the record (and to tune RUNS): cases, time, what was found.
    console.log(`fuzz: ${stats.files} mutated files in ${stats.runs} runs, ${seconds.toFixed(1)} s (${(stats.checkMs / 1000).toFixed(1)} s in chc check; slowest run ${stats.slowestMs.toFixed(0)} ms); ` +
      `exit 0: ${stats.exit0}, exit 1: ${stats.exit1}; ${stats.diagnostics} diagnostics: ` +
      [...stats.rules].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', '));
    if (!process.env.FUZZ_RUNS) expect(stats.files).toBeGreaterThanOrEqual(2000);
  }, 300_000);
});
