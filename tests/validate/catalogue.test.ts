// The rules' catalogue (issue 10, item 3, first part): every rule chc registers or emits has its row in the table of
// docs/check.md, the table names no rule chc no longer has, and every rule is exercised by a test and (but for those
// listed below, whose cases are still to write) by a case of the invalid corpus.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANDLORD_RULES, RULES } from '../../src/validate/rules/index.ts';
import { RULE_META, ruleMeta, ruleUrl } from '../../src/validate/rules/catalogue.ts';
import { REPO } from '../helpers/project.ts';

/** Every file under a folder, with its text. */
function texts(dir: string, ext: RegExp): { file: string; text: string }[] {
  return readdirSync(join(REPO, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => ({ file: join(e.parentPath, e.name), text: readFileSync(join(e.parentPath, e.name), 'utf8') }));
}

/** The rows of the table in docs/check.md ("| <a id="rule-id"></a>`id` | severity | when |"): id, anchor, severity. */
function documentedRows(markdown: string): { id: string; anchor: string | undefined; severity: string }[] {
  const table = markdown.slice(markdown.indexOf('## Rules'));
  return [...table.matchAll(/^\| (?:<a id="([a-z0-9-]+)"><\/a>)?`([a-z0-9-]+)` \| (error|warning|info)/gm)].map((m) => ({ id: m[2]!, anchor: m[1], severity: m[3]! }));
}

/** The rule ids of the table in docs/check.md. */
export function documentedRules(markdown: string): string[] {
  return documentedRows(markdown).map((r) => r.id);
}

const SOURCES = texts('src', /\.ts$/);
/** Registry keys that name a check, not the rule ids it emits (the logo's check gives document-not-found and file-too-large). */
const KEYS_NOT_IDS = new Set(['brand-logo']);
/**
 * The rule ids chc can emit: the registered rules, and every id the loading and schema phases give a diagnostic
 * (`diagnostic(file, at, 'error', 'yaml-syntax', …)`, `rule: 'missing-file'`), read from the sources.
 */
const EMITTED = [...new Set([
  ...[...Object.keys(RULES), ...Object.keys(LANDLORD_RULES)].filter((key) => !KEYS_NOT_IDS.has(key)),
  ...SOURCES.flatMap(({ text }) => [...text.matchAll(/(?:diagnostic|report)\([^;]*?'(?:error|warning|info)',\s*'([a-z0-9-]+)'/g), ...text.matchAll(/\brule: '([a-z0-9-]+)'/g)].map((m) => m[1]!)),
])].sort();

/** Rules with no case in the invalid corpus yet (each is tested elsewhere): a case for one removes it from here. */
const CASES_TO_WRITE = new Set<string>([]);

describe('the catalogue of rules', () => {
  const documented = documentedRules(readFileSync(join(REPO, 'docs/check.md'), 'utf8'));

  it('finds the rules chc emits (the registered ones and those of loading and schemas)', () => {
    expect(EMITTED.length).toBeGreaterThanOrEqual(40);
    for (const id of ['yaml-syntax', 'schema', 'missing-file', 'encoding', 'missing-response', 'template-placeholder']) expect(EMITTED).toContain(id);
  });

  it('documents every rule in the table of docs/check.md, and the table names only rules chc has', () => {
    expect(EMITTED.filter((id) => !documented.includes(id))).toEqual([]);
    expect(documented.filter((id) => !EMITTED.includes(id))).toEqual([]);
    expect(documented.filter((id, i) => documented.indexOf(id) !== i)).toEqual([]);
  });

  it('fails when a rule loses its row (the check above reads the table, not a copy of it)', () => {
    const markdown = readFileSync(join(REPO, 'docs/check.md'), 'utf8');
    const without = markdown.replace(/^\| <a id="rule-no-evidence"><\/a>`no-evidence` \|.*\n/m, '');
    expect(without).not.toBe(markdown);
    expect(documentedRules(without)).not.toContain('no-evidence');
    expect(EMITTED.filter((id) => !documentedRules(without).includes(id))).toEqual(['no-evidence']);
  });

  it('exercises every rule in a test, and every rule but those listed in a case of the invalid corpus', () => {
    const tests = texts('tests', /\.test\.ts$/).filter(({ file }) => !file.endsWith('catalogue.test.ts'));
    const cases = texts('tests/fixtures/invalid', /^case\.yaml$/);
    // Named as a value ('no-evidence'), as a case's rule, or as chc prints it ("error  no-evidence  …").
    const inTests = (id: string) => tests.some(({ text }) => text.includes(`'${id}'`) || text.includes(`"${id}"`) || text.includes(`  ${id}  `) || new RegExp(`rule: ${id}\\b`).test(text));
    const inCases = (id: string) => cases.some(({ text }) => new RegExp(`rule: ${id}\\b`).test(text));
    expect(EMITTED.filter((id) => !inTests(id) && !inCases(id))).toEqual([]);
    expect(EMITTED.filter((id) => !inCases(id) && !CASES_TO_WRITE.has(id))).toEqual([]);
    // The list shrinks as cases are written: a rule that has its case now is taken off it.
    expect([...CASES_TO_WRITE].filter((id) => inCases(id))).toEqual([]);
  });

  it('describes every rule it emits in its meta (rules/catalogue.ts), and only those', () => {
    expect(EMITTED.filter((id) => ruleMeta(id) === undefined)).toEqual([]);
    expect(Object.keys(RULE_META).filter((id) => !EMITTED.includes(id))).toEqual([]);
  });

  it("gives each rule's row an anchor its url leads to, and a severity its meta has", () => {
    const markdown = readFileSync(join(REPO, 'docs/check.md'), 'utf8');
    const rows = documentedRows(markdown);
    expect(rows.length).toBe(EMITTED.length);
    for (const row of rows) {
      expect(row.anchor, row.id).toBe(`rule-${row.id}`);
      expect(ruleMeta(row.id)?.severities, row.id).toContain(row.severity);
      const url = new URL(ruleUrl(row.id));
      expect(fileURLToPath(url)).toBe(join(REPO, 'docs/check.md'));
      expect(existsSync(fileURLToPath(url))).toBe(true);
      expect(markdown).toContain(`<a id="${url.hash.slice(1)}"></a>`);
    }
  });

  it('marks as judging answers exactly the rules that look only at the responses the Code has', () => {
    // A rule's module is named by its id (src/validate/rules/no-evidence.ts).
    const judging = SOURCES.filter(({ file, text }) => file.includes('/src/validate/rules/') && !file.endsWith('context.ts') && text.includes('judgedResponses('))
      .map(({ file }) => file.replace(/.*\//, '').replace(/\.ts$/, '')).sort();
    expect(judging.length).toBeGreaterThanOrEqual(4);
    expect(Object.entries(RULE_META).filter(([, m]) => 'judgesAnswers' in m).map(([id]) => id).sort()).toEqual(judging);
  });
});
