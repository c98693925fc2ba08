// `prepare` (npm pack, npm publish, and installing chc from git): compiles src/'s TypeScript to JavaScript in lib/,
// which an installed chc runs (bin/chc.js), so that Node 22.12 or newer runs it without stripping types, which Node
// refuses under node_modules/. The compiler is TypeScript's own (its native one, TypeScript 7: about a second);
// files that are JavaScript already are copied. Plain JavaScript itself, so that any Node that installs chc runs it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const tsc = `${root}node_modules/typescript-7/bin/tsc`;
if (!existsSync(tsc)) {
  // `npm ci --omit=dev` in a checkout (as the GitHub Action installs chc): no compiler, and no need of one, since a
  // checkout runs src/.
  process.stderr.write('compile-lib: TypeScript 7 (a dev dependency) is not installed, so lib/ is not compiled; a checkout runs src/ and does not need it.\n');
  process.exit(0);
}
rmSync(`${root}lib`, { recursive: true, force: true });
const r = spawnSync(process.execPath, [tsc, '-p', `${root}tsconfig.lib.json`], { cwd: root, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
for (const js of ['validate/validators.generated.js']) cpSync(`${root}src/${js}`, `${root}lib/${js}`);
if (!existsSync(`${root}lib/cli/main.js`)) {
  process.stderr.write('compile-lib: lib/cli/main.js was not written\n');
  process.exit(1);
}
