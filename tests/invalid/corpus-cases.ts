import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { REPO, TEST_CODES } from '../helpers/project.ts';

/** The invalid corpus: one folder per case, each a small project root with a case.yaml. */
export const CORPUS = join(REPO, 'tests/fixtures/invalid');

/** One diagnostic a case expects. `message` is compared exactly; `hint` must be contained in the hint. */
export interface Expected {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  file: string;
  line: number;
  column: number;
  provision?: string;
  message?: string;
  hint?: string;
}

/**
 * What git cannot hold well, made in the temporary copy at test time: a symbolic link (`symlink`, with
 * `target` as written in the link), a file padded to a size (`pad`, `bytes`), a file re-encoded from
 * UTF-8 to Latin-1 (`latin1`), CRLF line ends (`crlf`), a byte-order mark (`bom`). Applied in order.
 */
export type Generate =
  | { symlink: string; target: string }
  | { pad: string; bytes: number }
  | { latin1: string }
  | { crlf: string }
  | { bom: string };

/** A case.yaml. */
export interface CaseSpec {
  description: string;
  /** test: tests/fixtures/code-versions; real: the bundled ones; own: the case's code-versions/. */
  codes: 'test' | 'real' | 'own';
  today: string;
  /** The exit code of `chc check --root <case>`. */
  exit: 0 | 1;
  expect: Expected[];
  generate?: Generate[];
  /** Also build the site's view model and check its HTML is sanitised (unsafe markdown and URLs). */
  render?: boolean;
  /** Also run the real CLI (a child process) on it. */
  cli?: boolean;
  /** The check must finish within this many milliseconds. */
  timeout_ms?: number;
}

/** The names of the cases, sorted. */
export function caseNames(): string[] {
  return readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

/** A case's case.yaml. */
export function readCase(name: string): CaseSpec {
  return parse(readFileSync(join(CORPUS, name, 'case.yaml'), 'utf8')) as CaseSpec;
}

/** A temporary copy of a case's project (without case.yaml), with its generated content; removed by cleanup. */
export function materialise(name: string, spec: CaseSpec): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), `chc-invalid-${name}-`));
  cpSync(join(CORPUS, name), root, { recursive: true, filter: (src) => src !== join(CORPUS, name, 'case.yaml') });
  for (const g of spec.generate ?? []) {
    if ('symlink' in g) {
      const path = join(root, g.symlink);
      mkdirSync(dirname(path), { recursive: true });
      symlinkSync(g.target, path);
    } else if ('pad' in g) {
      const path = join(root, g.pad);
      const missing = g.bytes - readFileSync(path).byteLength;
      appendFileSync(path, `#${' '.repeat(Math.max(0, missing - 2))}\n`);
    } else if ('latin1' in g) {
      const path = join(root, g.latin1);
      writeFileSync(path, Buffer.from(readFileSync(path, 'utf8'), 'latin1'));
    } else if ('crlf' in g) {
      const path = join(root, g.crlf);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\r?\n/g, '\r\n'));
    } else if ('bom' in g) {
      const path = join(root, g.bom);
      writeFileSync(path, '\uFEFF' + readFileSync(path, 'utf8'));
    }
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** The Code versions folder a case runs with (undefined: the bundled ones). */
export function codeVersionsOf(spec: CaseSpec, root: string): string | undefined {
  if (spec.codes === 'test') return TEST_CODES;
  if (spec.codes === 'own') {
    const dir = join(root, 'code-versions');
    if (!existsSync(dir)) throw new Error(`codes: own, but the case has no code-versions/ folder`);
    return dir;
  }
  return undefined;
}
