#!/usr/bin/env node
// The `chc` command. The tool is written in TypeScript and runs from its sources:
// Node >= 22.18 strips the types itself; older 22.x needs the flag, so re-run with it.
import { spawnSync } from 'node:child_process';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`chc needs Node.js 22.12 or newer (this is ${process.version}).\n` +
    'In this repository, run: . scripts/ensure-node.sh   (it installs Node 24 locally), or install Node 24 LTS.\n');
  process.exit(2);
}
if (!process.features.typescript) {
  const r = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(r.status ?? 2);
}
// A reader that stops early (`chc diff … | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
}
// Cache compiled (and type-stripped) modules between runs: start-up drops by about half.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
