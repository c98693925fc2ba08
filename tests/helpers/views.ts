import { openWorkspace } from '../../src/cli/workspace.ts';
import { renderablesOf } from '../../src/cli/collect-views.ts';
import { approvalHolds } from '../../src/validate/approval.ts';
import type { Renderable } from '../../src/render/collect.ts';
import { REPO } from './project.ts';

const cached = new Map<string, Renderable[]>();

/**
 * The bundled examples (or those under `root`: examples/annual-report) as `chc build` makes them (public and board views of each; an approval whose hash
 * no longer matches shows DRAFT), built once per test file.
 */
export function exampleRenderables(root = REPO): Renderable[] {
  if (!cached.has(root)) {
    const ws = openWorkspace({ cwd: REPO, env: {}, now: () => new Date('2026-01-01'), stdout: { write: () => true }, stderr: { write: () => true } }, { root });
    cached.set(root, renderablesOf(ws, {}, (a) => approvalHolds(ws.project, a)));
  }
  return cached.get(root)!;
}
