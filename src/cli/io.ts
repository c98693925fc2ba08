/** The outside world as the CLI sees it: passed in, so tests need no patched globals. */
export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  now: () => Date;
}

/** The real process. */
export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), now: () => new Date() };
}

/** Exit codes: 0 fine, 1 the input has problems, 2 bad usage or a fault in chc itself. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

