import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { Io } from '../../src/cli/io.ts';
import { openWorkspace } from '../../src/cli/workspace.ts';
import { renderablesOf } from '../../src/cli/collect-views.ts';
import { readProject } from '../../src/load/read-project.ts';
import { checkProject } from '../../src/validate/check.ts';
import type { Diagnostic } from '../../src/model/diagnostic.ts';
import type { AssessmentView } from '../../src/render/view-model.ts';
import { richToHtml, type Rich } from '../../src/render/markdown.ts';
import { chc } from '../helpers/cli.ts';
import { checkFiles, goodAssessment, LANDLORD } from '../helpers/project.ts';
import { caseNames, codeVersionsOf, materialise, readCase, type CaseSpec, type Expected } from './corpus-cases.ts';

/**
 * The invalid corpus (tests/fixtures/invalid/<case>/): each case is a small project root whose
 * case.yaml lists every diagnostic `chc check` must give on it, exactly, and its exit code. See
 * tests/fixtures/invalid/README.md.
 */
const NAMES = caseNames();

/** What a stack trace or a fault in chc looks like in any output. */
const FAULT = /internal error|\n {4}at |^ {4}at /m;

/** A diagnostic as the corpus pins it: the hint only where the case names part of it. */
function pinned(d: Pick<Diagnostic, 'rule' | 'severity' | 'file' | 'line' | 'column' | 'message' | 'hint'> & { provision?: string | null }) {
  const p: Record<string, unknown> = { rule: d.rule, severity: d.severity, file: d.file, line: d.line, column: d.column };
  if (d.provision !== undefined && d.provision !== null) p.provision = d.provision;
  p.message = d.message;
  p.hint = d.hint;
  return p;
}

/** The expectation of a case, in the same shape: the message exactly (when given), the hint containing the text given. */
function expected(e: Expected) {
  const p: Record<string, unknown> = { rule: e.rule, severity: e.severity, file: e.file, line: e.line, column: e.column };
  if (e.provision !== undefined) p.provision = String(e.provision);
  p.message = e.message ?? expect.any(String);
  p.hint = e.hint !== undefined ? expect.stringContaining(e.hint) : expect.any(String);
  return p;
}

/** An Io that captures the output, with the case's date as the clock. */
function captureIo(cwd: string, today: string): { io: Io; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: { write: (s: string) => ((out += s), true) },
      stderr: { write: (s: string) => ((err += s), true) },
      env: {},
      cwd,
      now: () => new Date(`${today}T12:00:00Z`),
    },
    out: () => out,
    err: () => err,
  };
}

function checkArgs(root: string, spec: CaseSpec): string[] {
  const cv = codeVersionsOf(spec, root);
  return ['check', '--root', root, '--format', 'json', ...(cv ? ['--code-versions', cv] : [])];
}

/** Every markdown field of a view, as trees. */
function richFields(v: AssessmentView): { where: string; tree: Rich }[] {
  const out: { where: string; tree: Rich }[] = [];
  const add = (where: string, tree: Rich | null) => { if (tree) out.push({ where, tree }); };
  add('introduction', v.introduction);
  add('response', v.response);
  for (const s of v.sections) {
    for (const g of s.groups) {
      for (const p of g.provisions) {
        add(`${p.id} text`, p.text);
        add(`${p.id} answer`, p.answer);
        add(`${p.id} evidence`, p.evidence);
        add(`${p.id} commentary`, p.commentary);
        p.actions.forEach((a, i) => add(`${p.id} action ${i + 1} note`, a.note));
      }
    }
  }
  v.openActions.forEach((a, i) => add(`open action ${i + 1} note`, a.note));
  return out;
}

beforeAll(() => {
  // Compile the schemas and load the parsers once, so the timed cases time the check alone.
  checkFiles({ 'assessments/test-homes/landlord.yaml': LANDLORD, 'assessments/test-homes/1990-91/assessment.yaml': goodAssessment() });
});

describe('the invalid corpus', () => {
  it('has at least 40 cases, each described and with an exit code', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(40);
    for (const name of NAMES) {
      const spec = readCase(name);
      expect(spec.description, name).toEqual(expect.any(String));
      expect([0, 1], name).toContain(spec.exit);
      expect(['test', 'real', 'own'], name).toContain(spec.codes);
      expect(spec.exit, `${name}: exit 1 exactly when an error is expected`).toBe(spec.expect.some((e) => e.severity === 'error') ? 1 : 0);
    }
  });

  for (const name of NAMES) {
    const spec = readCase(name);
    it(`${name}: ${spec.description}`, async () => {
      const { root, cleanup } = materialise(name, spec);
      try {
        // In process: load and check, as `chc check` does.
        const started = performance.now();
        const project = readProject(root, { codeVersionsDir: codeVersionsOf(spec, root) });
        const result = checkProject(project, { today: spec.today });
        const elapsed = performance.now() - started;
        expect(result.diagnostics.map(pinned)).toEqual(spec.expect.map(expected));
        if (spec.timeout_ms !== undefined) expect(elapsed, 'milliseconds to check').toBeLessThan(spec.timeout_ms);

        // The CLI in process: the exit code, the JSON report, and no fault.
        const { io, out, err } = captureIo(root, spec.today);
        const code = await main(checkArgs(root, spec), io);
        expect(err()).not.toMatch(FAULT);
        expect(out()).not.toMatch(FAULT);
        expect(code).toBe(spec.exit);
        const report = JSON.parse(out()) as { diagnostics: (Diagnostic & { provision: string | null })[] };
        expect(report.diagnostics.map(pinned)).toEqual(spec.expect.map(expected));

        if (spec.render) {
          // What the author is warned about never reaches the HTML: every markdown field of every view is sanitised.
          const ws = openWorkspace(io, { root, 'code-versions': codeVersionsOf(spec, root) });
          const views = renderablesOf(ws).flatMap((r) => [r.views.public, r.views.board]);
          expect(views.length).toBeGreaterThan(0);
          for (const v of views) {
            for (const { where, tree } of richFields(v)) {
              const html = richToHtml(tree);
              // No script or frame element, no event handler, no javascript: address in any attribute.
              // (Words stay: an unsafe autolink <javascript:…> is shown as its text, which is inert.)
              expect(html, `${v.edition} ${where}`).not.toMatch(/<script|<iframe|onerror\s*=|<[^>]*\son[a-z]+\s*=|<[^>]*=\s*["']?\s*javascript:/i);
            }
          }
        }
      } finally {
        cleanup();
      }
    });
  }
});

// A child process each: left to `npm test` in the unit lane (vitest.unit.config.ts), which runs in this process only.
describe.skipIf(process.env.CHC_UNIT_LANE === '1')('the real CLI on a sample of the corpus (cases marked cli: true)', () => {
  for (const name of NAMES.filter((n) => readCase(n).cli)) {
    const spec = readCase(name);
    it(name, () => {
      const { root, cleanup } = materialise(name, spec);
      try {
        // The clock is the real one: the sampled cases do not depend on the date.
        const r = chc(checkArgs(root, spec), { cwd: root });
        expect(r.stderr).not.toMatch(FAULT);
        expect(r.stdout).not.toMatch(FAULT);
        expect(r.status).toBe(spec.exit);
        const report = JSON.parse(r.stdout) as { diagnostics: (Diagnostic & { provision: string | null })[] };
        expect(report.diagnostics.map(pinned)).toEqual(spec.expect.map(expected));
      } finally {
        cleanup();
      }
    });
  }
});
