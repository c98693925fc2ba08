// Times `chc check` as a user meets it (a new Node process each run, start-up included):
// over the bundled examples, and over ~200 generated assessments.
//   node scripts/bench-check.ts [--runs 5] [--landlords 67]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSector } from './lib/synthetic-sector.ts';

const REPO = new URL('../', import.meta.url).pathname;
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, landlords: { type: 'string', default: '67' } } });
const runs = Number(values.runs);

function time(args: string[]): { median: number; min: number; max: number; status: number } {
  const times: number[] = [];
  let status = 0;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [join(REPO, 'bin/chc.js'), ...args], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    status = r.status ?? -1;
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]!, max: times.at(-1)!, status };
}

const root = mkdtempSync(join(tmpdir(), 'chc-bench-check-'));
try {
  const n = generateSector(root, Number(values.landlords));
  const rows = [
    { name: 'node start-up (node -e 0)', n: 0, ...(() => { const ts: number[] = []; for (let i = 0; i < runs; i++) { const t = process.hrtime.bigint(); spawnSync(process.execPath, ['-e', '0']); ts.push(Number(process.hrtime.bigint() - t) / 1e6); } ts.sort((a, b) => a - b); return { median: ts[Math.floor(ts.length / 2)]!, min: ts[0]!, max: ts.at(-1)!, status: 0 }; })() },
    { name: 'check: bundled examples', n: 3, ...time(['check', '--format', 'json']) },
    { name: `check: ${n} generated assessments`, n, ...time(['check', '--root', root, '--format', 'json']) },
  ];
  console.log(`chc check benchmark — ${cpus().length} cores, node ${process.version}, ${runs} runs each (wall time, new process per run)\n`);
  console.log('| what | assessments | median ms | min | max | exit |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.name} | ${r.n} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)} | ${r.max.toFixed(0)} | ${r.status} |`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
