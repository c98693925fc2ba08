import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readProject, type ReadOptions } from '../../src/load/read-project.ts';
import { checkProject, type CheckResult } from '../../src/validate/check.ts';

/** The repository root. */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** The tiny test Code versions "1990" and "1995". */
export const TEST_CODES = join(REPO, 'tests/fixtures/code-versions');

/** A landlord.yaml that passes every rule. */
export const LANDLORD = 'name: Test Homes\nwebsite: https://example.org\ngoverning_body: Board\n';

/** Files to write, by path relative to the project root; a value `{ link: target }` makes a symlink. */
export type Files = Record<string, string | Uint8Array | { link: string }>;

/** Writes a throwaway project and returns its root; removed by the returned cleanup. */
export function writeProject(files: Files): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'chc-test-'));
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    if (typeof content === 'object' && 'link' in content) symlinkSync(content.link, path);
    else writeFileSync(path, content);
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Checks a throwaway project made of `files` (with the test Code versions unless told otherwise). */
export function checkFiles(files: Files, options: ReadOptions & { today?: string; realCodes?: boolean } = {}): CheckResult {
  const { root, cleanup } = writeProject(files);
  try {
    const project = readProject(root, { ...options, codeVersionsDir: options.realCodes ? undefined : (options.codeVersionsDir ?? TEST_CODES) });
    return checkProject(project, { today: options.today ?? '2026-01-15' });
  } finally {
    cleanup();
  }
}

/** An assessment against the test Code with every provision answered well, plus `extra` YAML lines. */
export function goodAssessment(extra = ''): string {
  return [
    'code: "1990"',
    'period: 1990-91',
    'assessed_on: 1991-05-01',
    'responses:',
    '  "1.1":',
    '    comply: yes',
    '    evidence: Policy section 1.',
    '  "1.2":',
    '    comply: yes',
    '    evidence: Policy section 2.',
    '  "2.1":',
    '    comply: n/a',
    '  2a:',
    '    answer: 80%',
    extra,
  ].join('\n');
}

/** The diagnostics of a result, reduced to what tests pin: rule, severity, line, column, provision. */
export function pins(result: CheckResult): { rule: string; severity: string; line: number; column: number; provision?: string }[] {
  return result.diagnostics.map((d) => {
    const p: { rule: string; severity: string; line: number; column: number; provision?: string } =
      { rule: d.rule, severity: d.severity, line: d.line, column: d.column };
    if (d.provision !== undefined) p.provision = d.provision;
    return p;
  });
}

/** Fresh temporary folders for a test file, all removed by `removeAll` (call it in afterAll). */
export function tempFolders(prefix: string): { make: () => string; removeAll: () => void } {
  const made: string[] = [];
  return {
    make: () => {
      const d = mkdtempSync(join(tmpdir(), prefix));
      made.push(d);
      return d;
    },
    removeAll: () => {
      for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}
