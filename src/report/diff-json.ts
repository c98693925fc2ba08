import type { AssessmentDiff, DroppedProvision, ProvisionDiff, Status } from '../diff/diff-assessments.ts';

/** A status as the public JSON writes it: "unanswered" is null (docs/diff.md). */
export type JsonStatus = Exclude<Status, 'unanswered'> | null;

/** `chc diff --format json`: the documented shape, a serialisation of the diff, not the diff itself. */
export interface DiffJson extends Omit<AssessmentDiff, 'provisions' | 'dropped'> {
  provisions: (Omit<ProvisionDiff, 'status'> & { status: { from: JsonStatus; to: JsonStatus } })[];
  dropped: (Omit<DroppedProvision, 'status'> & { status: JsonStatus })[];
}

const json = (s: Status): JsonStatus => (s === 'unanswered' ? null : s);

/** The diff as `chc diff --format json` prints it. */
export function diffJson(d: AssessmentDiff): DiffJson {
  return {
    ...d,
    provisions: d.provisions.map((p) => ({ ...p, status: { from: json(p.status.from), to: json(p.status.to) } })),
    dropped: d.dropped.map((x) => ({ ...x, status: json(x.status) })),
  };
}
