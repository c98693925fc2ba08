// The year's complaint figures and the TSMs from a complaints log, against answers worked out by hand
// (tests/fixtures/case-logs/hand-worked.csv, the 2024 Code, 2024-25, 2,000 homes). Each row's working days are
// counted in the comments; the calendar is calendars/england-and-wales.yaml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCalendar } from '../../src/load/read-calendar.ts';
import { parseCaseLog, readDate, readExtension, readOutcome, readStage, looksPersonal } from '../../src/load/parse-case-log.ts';
import { TIMESCALES, complaintTsms, round1, stageFigures, tp09 } from '../../src/model/case-log.ts';
import { parsePeriod } from '../../src/model/period.ts';
import { REPO } from '../helpers/project.ts';

const COLUMNS = {
  reference: 'Case ref', stage: 'Stage', received: 'Date received', acknowledged: 'Date acknowledged', responded: 'Date of response',
  extension: 'Extension (days)', category: 'Category', outcome: 'Outcome', refused_reason: 'Reason refused',
};
const text = readFileSync(join(REPO, 'tests/fixtures/case-logs/hand-worked.csv'), 'utf8');
const cal = readCalendar();
const period = parsePeriod('2024-25')!;

describe('a complaints log, read', () => {
  const { rows, problems } = parseCaseLog(text, COLUMNS);
  it('reads every row, the ways exports write dates, stages, outcomes and extensions', () => {
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.reference)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'B1', 'B2']);
    const a2 = rows[1]!;
    expect(a2).toMatchObject({ line: 3, stage: 1, received: '2024-12-20', acknowledged: '2025-01-02', responded: '2025-01-16', extension: null, outcome: 'partly upheld' });
    // The blank line is skipped, and the lines after it keep their numbers in the file.
    expect(rows[3]).toMatchObject({ reference: 'A4', line: 6, stage: 1 });
    expect(rows[5]).toMatchObject({ reference: 'A6', extension: { days: 15 }, category: 'Staff conduct' });
    expect(rows[6]).toMatchObject({ reference: 'A7', outcome: 'refused', refusedReason: 'Outside the 12-month time limit', acknowledged: null, responded: null });
    expect(rows[9]).toMatchObject({ reference: 'B2', stage: 2 });
  });

  it('reads values as exports write them, and nothing else', () => {
    expect([readDate('2024-02-29'), readDate('29/02/2024'), readDate('1/4/2024'), readDate('29/02/2023'), readDate('2024-13-01'), readDate('April 1')]).toEqual(['2024-02-29', '2024-02-29', '2024-04-01', undefined, undefined, undefined]);
    expect([readStage('1'), readStage('Stage 2'), readStage('stage one'), readStage('S2'), readStage('3')]).toEqual([1, 2, 1, 2, undefined]);
    expect([readOutcome('Partially upheld'), readOutcome('NOT UPHELD'), readOutcome('Not accepted'), readOutcome('Withdrawn.'), readOutcome('Maybe')]).toEqual(['partly upheld', 'not upheld', 'refused', 'withdrawn', undefined]);
    expect([readExtension(''), readExtension('No'), readExtension('yes'), readExtension('10'), readExtension('15 working days'), readExtension('ten')]).toEqual([null, null, { days: null }, { days: 10 }, { days: 15 }, undefined]);
    expect(['Tenant name', 'Email', 'Address line 1', 'Phone', 'Postcode', 'Date of birth'].every(looksPersonal)).toBe(true);
    expect(['Case ref', 'Stage', 'Date received', 'Category', 'Outcome', 'Reason refused', 'Addressed by team'].some(looksPersonal)).toBe(false);
  });
});

describe("2024-25's figures, worked out by hand", () => {
  const { rows } = parseCaseLog(text, COLUMNS);
  const s1 = stageFigures(rows, 1, period, cal, TIMESCALES['2024']![1]);
  const s2 = stageFigures(rows, 2, period, cal, TIMESCALES['2024']![2]);

  it('stage 1', () => {
    // Received in the year: A1, A2, A3, A5, A6 (A7 too, refused; A4 and A8 came in 2023-24).
    // Acknowledged within 5: A1 (2), A3 (1), A5 (2), A6 (1); not A2: Fri 20 Dec → Thu 2 Jan is 6 (23, 24, 27, 30,
    // 31 Dec, 2 Jan). Responded to in the year: A1, A2, A4, A5, A6 (A3 on 11 April 2025, after it; A8 before it).
    // From acknowledgement: A1 10 (Apr 5, 8–12, 15–18); A2 10 (Jan 3, 6–10, 13–16); A4 11 (Mar 28; 29 Mar and 1 Apr
    // are Easter; Apr 2–5, 8–12, 15), late; A5 17, within 10 + its extension of 10; A6 25, beyond 10 + 20 asked, of
    // which the Code allows 10: late. Mean (10 + 10 + 11 + 17 + 25) / 5 = 14.6.
    expect(s1).toEqual({
      received: 5,
      acknowledgedInTime: 4,
      responded: 5,
      respondedInTime: 3,
      extended: 2,
      extendedBeyondLimit: 1,
      averageDays: 14.6,
      outcomes: { 'upheld': 2, 'partly upheld': 1, 'not upheld': 2, 'withdrawn': 0 },
      openAtYearEnd: 1,
      refused: [{ reason: 'Outside the 12-month time limit', count: 1 }],
      categories: [{ category: 'Repairs', count: 3 }, { category: 'ASB', count: 1 }, { category: 'Staff conduct', count: 1 }],
    });
  });

  it('stage 2', () => {
    // B1: acknowledged in 4, answered in 20 (Jan 27–31, Feb 3–7, 10–14, 17–21): in time. B2: Wed 18 Dec → Mon 30
    // Dec is 6 (19, 20, 23, 24, 27, 30), late; answered in 24 (Dec 31, Jan 2–3, 6–10, 13–17, 20–24, 27–31, Feb 3): late.
    expect(s2).toMatchObject({ received: 2, acknowledgedInTime: 1, responded: 2, respondedInTime: 1, averageDays: 22, openAtYearEnd: 0 });
    expect(s2.outcomes).toEqual({ 'upheld': 1, 'partly upheld': 0, 'not upheld': 1, 'withdrawn': 0 });
  });

  it('the TSMs: CH01 per 1,000 homes, CH02 as a percentage, one decimal place', () => {
    expect(complaintTsms(s1, s2, 2000)).toEqual({ CH01_1: 2.5, CH01_2: 1, CH02_1: 60, CH02_2: 50 });
    expect(complaintTsms(s1, s2, 0)).toMatchObject({ CH01_1: null, CH01_2: null });
    expect(tp09(456, 1200)).toBe(38);
    expect(tp09(1, 3)).toBe(33.3);
    expect(tp09(0, 0)).toBeNull();
    expect([round1(12.25), round1(2 / 3 * 100), round1(0.05), round1(-1.25)]).toEqual([12.3, 66.7, 0.1, -1.3]);
  });

  it('the 2022 Code counts stage 2 from the request, with 10 days of extension at most', () => {
    // B1 from receipt (20 Jan): Jan 21–24 (4), 27–31 (9), Feb 3–7 (14), 10–14 (19), 17–21 (24): late under 2022.
    expect(stageFigures(rows, 2, period, cal, TIMESCALES['2022']![2])).toMatchObject({ responded: 2, respondedInTime: 0 });
  });
});

describe('a complaints log with faults', () => {
  const withRows = (...lines: string[]) => parseCaseLog(['Case ref,Stage,Date received,Date acknowledged,Date of response,Outcome', ...lines].join('\n'), { reference: 'Case ref', stage: 'Stage', received: 'Date received', acknowledged: 'Date acknowledged', responded: 'Date of response', outcome: 'Outcome' });

  it('names each fault at its line and column, and leaves the row out', () => {
    const { rows, problems } = withRows(
      'C1,3,2024-05-01,,,',
      'C2,1,2024-05-31,2024-05-30,,',
      'C3,1,01/05/2024,,2024-04-30,Upheld',
      'C4,1,2024-05-01,,,Sort of',
      'C5,1,31/04/2024,,,',
      'C6,1,2024-05-01,2024-05-02,2024-05-10,Upheld',
    );
    expect(rows.map((r) => r.reference)).toEqual(['C6']);
    expect(problems.map((p) => [p.line, p.column, p.kind, p.message])).toEqual([
      [2, 4, 'value', 'an unknown stage ("3" in column "Stage")'],
      [3, 17, 'dates', 'the complaint was acknowledged (2024-05-30) before it was received (2024-05-31)'],
      [4, 18, 'dates', 'the complaint was responded to (2024-04-30) before it was received (2024-05-01)'],
      [5, 19, 'value', 'an unknown outcome ("Sort of" in column "Outcome")'],
      [6, 6, 'value', 'not a date ("31/04/2024" in column "Date received")'],
    ]);
    expect(problems.every((p) => p.hint.length > 0)).toBe(true);
  });

  it('with a calendar, refuses a date it has no bank holidays for, rather than count weekdays there', () => {
    const { rows, problems } = parseCaseLog('Ref,Stage,In,Out\nD1,1,2024-05-01,2024-05-03\nD2,1,2017-12-20,2018-01-03\n', { reference: 'Ref', stage: 'Stage', received: 'In', responded: 'Out' }, cal);
    expect(rows.map((r) => r.reference)).toEqual(['D1']);
    expect(problems.map((p) => [p.line, p.column, p.kind, p.message])).toEqual([[3, 6, 'dates', 'chc has no bank holidays for 2017-12-20 (column "In"), so it cannot count working days there']]);
  });

  it('refuses a column that looks like personal data, and a mapped column the log lacks', () => {
    const { rows, problems } = parseCaseLog('Case ref,Tenant name,Stage,Date received,Date of response\nC1,Jo Bloggs,1,2024-05-01,\n', { reference: 'Case ref', stage: 'Stage', received: 'Date received', responded: 'Response date' });
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.line, p.column, p.kind, p.message])).toEqual([
      [1, 10, 'format', 'the column "Tenant name" looks like personal data, which the log must not hold'],
      [1, 1, 'format', 'the log has no column "Response date" (mapped to responded)'],
    ]);
  });

  it('says so when the file is not CSV it can read', () => {
    const { problems } = parseCaseLog('Case ref,Stage\n"C1,1\n', { reference: 'Case ref', stage: 'Stage', received: 'x', responded: 'y' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'format', line: 2 });
    expect(problems[0]!.message).toMatch(/^the file is not CSV chc can read: Quote Not Closed/);
  });
});
