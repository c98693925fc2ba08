// chc as a package a landlord installs: `npm pack` gives a tarball without the tests, under 3 MB; installed into a
// folder outside this repository, every command runs there: chc init starts a landlord's repository, then check,
// report, import and build on it (the outputs read back). The package runs the JavaScript compiled at `prepare` (lib/),
// on Node 24 and on the oldest Node it supports, 22.12 (installed from the npm registry, as scripts/ensure-node.sh does).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/project.ts';
import { pdfText } from '../helpers/outputs.ts';

let tmp = '';
let tarball = '';
let landlord = '';
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
let oldestNode = '';
const chc = (args: string[], cwd = landlord, node = process.execPath) => spawnSync(node, [join(landlord, 'node_modules/chc/bin/chc.js'), ...args], { cwd, encoding: 'utf8', timeout: 240_000, env: { ...process.env, NO_COLOR: '1' } });

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'chc-package-'));
  const packed = spawnSync('npm', ['pack', '--pack-destination', tmp, '--json'], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
  expect(packed.status, packed.stderr).toBe(0);
  tarball = join(tmp, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
  // A landlord's own folder, nowhere near this repository.
  landlord = join(tmp, 'homes-of-example');
  mkdirSync(landlord);
  writeFileSync(join(landlord, 'package.json'), JSON.stringify({ name: 'homes-of-example', version: '1.0.0', private: true }));
  const installed = spawnSync('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline'], { cwd: landlord, encoding: 'utf8', timeout: 300_000, env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
  expect(installed.status, installed.stderr).toBe(0);
  const nodeDir = join(tmp, 'node-22.12');
  mkdirSync(nodeDir);
  writeFileSync(join(nodeDir, 'package.json'), JSON.stringify({ private: true, allowScripts: { node: true } }));
  const node = spawnSync('npm', ['install', 'node@22.12.0', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: nodeDir, encoding: 'utf8', timeout: 300_000 });
  expect(node.status, node.stderr).toBe(0);
  oldestNode = join(nodeDir, 'node_modules/node/bin/node');
}, 420_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the package', () => {
  it('is a tarball under 3 MB with the tool and its data, and no tests or fixtures', () => {
    expect(statSync(tarball).size).toBeLessThan(3 * 1024 * 1024);
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    for (const needed of ['package/bin/chc.js', 'package/lib/cli/main.js', 'package/lib/validate/validators.generated.js', 'package/src/pages/index.astro', 'package/code-versions/2024.yaml', 'package/schemas/assessment.schema.json', 'package/templates/messages.yaml', 'package/calendars/england-and-wales.yaml', 'package/astro.config.mjs']) {
      expect(files, needed).toContain(needed);
    }
    expect(files.filter((f) => /^package\/(tests|examples|assessments|bench|scripts)\//.test(f))).toEqual([]);
  });

  it('installed, says its version, starts a landlord\'s repository (chc init), and checks, reports and imports there', () => {
    expect(chc(['--version']).stdout).toBe(`chc ${pkg.version}\n`);
    // Where the package was installed there is a package.json already: init writes nothing there.
    const init = chc(['init', '--landlord', 'fresh-homes', '--name', 'Fresh Homes', '--website', 'https://www.example.org', '--period', '2025-26'], landlord);
    expect(init.status, init.stderr).toBe(1);
    expect(init.stderr).toContain('already has package.json');
    // A landlord's own repository, beside the installed package: chc init there, then a bundled example's folder too.
    mkdirSync(join(landlord, 'repo'));
    expect(chc(['init', '--landlord', 'fresh-homes', '--name', 'Fresh Homes', '--website', 'https://www.example.org', '--period', '2025-26'], join(landlord, 'repo')).status).toBe(0);
    // It depends on the tarball the package was installed from, relative to itself.
    const spec = (JSON.parse(readFileSync(join(landlord, 'repo/package.json'), 'utf8')) as { devDependencies: { chc: string } }).devDependencies.chc;
    expect(spec).toBe(`file:../../${basename(tarball)}`);
    cpSync(join(REPO, 'examples/annual-report/assessments'), join(landlord, 'repo/assessments'), { recursive: true });
    const check = chc(['check', '--format', 'json'], join(landlord, 'repo'));
    expect(check.stderr).toBe('');
    const rules = new Set((JSON.parse(check.stdout) as { diagnostics: { rule: string; severity: string }[] }).diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule));
    // The new assessment's provisions are all to answer; nothing else is wrong.
    expect([...rules]).toEqual(['missing-response']);
    expect(check.status).toBe(1);
    const report = chc(['report', 'example-homes', '--format', 'json'], join(landlord, 'repo'));
    expect(report.status, report.stderr).toBe(0);
    expect(JSON.parse(report.stdout).period).toBe('2024-25');
    const imported = chc(['import', join(REPO, 'tests/fixtures/import/plus-dane-2024-form.pandoc.docx'), '--landlord', 'plus-dane', '--period', '2023-24', '--assessed-on', '2024-06-01', '--format', 'json'], join(landlord, 'repo'));
    expect(imported.status, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ code: '2024', found: 72 });
    rmSync(join(landlord, 'repo/assessments/plus-dane'), { recursive: true });
  });

  // Debian's system Node here is 20: the installed chc says in one line what it needs, without a stack trace.
  const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => existsSync(p));
  const systemMajor = systemNode ? Number(execFileSync(systemNode, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' })) : 0;
  it.runIf(systemNode && systemMajor < 22)('on a Node older than 22.12, says so in one line and exits 2', () => {
    const r = chc(['check'], landlord, systemNode);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^chc needs Node\.js 22\.12 or newer \(this is v\d+\.\d+\.\d+\): install Node 24 LTS from https:\/\/nodejs\.org\.\n$/);
    expect(r.stdout).toBe('');
  });

  it("builds the landlord's site, PDF and DOCX there on Node 22.12, which read back: the new draft's and the example's", async () => {
    const repo = join(landlord, 'repo');
    expect(chc(['--version'], repo, oldestNode).stdout).toBe(`chc ${pkg.version}\n`);
    expect(execFileSync(oldestNode, ['--version'], { encoding: 'utf8' })).toBe('v22.12.0\n');
    const built = chc(['build', '--include-drafts'], repo, oldestNode);
    expect(built.status, built.stderr).toBe(0);
    const fresh = readFileSync(join(repo, 'dist/site/fresh-homes/2025-26/index.html'), 'utf8');
    expect(fresh).toContain('Fresh Homes');
    expect(fresh).toContain('DRAFT');
    expect(pdfText(join(repo, 'dist/documents/fresh-homes/2025-26/fresh-homes-2025-26-public.pdf'))).toContain('Not answered');
    const site = readFileSync(join(repo, 'dist/site/example-homes/2024-25/report/index.html'), 'utf8');
    expect(site).toContain('Example Homes (fictional)');
    const docs = join(repo, 'dist/documents/example-homes/2024-25');
    expect(readdirSync(docs).sort()).toEqual(expect.arrayContaining(['example-homes-2024-25-public.pdf', 'example-homes-2024-25-public.docx']));
    expect(pdfText(join(docs, 'example-homes-2024-25-public.pdf'))).toContain('Annual complaints performance and service improvement report');
    const xml = await (await JSZip.loadAsync(readFileSync(join(docs, 'example-homes-2024-25-public.docx')))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Example Homes (fictional)');
  }, 300_000);
});
