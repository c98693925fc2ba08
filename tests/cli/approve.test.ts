import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chc } from '../helpers/cli.ts';
import { REPO } from '../helpers/project.ts';
import { setApproval } from '../../src/model/set-approval.ts';
import { editKeepingLineEndings } from '../../src/cli/line-endings.ts';
import { manifestHash } from '../../src/model/approval.ts';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

function copyOfRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'chc-approve-'));
  dirs.push(root);
  cpSync(join(REPO, 'assessments'), join(root, 'assessments'), { recursive: true });
  return root;
}

interface D { rule: string; severity: string; message: string; file: string; line: number }
// Without response-missing: these approvals are of examples whose published forms give no response (its own test is in rules.test.ts).
const diagnostics = (root: string, ...args: string[]): D[] => (JSON.parse(chc(['check', '--root', root, '--format', 'json', ...args]).stdout).diagnostics as D[]).filter((d) => d.rule !== 'response-missing');
const HP = 'assessments/homes-plus/2022-23/assessment.yaml';
const POLICY = 'assessments/homes-plus/evidence/complaints-policy.md';

describe('the approved example (homes-plus 2022-23)', () => {
  it('passes check with its recorded approval', () => {
    expect(diagnostics(REPO, '--landlord', 'homes-plus')).toEqual([]);
  });

  it('fails with approval-stale naming the evidence file when one character of it changes', () => {
    const root = copyOfRepo();
    const path = join(root, POLICY);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('Overall Policy Principles', 'Overall Policy Principle'));
    const r = chc(['check', '--root', root, '--landlord', 'homes-plus']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${HP}:`);
    expect(r.stdout).toContain(`error  approval-stale  changed since the Board approved it on 2022-12-01: ${POLICY}`);
    expect(r.stdout).toContain('homes-plus 2022-23 (2022 Code, draft)');
    // The command to run in full, and why a change to a shared document matters.
    expect(r.stdout).toContain('record its new approval with `chc approve homes-plus 2022-23 --date YYYY-MM-DD --reference "…"`');
    expect(r.stdout).toContain(`${POLICY} is in the landlord's shared evidence/ folder, which every year's assessment can name: a shared document updated for a later year makes the approvals of earlier years stale.`);
    expect(r.stdout).toContain('A document that changes every year belongs in each period\'s own folder');
  });

  it('names the assessment itself when an answer changes, and ignores comments and layout', () => {
    const root = copyOfRepo();
    const path = join(root, HP);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('# ── Section 1: Definition of a complaint', '# a comment changed').replace(/\n/g, '\r\n'));
    expect(diagnostics(root, '--landlord', 'homes-plus')).toEqual([]);
    writeFileSync(path, text.replace('This is the definition used within our complaints policy.', 'This is the definition used within our complaint policy.'));
    const d = diagnostics(root, '--landlord', 'homes-plus');
    expect(d.map((x) => [x.rule, x.message])).toEqual([['approval-stale', `changed since the Board approved it on 2022-12-01: ${HP} (the answer to 1.2)`]]);
  });

  it('builds a stale approval as a draft again', () => {
    const root = copyOfRepo();
    appendFileSync(join(root, POLICY), '\nOne more line.\n');
    const r = chc(['build', '--root', root, '--only', 'site', '--out', join(root, 'out')]);
    expect(r.stderr).toContain('built as a DRAFT');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/built 3 assessments: site \(0 assessment pages\)/);
  });
});

describe('chc approve', () => {
  it('records the body, date, reference and hash, keeping the rest of the file; re-approving replaces the block', () => {
    const root = copyOfRepo();
    const path = join(root, 'assessments/plus-dane/2023-24/assessment.yaml');
    const before = readFileSync(path, 'utf8');
    const r = chc(['approve', 'plus-dane', '2023-24', '--root', root, '--date', '2024-06-27', '--reference', 'Board minute 24/061']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^approved plus-dane 2023-24 by the Board on 2024-06-27\nsha256 [0-9a-f]{64}\n/);
    const after = readFileSync(path, 'utf8');
    const data = parse(after);
    expect(data.approval).toMatchObject({ body: 'Board', date: '2024-06-27', reference: 'Board minute 24/061' });
    // Everything the outputs are made from: the previous period compared in What changed, the landlord's details,
    // the approval record itself, the assessment.
    expect(Object.keys(data.approval.files)).toEqual(['../2020-21/assessment.yaml', '../landlord.yaml', 'approval', 'assessment.yaml']);
    // The landlord as approved (for next year's diff) and a short hash per answer (for approval-stale).
    expect(data.approval.landlord).toEqual({ name: 'Plus Dane Housing', governing_body: 'Board' });
    expect(Object.keys(data.approval.answers)).toContain('1.2');
    expect(after.replace(/# Recorded by `chc approve`[^\n]*\napproval:\n(  .*\n)+/, '')).toBe(before);
    expect(diagnostics(root, '--landlord', 'plus-dane', '--period', '2023-24')).toEqual([]);

    chc(['approve', 'plus-dane', '2023-24', '--root', root, '--date', '2024-07-01', '--body', 'Customer Committee']);
    const again = readFileSync(path, 'utf8');
    expect(again.match(/^approval:/gm)).toHaveLength(1);
    expect(parse(again).approval).toMatchObject({ body: 'Customer Committee', date: '2024-07-01' });
    expect(parse(again).approval.reference).toBeUndefined();
  });

  it('refuses an assessment with errors, and writes nothing', () => {
    const root = copyOfRepo();
    const path = join(root, 'assessments/plus-dane/2020-21/assessment.yaml');
    const before = readFileSync(path, 'utf8');
    const r = chc(['approve', 'plus-dane', '2020-21', '--root', root, '--date', '2021-01-10']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('missing-response');
    expect(r.stderr).toContain('is not ready to approve');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it.each([
    [['--date', '2024-02-30'], '--date "2024-02-30" is not a real date'],
    // The advice check gives on a date in a file, converted.
    [['--date', '28/03/2024'], '--date "28/03/2024" is written day first: use --date 2024-03-28 (28 March 2024)'],
    [['--date', '27 June 2024'], '--date "27 June 2024" is written in words: use --date 2024-06-27 (27 June 2024)'],
    [['--date', '2099-01-01'], '--date 2099-01-01 is in the future'],
    [['--date', '2024-01-01'], 'is before the assessment was completed (2024-06-03)'],
    [[], '--date is required'],
    // No --body, and a landlord.yaml that names no governing body: chc does not guess "Board".
    [['--date', '2024-06-27', '--root-without-body'], 'name the body that approved it with --body, e.g. --body "Cabinet" (or set governing_body in assessments/plus-dane/landlord.yaml)'],
  ])('bad usage %j exits 2', (args, message) => {
    const root = copyOfRepo();
    if (args.includes('--root-without-body')) {
      const landlord = join(root, 'assessments/plus-dane/landlord.yaml');
      writeFileSync(landlord, readFileSync(landlord, 'utf8').replace(/^governing_body: .*\n/m, ''));
    }
    const r = chc(['approve', 'plus-dane', '2023-24', '--root', root, ...args.filter((a) => a !== '--root-without-body')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('a hand-written approval stays valid, with an approval-unbound warning', () => {
    const root = copyOfRepo();
    const path = join(root, 'assessments/plus-dane/2023-24/assessment.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('responses:', 'approval:\n  body: Board\n  date: 2024-06-27\nresponses:'));
    const d = diagnostics(root, '--landlord', 'plus-dane', '--period', '2023-24');
    expect(d.map((x) => [x.rule, x.severity])).toEqual([['approval-unbound', 'warning']]);
    expect(chc(['check', '--root', root, '--landlord', 'plus-dane', '--period', '2023-24']).stdout).toContain('(2024 Code, approved)');
  });
});

describe('the approval binds everything the approved outputs are made from', () => {
  const LANDLORD = 'assessments/homes-plus/landlord.yaml';
  const stale = (root: string, ...args: string[]) => diagnostics(root, '--landlord', 'homes-plus', ...args).filter((d) => d.rule === 'approval-stale').map((d) => d.message);
  const edit = (root: string, file: string, from: string | RegExp, to: string) => {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    const next = text.replace(from, to);
    expect(next, `${file}: ${String(from)}`).not.toBe(text);
    writeFileSync(path, next);
  };

  it.each([
    ["the landlord's name", 'name: Homes Plus', 'name: Homes Plus Ltd'],
    ['the member responsible for complaints', 'member_responsible_for_complaints: Chair of the Homes Board', 'member_responsible_for_complaints: Vice-Chair of the Homes Board'],
    ['the brand colour', 'governing_body: Board', 'governing_body: Board\nbrand:\n  colour: "#1d70b8"'],
  ])('landlord.yaml: %s', (_what, from, to) => {
    const root = copyOfRepo();
    edit(root, LANDLORD, from, to);
    expect(stale(root)).toEqual([`changed since the Board approved it on 2022-12-01: ${LANDLORD} (the landlord's details)`]);
    expect(chc(['check', '--root', root, '--landlord', 'homes-plus']).stdout).toContain('homes-plus 2022-23 (2022 Code, draft)');
  });

  it('landlord.yaml: the logo, by its bytes', () => {
    const root = copyOfRepo();
    writeFileSync(join(root, 'assessments/homes-plus/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#1d70b8"/></svg>\n');
    edit(root, LANDLORD, 'governing_body: Board', 'governing_body: Board\nbrand:\n  logo: logo.svg');
    expect(chc(['approve', 'homes-plus', '2022-23', '--root', root, '--date', '2022-12-01']).status).toBe(0);
    expect(stale(root)).toEqual([]);
    edit(root, 'assessments/homes-plus/logo.svg', '#1d70b8', '#d4351c');
    expect(stale(root)).toEqual(['changed since the Board approved it on 2022-12-01: assessments/homes-plus/logo.svg']);
  });

  it.each([
    ['body', /\n  body: Board\n/, '\n  body: Board of Directors\n'],
    ['date', 'date: 2022-12-01', 'date: 2022-12-02'],
    ['reference', /\n  reference: [^\n]*/, '\n  reference: Board minute 22/123'],
    ['landlord details recorded', /\n  landlord:\n    name: Homes Plus\n/, '\n  landlord:\n    name: Someone Else\n'],
  ])('the approval record edited by hand: its %s', (_what, from, to) => {
    const root = copyOfRepo();
    edit(root, HP, from, to);
    const [message] = stale(root);
    expect(message).toMatch(/^changed since the Board( of Directors)? approved it on 2022-12-0[12]: the approval record in assessments\/homes-plus\/2022-23\/assessment\.yaml \(its body, date, reference or landlord details are not those chc approve recorded\)$/);
  });

  it("the landlord's templates: its own wording and its standing introduction", () => {
    const root = copyOfRepo();
    const templates = join(root, 'assessments/homes-plus/templates');
    mkdirSync(templates);
    writeFileSync(join(templates, 'messages.yaml'), 'heading.about: "About this assessment"\n');
    // Added after the approval: what the approved outputs print has changed.
    expect(stale(root)).toEqual(["changed since the Board approved it on 2022-12-01: assessments/homes-plus/templates/messages.yaml (the landlord's own wording of the outputs)"]);
    expect(chc(['approve', 'homes-plus', '2022-23', '--root', root, '--date', '2022-12-01']).status).toBe(0);
    expect(stale(root)).toEqual([]);
    // A comment is not wording; a sentence is.
    appendFileSync(join(templates, 'messages.yaml'), '# reviewed\n');
    expect(stale(root)).toEqual([]);
    appendFileSync(join(templates, 'messages.yaml'), 'changes.none: "Nothing changed."\n');
    expect(stale(root)).toEqual(["changed since the Board approved it on 2022-12-01: assessments/homes-plus/templates/messages.yaml (the landlord's own wording of the outputs)"]);
    expect(chc(['approve', 'homes-plus', '2022-23', '--root', root, '--date', '2022-12-01']).status).toBe(0);
    writeFileSync(join(templates, 'introduction.md'), 'Homes Plus publishes its self-assessment every year.\n');
    const [message] = stale(root);
    expect(message).toBe("changed since the Board approved it on 2022-12-01: assessments/homes-plus/templates/introduction.md (the landlord's standing introduction)");
    expect(diagnostics(root, '--landlord', 'homes-plus').find((d) => d.rule === 'approval-stale')).toMatchObject({ file: HP });
  });

  it('a file cited by two names (../evidence/x.md and ../evidence/./x.md) is named once', () => {
    const root = copyOfRepo();
    edit(root, HP, '    documents:\n', '    documents:\n      - title: The policy again\n        file: ../evidence/./complaints-policy.md\n');
    expect(chc(['approve', 'homes-plus', '2022-23', '--root', root, '--date', '2022-12-01']).status).toBe(0);
    appendFileSync(join(root, POLICY), '\nOne more line.\n');
    expect(stale(root)).toEqual([`changed since the Board approved it on 2022-12-01: ${POLICY}`]);
  });

  it('the previous period, compared in What changed', () => {
    const root = copyOfRepo();
    expect(chc(['approve', 'plus-dane', '2023-24', '--root', root, '--date', '2024-06-27']).status).toBe(0);
    // Read with --period too: the previous period is read, so the approval holds.
    expect(diagnostics(root, '--landlord', 'plus-dane', '--period', '2023-24')).toEqual([]);
    edit(root, 'assessments/plus-dane/2020-21/assessment.yaml', /\n    comply: yes/, '\n    comply: partial');
    const d = diagnostics(root, '--landlord', 'plus-dane', '--period', '2023-24');
    expect(d.map((x) => [x.rule, x.message])).toEqual([['approval-stale', 'changed since the Board approved it on 2024-06-27: assessments/plus-dane/2020-21/assessment.yaml (the previous period, compared in What changed)']]);
  });

  it('Code data given with --code-versions: a changed summary or level is approval-stale, naming the provision', () => {
    const root = copyOfRepo();
    const cv = join(root, 'cv');
    cpSync(join(REPO, 'code-versions'), cv, { recursive: true });
    expect(stale(root, '--code-versions', cv)).toEqual([]);
    const file = join(cv, '2022.yaml');
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('id: "1.3"') >= 0 ? text.indexOf('id: "1.3"') : text.indexOf("id: '1.3'");
    expect(at).toBeGreaterThan(0);
    const changed = text.slice(0, at) + text.slice(at).replace(/summary: /, 'summary: Not what was approved. ');
    writeFileSync(file, changed);
    expect(stale(root, '--code-versions', cv)).toEqual(['changed since the Board approved it on 2022-12-01: the Code data given with --code-versions (provision 1.3)']);
    expect(chc(['check', '--root', root, '--landlord', 'homes-plus', '--code-versions', cv]).stdout).toContain('(2022 Code, draft)');
  });

  it("chc's own Code data updated since the approval: a warning naming the provisions, the approval holds", () => {
    const root = copyOfRepo();
    // What an update of chc's Code data looks like from the approval: the digests it recorded no longer match.
    edit(root, HP, /(\n  code:\n(?:    [^\n]*\n)*?    "1\.3": )[0-9a-f]{12}/, '$1abcdefabcdef');
    const d = diagnostics(root, '--landlord', 'homes-plus');
    expect(d.map((x) => [x.rule, x.severity, x.message])).toEqual([['approval-code-changed', 'warning', 'the Code 2022 as chc shows it has changed since the Board approved this: provision 1.3; the outputs show the new text']]);
    expect(chc(['check', '--root', root, '--landlord', 'homes-plus']).stdout).toContain('(2022 Code, approved)');
  });

  it('an approval recorded by an older chc (assessment and files only) still holds, with approval-unbound saying what it leaves out', () => {
    const root = copyOfRepo();
    const path = join(root, HP);
    const data = parse(readFileSync(path, 'utf8'));
    const files = { 'assessment.yaml': data.approval.files['assessment.yaml'], '../evidence/complaints-policy.md': data.approval.files['../evidence/complaints-policy.md'] };
    const old = editKeepingLineEndings(readFileSync(path, 'utf8'), (lf) => setApproval(lf, { body: 'Board', date: '2022-12-01', sha256: manifestHash(files), files }));
    writeFileSync(path, old);
    const d = diagnostics(root, '--landlord', 'homes-plus');
    expect(d.map((x) => [x.rule, x.severity])).toEqual([['approval-unbound', 'warning']]);
    expect(d[0]!.message).toBe('the approval by the Board on 2022-12-01 was recorded by an older chc: it binds the assessment and its files, but not landlord.yaml, the approval record itself or the previous period\'s answers');
    expect(chc(['check', '--root', root, '--landlord', 'homes-plus']).stdout).toContain('(2022 Code, approved)');
  });
});

describe('setApproval', () => {
  it('writes block YAML a reviewer can read: one answer per line, no line over 120 characters, reading back as written', () => {
    const answers = Object.fromEntries(Array.from({ length: 72 }, (_, i) => [`${Math.floor(i / 9) + 1}.${(i % 9) + 1}`, i % 2 ? '8196749e0fe1' : '123456789012']));
    const approval = { body: 'Housing Committee', date: '2025-06-30', reference: `Minute 25/06: ${'the Committee approved the self-assessment and its action plan, '.repeat(4)}`.trim(), sha256: 'a'.repeat(64), files: { 'assessment.yaml': 'b'.repeat(64) }, landlord: { name: 'Test Homes', governing_body: 'Housing Committee' }, answers, code: { '*': 'abcdefabcdef', '1.1': '000000000001' } };
    const text = setApproval('code: "1990"\nresponses: {}\n', approval);
    const lines = text.split('\n');
    expect(lines.filter((l) => l.length > 120)).toEqual([]);
    expect(lines).toContain('    "1.2": 8196749e0fe1');
    expect(lines).toContain('    "1.1": "123456789012"');
    expect(lines).toContain('    name: Test Homes');
    expect(parse(text).approval).toEqual(approval);
  });

  it('inserts before governing_body_response or responses, and replaces its own block', () => {
    const text = '# head\ncode: "1990"\n# the answers\nresponses:\n  "1.1": {}\n';
    const once = setApproval(text, { body: 'Board', date: '1991-06-01', sha256: 'a'.repeat(64), files: { 'assessment.yaml': 'b'.repeat(64) } });
    expect(once).toBe(`# head\ncode: "1990"\n# Recorded by \`chc approve\`: the hash binds the approval to the content approved; do not edit by hand.\napproval:\n  body: Board\n  date: 1991-06-01\n  sha256: ${'a'.repeat(64)}\n  files:\n    assessment.yaml: ${'b'.repeat(64)}\n# the answers\nresponses:\n  "1.1": {}\n`);
    const twice = setApproval(once, { body: 'Cabinet', date: '1991-07-01' });
    expect(twice).toBe('# head\ncode: "1990"\n# Recorded by `chc approve`: the hash binds the approval to the content approved; do not edit by hand.\napproval:\n  body: Cabinet\n  date: 1991-07-01\n# the answers\nresponses:\n  "1.1": {}\n');
  });
});

describe('chc approve over an earlier approval, and line endings', () => {
  const PD = 'assessments/plus-dane/2023-24/assessment.yaml';

  it('names the approval it replaces; without --reference it says the old reference was not kept, and does not carry it', () => {
    const root = copyOfRepo();
    const first = chc(['approve', 'plus-dane', '2023-24', '--root', root, '--date', '2024-06-27', '--reference', 'Board minute 24/061']);
    expect(first.stderr).toBe('');
    const again = chc(['approve', 'plus-dane', '2023-24', '--root', root, '--date', '2024-07-01', '--body', 'Customer Committee']);
    expect(again.status).toBe(0);
    expect(again.stderr).toBe(
      `note: ${PD}: this replaces the approval recorded earlier (the Board on 2024-06-27, reference "Board minute 24/061")\n` +
      'note: its reference "Board minute 24/061" was not kept: this approval has none; run chc approve again with --reference "…" to record this approval\'s minute reference\n');
    expect(parse(readFileSync(join(root, PD), 'utf8')).approval.reference).toBeUndefined();
    const third = chc(['approve', 'plus-dane', '2023-24', '--root', root, '--date', '2024-07-02', '--reference', 'CC minute 7']);
    expect(third.stderr).toBe(`note: ${PD}: this replaces the approval recorded earlier (the Customer Committee on 2024-07-01, no reference)\n`);
    expect(parse(readFileSync(join(root, PD), 'utf8')).approval).toMatchObject({ body: 'Board', date: '2024-07-02', reference: 'CC minute 7' });
  });

  it.each([
    ['a block of wrong types', 'approval:\n  body: 3\n  date: yesterday\n  sha256: nothex\n  files: [1, 2]\n', 'line 40: "body" must be text, not a whole number; line 41: "yesterday" is not a date; line 42: "nothex" is not in the expected form for "sha256"; line 43: "files" must be a mapping (key: value lines), not a list (lines starting with "- ")'],
    ['a line of text', 'approval: "approved by the board in June"\n', 'line 39: "approval" must be a mapping (key: value lines), not text'],
    ['unknown fields and no date', 'approval:\n  body: Board\n  minute: 24/061\n', 'line 39: missing required field "date" in approval; line 41: unknown field "minute" in approval'],
  ])('replaces a malformed approval block (%s), saying what it replaced, and the new approval holds', (_, block, replaced) => {
    const root = copyOfRepo();
    const path = join(root, PD);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\nresponses:/, `\n${block}responses:`));
    expect(diagnostics(root, '--landlord', 'plus-dane', '--period', '2023-24').filter((d) => d.severity === 'error').length).toBeGreaterThan(0);
    const r = chc(['approve', 'plus-dane', '2023-24', '--root', root, '--date', '2024-06-27']);
    expect(r.stderr).toBe(`note: ${PD}: this replaces an approval block chc could not read (${replaced})\n`);
    expect(r.status).toBe(0);
    expect(parse(readFileSync(path, 'utf8')).approval).toMatchObject({ body: 'Board', date: '2024-06-27' });
    expect(diagnostics(root, '--landlord', 'plus-dane', '--period', '2023-24')).toEqual([]);
  });

  it('keeps the CRLF line endings of a file saved on Windows, and the approval holds', () => {
    const root = copyOfRepo();
    const path = join(root, PD);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\r?\n/g, '\r\n'));
    for (const date of ['2024-06-27', '2024-07-01']) {
      const r = chc(['approve', 'plus-dane', '2023-24', '--root', root, '--date', date, '--reference', 'Board minute 24/061']);
      expect(r.status, r.stderr).toBe(0);
      const text = readFileSync(path, 'utf8');
      expect(text.match(/(?<!\r)\n/g), date).toBeNull();
      expect(text).toContain(`\r\napproval:\r\n  body: Board\r\n  date: ${date}\r\n`);
    }
    expect(diagnostics(root, '--landlord', 'plus-dane', '--period', '2023-24')).toEqual([]);
  });
});

describe('editKeepingLineEndings', () => {
  const insert = (lf: string) => lf.replace('b\n', 'b\nnew 1\nnew 2\n');
  it('writes new lines in the dominant ending and leaves the other lines byte for byte', () => {
    expect(editKeepingLineEndings('a\r\nb\r\nc\r\n', insert)).toBe('a\r\nb\r\nnew 1\r\nnew 2\r\nc\r\n');
    expect(editKeepingLineEndings('a\r\nb\r\nc\nd\r\n', insert)).toBe('a\r\nb\r\nnew 1\r\nnew 2\r\nc\nd\r\n');
    expect(editKeepingLineEndings('a\nb\nc\n', insert)).toBe('a\nb\nnew 1\nnew 2\nc\n');
    expect(editKeepingLineEndings('a\r\nb\r\nold\r\nc\r\n', (lf) => lf.replace('old\n', ''))).toBe('a\r\nb\r\nc\r\n');
  });
});
