// `chc report`: a year's complaint figures and TSMs from report.yaml and its complaints log, with last year's beside
// them (tests/fixtures/report: 2024-25 from the hand-worked log of tests/model/case-log.test.ts, 2023-24 stated).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chc } from '../helpers/cli.ts';
import { REPO } from '../helpers/project.ts';

const root = join(REPO, 'tests/fixtures/report');
const tmp = mkdtempSync(join(tmpdir(), 'chc-report-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('chc report', () => {
  it('prints the figures as JSON, worked out from the log, with last year\'s as stated', () => {
    const r = chc(['report', 'test-homes', '--root', root, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      landlord: 'test-homes', period: '2024-25', source: 'log', homes: 2000,
      tsm: { CH01_1: 2.5, CH01_2: 1, CH02_1: 60, CH02_2: 50, TP09: 38 },
      stage_1: { received: 5, acknowledged_in_time: 4, responded: 5, responded_in_time: 3, extended: 2, average_days: 14.6 },
      stage_2: { received: 2, acknowledged_in_time: 1, responded: 2, responded_in_time: 1, extended: 0, average_days: 22 },
      outcomes: { stage_1: { upheld: 2, partly_upheld: 1, not_upheld: 2, withdrawn: 0 } },
      refused: [{ reason: 'Outside the 12-month time limit', count: 1 }],
      previous: { period: '2023-24', source: 'stated', tsm: { CH01_1: 3, CH01_2: 0.5, CH02_1: 75, CH02_2: 100, TP09: 41 }, stage_2: { acknowledged_in_time: null } },
    });
    // The trend: every earlier year with a report, newest first ('previous' is the first).
    expect(j.earlier.map((y: { period: string; tsm: { CH01_1: number } }) => [y.period, y.tsm.CH01_1])).toEqual([['2023-24', 3], ['2022-23', 4.6]]);
    expect(j.categories).toEqual([{ category: 'Repairs', count: 5 }, { category: 'ASB', count: 1 }, { category: 'Staff conduct', count: 1 }]);
  });

  it('prints text and CSV, this year beside last, an unknown figure as a dash or empty', () => {
    const text = chc(['report', 'test-homes', '--root', root]).stdout;
    expect(text).toMatch(/^Test Homes 2024-25: complaint figures worked out from its complaints log, 2000 homes\n/);
    expect(text).toMatch(/ {2}2024-25 {2}2023-24 {2}2022-23\n/);
    expect(text).toMatch(/CH02 \(1\): stage 1 complaints responded to within the Code's timescales +60\.0% +75\.0% +66\.7%\n/);
    expect(text).toMatch(/Stage 2: acknowledged within 5 working days +1 +— +—\n/);
    const csv = chc(['report', 'test-homes', '--root', root, '--format', 'csv']).stdout.split('\n');
    expect(csv[0]).toBe('measure,description,2024-25,2023-24,2022-23');
    expect(csv).toContain('tsm.CH01_1,"CH01 (1): stage 1 complaints received per 1,000 homes",2.5,3,4.6');
    expect(csv).toContain('stage_2.acknowledged_in_time,Stage 2: acknowledged within 5 working days,1,,');
    const last = chc(['report', 'test-homes', '--root', root, '--period', '2022-23', '--format', 'json']);
    expect(JSON.parse(last.stdout)).toMatchObject({ period: '2022-23', previous: null, earlier: [] });
  });

  it('refuses figures from a log with problems, naming each, and says where a year has no report', () => {
    const bad = join(tmp, 'bad');
    cpSync(root, bad, { recursive: true });
    writeFileSync(join(bad, 'assessments/test-homes/2024-25/complaints.csv'), 'Case ref,Stage,Date received,Date acknowledged,Date of response,Extension (days),Category,Outcome,Reason refused\nA1,9,2024-04-02,,,,,,\n');
    const r = chc(['report', 'test-homes', '--root', bad]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('assessments/test-homes/2024-25/complaints.csv:2:4');
    expect(r.stderr).toContain('an unknown stage ("9" in column "Stage")');
    const none = chc(['report', 'test-homes', '--root', root, '--period', '2021-22']);
    expect(none.status).toBe(1);
    expect(none.stderr).toBe('chc report: test-homes has no report.yaml for 2021-22 (periods with one: 2022-23, 2023-24, 2024-25); docs/report.md says how to write one\n');
    expect(chc(['report', 'test-homes', '--root', root, '--format', 'xml']).status).toBe(2);
  });

  it('chc check warns where a stated figure differs from what the log gives, and by how much', () => {
    const both = join(tmp, 'both');
    cpSync(root, both, { recursive: true });
    const file = join(both, 'assessments/test-homes/2024-25/report.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('tp09:', 'figures:\n  stage_1: { received: 7, responded: 5, average_days: 12 }\ntp09:'));
    const r = chc(['check', '--root', both, '--format', 'json']);
    const warnings = (JSON.parse(r.stdout).diagnostics as { rule: string; message: string; line: number }[]).filter((d) => d.rule === 'report-figures');
    expect(warnings.map((d) => d.message)).toEqual([
      'figures.stage_1.received says 7; the complaints log gives 5 (2 more)',
      'figures.stage_1.average_days says 12; the complaints log gives 14.6 (2.6 fewer)',
    ]);
  });

  it('chc check warns where more complaints were escalated to stage 2 than stage 1 received, nothing being said carried over', () => {
    const more = join(tmp, 'escalated');
    cpSync(root, more, { recursive: true });
    const file = join(more, 'assessments/test-homes/2023-24/report.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('stage_2: { received: 1,', 'stage_2: { received: 7,'));
    const found = () => (JSON.parse(chc(['check', '--root', more, '--format', 'json']).stdout).diagnostics as { rule: string; severity: string; message: string }[]).filter((d) => d.rule === 'report-figures');
    expect(found()).toEqual([expect.objectContaining({ severity: 'warning', message: 'figures.stage_2 says 7 complaints were escalated to stage 2, more than the 6 received at stage 1' })]);
    // Carried over into the year, they can be.
    writeFileSync(file, readFileSync(file, 'utf8').replace('stage_1: { received: 6,', 'stage_1: { received: 6, carried_over: 2,'));
    expect(found()).toEqual([]);
  });

  it("chc check warns where an approved report is without the governing body's response (8.2)", () => {
    const ws = join(tmp, 'no-response');
    cpSync(join(REPO, 'examples/annual-report'), ws, { recursive: true });
    const file = join(ws, 'assessments/example-homes/2024-25/assessment.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('governing_body_response: response.md\n', ''));
    const found = (JSON.parse(chc(['check', '--root', ws, '--format', 'json']).stdout).diagnostics as { rule: string; severity: string; message: string; line: number }[]).filter((d) => d.rule === 'response-missing');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', message: 'approved by the Board, but its response to the annual complaints report is not given' })]);
  });

  it("an approval covers the year's report.yaml and its complaints log: a change to either makes it stale", () => {
    const ws = join(tmp, 'approved');
    cpSync(join(REPO, 'assessments/homes-plus'), join(ws, 'assessments/homes-plus'), { recursive: true });
    const year = join(ws, 'assessments/homes-plus/2022-23');
    const stale = () => (JSON.parse(chc(['check', '--root', ws, '--format', 'json']).stdout).diagnostics as { rule: string; message: string }[]).filter((d) => d.rule === 'approval-stale').map((d) => d.message);
    expect(stale()).toEqual([]);
    cpSync(join(root, 'assessments/test-homes/2024-25/report.yaml'), join(year, 'report.yaml'));
    cpSync(join(root, 'assessments/test-homes/2024-25/complaints.csv'), join(year, 'complaints.csv'));
    expect(stale()).toEqual(['changed since the Board approved it on 2022-12-01: assessments/homes-plus/2022-23/complaints.csv, assessments/homes-plus/2022-23/report.yaml']);
    const approve = chc(['approve', 'homes-plus', '2022-23', '--root', ws, '--date', '2023-01-10', '--reference', 'B-23-01']);
    expect(approve.stderr).not.toMatch(/error/);
    expect(approve.status).toBe(0);
    expect(stale()).toEqual([]);
    writeFileSync(join(year, 'complaints.csv'), readFileSync(join(year, 'complaints.csv'), 'utf8').replace('A1,1,2024-04-02', 'A1,1,2024-04-03'));
    expect(stale()).toEqual(['changed since the Board approved it on 2023-01-10: assessments/homes-plus/2022-23/complaints.csv']);
  });

  it("an approval covers the earlier years' reports its trend prints: a change to last year's report.yaml makes this year's stale too", () => {
    const ws = join(tmp, 'trend');
    cpSync(join(REPO, 'examples/annual-report'), ws, { recursive: true });
    const stale = () => (JSON.parse(chc(['check', '--root', ws, '--format', 'json']).stdout).diagnostics as { rule: string; file: string; message: string }[])
      .filter((d) => d.rule === 'approval-stale').map((d) => `${d.file}: ${d.message}`);
    expect(stale()).toEqual([]);
    const last = join(ws, 'assessments/example-homes/2023-24/report.yaml');
    writeFileSync(last, readFileSync(last, 'utf8').replace('received: 298', 'received: 299'));
    expect(stale()).toEqual([
      'assessments/example-homes/2023-24/assessment.yaml: changed since the Board approved it on 2024-07-10: assessments/example-homes/2023-24/report.yaml',
      'assessments/example-homes/2024-25/assessment.yaml: changed since the Board approved it on 2025-07-09: assessments/example-homes/2023-24/report.yaml',
    ]);
  });

  it('chc diff says how each figure changed where both years have a report, and nothing of it where one has none', () => {
    const text = chc(['diff', 'test-homes', '--root', root]).stdout;
    expect(text).toContain('\nComplaint figures (the annual complaints report):\n');
    expect(text).toContain("  CH02 (1): stage 1 complaints responded to within the Code's timescales: 75.0% in 2023-24, 60.0% in 2024-25 (−15.0 points)\n");
    expect(text).toContain('  Stage 1: average time to respond (working days): 9.5 in 2023-24, 14.6 in 2024-25 (+5.1)\n');
    expect(text).toContain('  Stage 2: acknowledged within 5 working days: — in 2023-24, 1 in 2024-25\n');
    const json = JSON.parse(chc(['diff', 'test-homes', '--root', root, '--format', 'json']).stdout);
    expect(json.figures[0]).toEqual({ measure: 'tsm.CH01_1', label: 'CH01 (1): stage 1 complaints received per 1,000 homes', from: 3, to: 2.5, change: -0.5, unit: 'per 1,000 homes' });
    expect(chc(['diff', 'test-homes', '--root', root, '--format', 'markdown']).stdout).toContain('| Measure | 2023-24 | 2024-25 | Change |');
    // The bundled examples have no report: their diff is as it was.
    expect(JSON.parse(chc(['diff', 'plus-dane', '--format', 'json']).stdout)).not.toHaveProperty('figures');
    expect(chc(['diff', 'plus-dane']).stdout).not.toContain('Complaint figures');
  });
});
