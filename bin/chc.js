#!/usr/bin/env node
// The `chc` command. The tool is written in TypeScript and runs from its sources: Node >= 22.18 strips the
// types itself; 22.12 to 22.17 needs a flag; older Node hands over to the Node 24 that `npm run build` /
// `npm test` (scripts/setup.sh) installed in .tools/, when there is one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
const self = fileURLToPath(import.meta.url);
const rerun = (node, flags = []) => {
  const r = spawnSync(node, [...flags, self, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 2);
};
if (major < 22 || (major === 22 && minor < 12)) {
  const local = fileURLToPath(new URL('../.tools/node_modules/.bin/node', import.meta.url));
  if (existsSync(local) && local !== process.execPath) rerun(local);
  process.stderr.write(`chc needs Node.js 22.12 or newer (this is ${process.version}).\n` +
    'In this repository, run `npm run build` or `npm test` once (they install Node 24 locally), or install Node 24 LTS.\n');
  process.exit(2);
}
if (!process.features.typescript) rerun(process.execPath, ['--experimental-strip-types', '--no-warnings']);

// A reader that stops early (`chc diff … | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
}
// Cache compiled (and type-stripped) modules between runs: start-up drops by about half.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
// Installed as a package (under node_modules/), Node will not strip the sources' types itself: a load hook strips
// them (Node's own stripTypeScriptTypes), for this package's .ts files only.
const root = new URL('../', import.meta.url).href;
if (root.includes('/node_modules/')) {
  const { registerHooks, stripTypeScriptTypes } = await import('node:module');
  if (!registerHooks || !stripTypeScriptTypes) {
    process.stderr.write(`chc needs Node.js 22.18 or newer to run as an installed package (this is ${process.version}): install Node 24 LTS.\n`);
    process.exit(2);
  }
  const { readFileSync } = await import('node:fs');
  const { emitWarning } = process;
  registerHooks({
    load(url, context, next) {
      if (!url.startsWith(root) || !url.endsWith('.ts') || url.slice(root.length).startsWith('node_modules/')) return next(url, context);
      // stripTypeScriptTypes warns that it is experimental on every call: not the user's concern.
      process.emitWarning = () => {};
      try {
        return { format: 'module', source: stripTypeScriptTypes(readFileSync(new URL(url), 'utf8')), shortCircuit: true };
      } finally {
        process.emitWarning = emitWarning;
      }
    },
  });
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
