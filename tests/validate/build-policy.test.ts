// What each error stops in a build: the policy docs/build.md tabulates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAFT_GAPS, NEVER_BLOCKS, planOfChecks } from '../../src/validate/build-policy.ts';
import type { Assessment, Landlord } from '../../src/model/assessment.ts';
import type { Diagnostic } from '../../src/model/diagnostic.ts';
import { REPO } from '../helpers/project.ts';

const assessment = (slug: string, period: string) => ({ file: `assessments/${slug}/${period}/assessment.yaml`, landlord: slug, period }) as Assessment;
const landlord = (slug: string, ...periods: string[]) => ({ slug, landlord: { file: `assessments/${slug}/landlord.yaml` }, assessments: periods.map((p) => assessment(slug, p)) }) as unknown as Landlord;
const error = (file: string, rule: string, provision?: string): Diagnostic => ({ file, line: 1, column: 1, severity: 'error', rule, message: rule, hint: '', ...(provision ? { provision } : {}) });

const landlords = [landlord('a', '2023-24', '2024-25'), landlord('b', '2024-25')];
const draftA = 'assessments/a/2024-25/assessment.yaml';
const approvedA = 'assessments/a/2023-24/assessment.yaml';
const b = 'assessments/b/2024-25/assessment.yaml';

describe('planOfChecks', () => {
  it('lets a draft keep its gaps, and stops an approved assessment with the same errors', () => {
    const plan = planOfChecks([error(draftA, 'missing-response', '1.2'), error(draftA, 'missing-action', '1.3'), error(approvedA, 'missing-action', '1.3')], landlords, new Set([draftA, b]));
    expect(plan.gaps.map((d) => d.rule)).toEqual(['missing-response', 'missing-action']);
    expect([...plan.blocked.keys()]).toEqual([approvedA]);
  });

  it('stops only the assessment an error is in; one on landlord.yaml or shared evidence stops that landlord', () => {
    const plan = planOfChecks([error(b, 'unknown-provision', '99'), error('assessments/a/evidence/policy.md', 'unsafe-markdown')], landlords, new Set([draftA, b]));
    expect([...plan.blocked.keys()].sort()).toEqual([approvedA, draftA, b].sort());
    const only = planOfChecks([error(b, 'unjustified-na', '2.1')], landlords, new Set());
    expect([...only.blocked.keys()]).toEqual([b]);
  });

  it('never stops on a stale approval; stops everything on the tool\'s data; goes on past a stray file', () => {
    const plan = planOfChecks([error(approvedA, 'approval-stale'), error('code-versions/2024.yaml', 'schema'), error('assessments/evidence/landlord.yaml', 'missing-file')], landlords, new Set());
    expect(plan.blocked.size).toBe(0);
    expect(plan.fatal).toHaveLength(1);
    expect(plan.stray).toHaveLength(1);
  });

  it('is the policy docs/build.md states', () => {
    const doc = readFileSync(join(REPO, 'docs/build.md'), 'utf8');
    for (const [rule, shown] of Object.entries(DRAFT_GAPS)) expect(doc).toMatch(new RegExp(`\\\\| \`${rule}\` \\\\| shown as "${shown}"`));
    for (const rule of NEVER_BLOCKS.keys()) expect(doc).toContain(`| \`${rule}\` |`);
  });
});
