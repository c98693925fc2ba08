import { describe, expect, it } from 'vitest';
import { nearName, periodFromName } from '../../src/load/misplaced-files.ts';
import { readProject } from '../../src/load/read-project.ts';
import { LANDLORD, TEST_CODES, writeProject, type Files } from '../helpers/project.ts';

const ASSESSMENT = 'code: "1990"\nperiod: 1990-91\nassessed_on: 1991-05-01\nresponses:\n  "1.1":\n    comply: yes\n';

/** The load-time diagnostics of a throwaway project, as [file, rule, message, hint]. */
function loadDiagnostics(files: Files, options: { period?: string } = {}) {
  const { root, cleanup } = writeProject(files);
  try {
    const project = readProject(root, { codeVersionsDir: TEST_CODES, ...options });
    return project.diagnostics.map((d) => [d.file, d.rule, d.message, d.hint]);
  } finally {
    cleanup();
  }
}

describe('periodFromName', () => {
  it('reads the period a folder name means, when it is clear', () => {
    expect(periodFromName('2024-2025')).toBe('2024-25');
    expect(periodFromName('FY 2024-25')).toBe('2024-25');
    expect(periodFromName('2024_25')).toBe('2024-25');
    expect(periodFromName('2024 to 2025')).toBeUndefined();
    expect(periodFromName('24-25')).toBe('2024-25');
    expect(periodFromName('1999-2000')).toBe('1999-00');
    expect(periodFromName('2024-26')).toBeUndefined();
    expect(periodFromName('2024')).toBeUndefined();
    expect(periodFromName('drafts')).toBeUndefined();
  });
});

describe('nearName', () => {
  it('finds a misnamed file, and leaves other files alone', () => {
    expect(nearName(['response.md', 'assessment.yml'], 'assessment.yaml')).toBe('assessment.yml');
    expect(nearName(['Assessment.yaml'], 'assessment.yaml')).toBe('Assessment.yaml');
    expect(nearName(['assessment.yaml.txt'], 'assessment.yaml')).toBe('assessment.yaml.txt');
    expect(nearName(['assesment.yaml'], 'assessment.yaml')).toBe('assesment.yaml');
    expect(nearName(['assessment (1).yaml', 'assessment.YML'], 'assessment.yaml')).toBe('assessment.YML');
    expect(nearName(['response.md', 'assessment.pdf', 'assessment.docx', 'landlord.yaml'], 'assessment.yaml')).toBeUndefined();
    expect(nearName(['landlord.yml', 'logo.svg'], 'landlord.yaml')).toBe('landlord.yml');
  });
});

describe('assessments where chc does not look for them', () => {
  const base: Files = { 'assessments/test-homes/landlord.yaml': LANDLORD, 'assessments/test-homes/1990-91/assessment.yaml': ASSESSMENT };

  it('a period folder named otherwise, or none: an error on the file, saying where it goes', () => {
    expect(loadDiagnostics({
      ...base,
      'assessments/test-homes/1991-1992/assessment.yaml': ASSESSMENT.replace('1990-91', '1991-92'),
      'assessments/test-homes/drafts/assessment.yml': ASSESSMENT.replace('1990-91', '1992-93'),
      'assessments/test-homes/FY 1990-91/assessment.yaml': ASSESSMENT,
      'assessments/test-homes/evidence/policy.md': '# Policy\n',
      'assessments/other-homes/landlord.yaml': LANDLORD,
      'assessments/other-homes/assessment.yaml': '\uFEFFcode: "1990"\r\nperiod: "1990-91"\r\n',
    })).toEqual([
      ['assessments/other-homes/assessment.yaml', 'missing-file', 'this assessment is not checked or published: it is not in a folder for its period',
        'Move it into a folder named after the period it covers: assessments/other-homes/1990-91/assessment.yaml.'],
      ['assessments/test-homes/1991-1992/assessment.yaml', 'missing-file', 'this assessment is not checked or published: its folder "1991-1992" is not named after a period (like 2024-25)',
        'Rename the folder "1991-1992" to 1991-92.'],
      ['assessments/test-homes/FY 1990-91/assessment.yaml', 'missing-file', 'this assessment is not checked or published: its folder "FY 1990-91" is not named after a period (like 2024-25)',
        'Rename the folder "FY 1990-91" to 1990-91. There is already a folder 1990-91: keep the assessment in one of them, and remove the other.'],
      ['assessments/test-homes/drafts/assessment.yml', 'missing-file', 'this assessment is not checked or published: its folder "drafts" is not named after a period (like 2024-25)',
        'Rename the folder "drafts" to 1992-93, and rename assessment.yml to assessment.yaml.'],
    ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
  });

  it('with --period, only the misplaced assessment for that period; and it is not taken for a bad --period', () => {
    const files = { ...base, 'assessments/test-homes/1991-1992/assessment.yaml': ASSESSMENT.replace('1990-91', '1991-92') };
    expect(loadDiagnostics(files, { period: '1990-91' })).toEqual([]);
    expect(loadDiagnostics(files, { period: '1991-92' }).map((d) => d[0])).toEqual(['assessments/test-homes/1991-1992/assessment.yaml']);
  });

  it('an assessment in a landlord folder named like a period: says to make a folder for the landlord', () => {
    const d = loadDiagnostics({ 'assessments/1990-91/assessment.yaml': ASSESSMENT });
    expect(d).toContainEqual(['assessments/1990-91/assessment.yaml', 'missing-file', 'this assessment is not checked or published: it is not in a folder for its period',
      "Put the landlord's files in a folder of their own, named after the landlord (e.g. assessments/my-landlord/), and this file in a folder for its period inside it: assessments/my-landlord/1990-91/assessment.yaml."]);
  });

  it('a period folder without assessment.yaml: an empty folder, a folder with other files', () => {
    expect(loadDiagnostics({ ...base, 'assessments/test-homes/1991-92/response.md': '# Response\n' })).toEqual([
      ['assessments/test-homes/1991-92/assessment.yaml', 'missing-file', 'assessments/test-homes/1991-92/ has no assessment.yaml',
        'Create it with `chc new test-homes 1991-92`; if this folder is not an assessment, move its files elsewhere and remove it.'],
    ]);
  });

  it('landlord.yaml that is a folder: an error, not a fault', () => {
    expect(loadDiagnostics({ 'assessments/test-homes/landlord.yaml/x.yaml': LANDLORD, 'assessments/test-homes/1990-91/assessment.yaml': ASSESSMENT })).toEqual([
      ['assessments/test-homes/landlord.yaml', 'missing-file', 'landlord.yaml is a folder, not a file',
        'Move what is inside the folder landlord.yaml out of it and remove the folder; landlord.yaml must be a YAML file.'],
    ]);
  });
});

describe('file: naming a folder', () => {
  it('is marked as a folder for the rule that reports it', () => {
    const { root, cleanup } = writeProject({
      ...{ 'assessments/test-homes/landlord.yaml': LANDLORD, 'assessments/test-homes/evidence/policy.md': '# Policy\n' },
      'assessments/test-homes/1990-91/assessment.yaml': `${ASSESSMENT}    documents:\n      - title: Policy\n        file: ../evidence/\n`,
    });
    try {
      const project = readProject(root, { codeVersionsDir: TEST_CODES });
      const info = [...project.files.values()].find((f) => f.ref === '../evidence/');
      expect(info).toMatchObject({ exists: false, folder: true });
    } finally {
      cleanup();
    }
  });
});
