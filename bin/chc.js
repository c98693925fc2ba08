#!/usr/bin/env node
// The `chc` command. Installed as a package (under node_modules/, where Node will not strip types), chc runs the
// JavaScript that `prepare` compiled from its sources into lib/ (scripts/compile-lib.mjs), on Node >= 22.12. From a
// checkout it runs its TypeScript sources: Node >= 22.18 strips the types itself; 22.12 to 22.17 needs a flag; older
// Node hands over to the Node 24 that `npm run build` / `npm test` (scripts/setup.sh) installed in .tools/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
const self = fileURLToPath(import.meta.url);
const installed = new URL('../', import.meta.url).href.includes('/node_modules/');
const rerun = (node, flags = []) => {
  const r = spawnSync(node, [...flags, self, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 2);
};
if (major < 22 || (major === 22 && minor < 12)) {
  const local = fileURLToPath(new URL('../.tools/node_modules/.bin/node', import.meta.url));
  if (!installed && existsSync(local) && local !== process.execPath) rerun(local);
  process.stderr.write(installed
    ? `chc needs Node.js 22.12 or newer (this is ${process.version}): install Node 24 LTS from https://nodejs.org.\n`
    : `chc needs Node.js 22.12 or newer (this is ${process.version}): run \`npm run build\` or \`npm test\` here once (they install Node 24 in .tools/), or install Node 24 LTS.\n`);
  process.exit(2);
}
if (!installed && !process.features.typescript) rerun(process.execPath, ['--experimental-strip-types', '--no-warnings']);

// A reader that stops early (`chc diff … | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
}
// Cache compiled (and type-stripped) modules between runs: start-up drops by about half.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
if (installed && !existsSync(fileURLToPath(new URL('../lib/cli/main.js', import.meta.url)))) {
  process.stderr.write('chc is installed without its compiled files (lib/): install it from a packed tarball, or from git, where `prepare` compiles them.\n');
  process.exit(2);
}
const { main } = await import(installed ? '../lib/cli/main.js' : '../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
