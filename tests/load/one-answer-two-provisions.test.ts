// The documented way to give several provisions one answer (docs/data-formats.md): an anchor and an alias. Each
// provision is then answered, for check's counts, for diff and for the outputs (which all read the same data).
import { describe, expect, it } from 'vitest';
import { readProject } from '../../src/load/read-project.ts';
import { applySchemas } from '../../src/validate/apply-schemas.ts';
import { checkFiles, LANDLORD, TEST_CODES, writeProject } from '../helpers/project.ts';

const files = {
  'assessments/x/landlord.yaml': LANDLORD,
  'assessments/x/1990-91/assessment.yaml': 'code: "1990"\nperiod: 1990-91\nassessed_on: 1991-05-01\nresponses:\n  "1.1": &policy\n    comply: yes\n    evidence: Policy section 1.\n  "1.2": *policy\n  "2.1":\n    comply: n/a\n  2a:\n    answer: 80%\n',
};

describe('one answer for two provisions, with an anchor and an alias', () => {
  it('answers both: no diagnostics, every provision counted', () => {
    const r = checkFiles(files);
    expect(r.diagnostics).toEqual([]);
    expect(r.assessments[0]!.must).toEqual({ answered: 3, total: 3 });
    expect(r.assessments[0]!.should).toEqual({ answered: 1, total: 1 });
  });

  it('gives the second provision the same answer in the data every output reads', () => {
    const { root, cleanup } = writeProject(files);
    try {
      const project = readProject(root, { codeVersionsDir: TEST_CODES });
      applySchemas(project);
      const responses = project.landlords[0]!.assessments[0]!.data!.responses!;
      expect(responses['1.2']).toEqual(responses['1.1']);
      expect(responses['1.2']!.comply).toBe('yes');
    } finally {
      cleanup();
    }
  });
});
