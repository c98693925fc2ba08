// npm run typecheck: the two type checkers, side by side (tsc in its own process), each printing its own messages;
// exits 1 when either finds an error.
// 1. The TypeScript compiler (TypeScript 7, the native one, `typescript-7` in package.json) over the .ts files of
//    src/, tests/, scripts/ and bin/: strict, as tsconfig.json says.
// 2. Astro's checker (what `astro check` runs: @astrojs/language-server's AstroCheck) over the .astro and .mdx
//    files, whose frontmatter and expressions tsc does not read. It needs TypeScript's JavaScript API, which
//    TypeScript 7 does not have yet, so it runs on TypeScript 6 (`typescript`). The .ts files are tsc's: checking
//    them twice would double the time and find nothing more.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** tsc's verdict; its messages are printed when it ends, so that they do not interleave with astro check's. */
function tsc(): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`${root}node_modules/typescript-7/bin/tsc`, '--noEmit', '-p', `${root}tsconfig.json`], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => out.push(b));
    child.on('error', (e) => { process.stdout.write(`tsc: could not run (${e.message})\n`); resolve(false); });
    child.on('close', (status) => {
      process.stdout.write(Buffer.concat(out));
      process.stdout.write(`tsc: ${status === 0 ? 'no errors' : 'errors (above)'}\n`);
      resolve(status === 0);
    });
  });
}

async function astroCheck(): Promise<boolean> {
  const { AstroCheck } = await import('@astrojs/language-server');
  const checker = new AstroCheck(root, require.resolve('typescript'), `${root}tsconfig.json`);
  const files = checker.linter.getRootFileNames().filter((f) => /\.(astro|mdx)$/.test(f));
  const result = await checker.lint({ fileNames: files, logErrors: { level: 'warning' } });
  process.stdout.write(`astro check: ${result.fileChecked} files, ${result.errors} errors, ${result.warnings} warnings\n`);
  return result.errors === 0 && result.warnings === 0 && result.fileChecked === files.length && files.length > 0;
}

const [tscOk, astroOk] = await Promise.all([tsc(), astroCheck()]);
process.exitCode = tscOk && astroOk ? 0 : 1;
