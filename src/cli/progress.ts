import type { Io } from './io.ts';

/** Progress of long work on a terminal: one line, rewritten; nothing when output is not a terminal. */
export function progress(io: Io): { step(kind: string, message: string): void; done(): void } {
  const tty = io.stderr.isTTY === true;
  let shown = false;
  return {
    step(_kind, message) {
      if (!tty) return;
      io.stderr.write(`\r\u001b[2K${message}`);
      shown = true;
    },
    done() {
      if (tty && shown) io.stderr.write('\r\u001b[2K');
      shown = false;
    },
  };
}
