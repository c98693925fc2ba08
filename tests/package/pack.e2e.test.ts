// chc as a package a landlord installs: `npm pack` gives a tarball without the tests, under 3 MB; installed into a
// folder outside this repository, every command runs there on that folder's assessments (check, report, import,
// build, and the outputs read back), Node stripping the sources' types through chc's own load hook (bin/chc.js).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/project.ts';
import { pdfText } from '../helpers/outputs.ts';

let tmp = '';
let tarball = '';
let landlord = '';
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
const chc = (args: string[], cwd = landlord) => spawnSync(process.execPath, [join(landlord, 'node_modules/chc/bin/chc.js'), ...args], { cwd, encoding: 'utf8', timeout: 240_000, env: { ...process.env, NO_COLOR: '1' } });

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
}, 420_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the package', () => {
  it('is a tarball under 3 MB with the tool and its data, and no tests or fixtures', () => {
    expect(statSync(tarball).size).toBeLessThan(3 * 1024 * 1024);
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    for (const needed of ['package/bin/chc.js', 'package/src/cli/main.ts', 'package/code-versions/2024.yaml', 'package/schemas/assessment.schema.json', 'package/templates/messages.yaml', 'package/calendars/england-and-wales.yaml', 'package/astro.config.mjs']) {
      expect(files, needed).toContain(needed);
    }
    expect(files.filter((f) => /^package\/(tests|examples|assessments|bench|scripts)\//.test(f))).toEqual([]);
  });

  it('installed, says its version, and checks, reports and imports in the landlord\'s folder', () => {
    expect(chc(['--version']).stdout).toBe(`chc ${pkg.version}\n`);
    cpSync(join(REPO, 'examples/annual-report/assessments'), join(landlord, 'assessments'), { recursive: true });
    const check = chc(['check']);
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain('2 assessments checked: 0 errors, 0 warnings');
    expect(check.status).toBe(0);
    const report = chc(['report', 'example-homes', '--format', 'json']);
    expect(report.status, report.stderr).toBe(0);
    expect(JSON.parse(report.stdout).period).toBe('2024-25');
    const imported = chc(['import', join(REPO, 'tests/fixtures/import/plus-dane-2024-form.pandoc.docx'), '--landlord', 'plus-dane', '--period', '2023-24', '--assessed-on', '2024-06-01', '--format', 'json']);
    expect(imported.status, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ code: '2024', found: 72 });
    rmSync(join(landlord, 'assessments/plus-dane'), { recursive: true });
  });

  it("builds the landlord's site, PDF and DOCX there, which read back", async () => {
    const built = chc(['build', '--include-drafts']);
    expect(built.status, built.stderr).toBe(0);
    const site = readFileSync(join(landlord, 'dist/site/example-homes/2024-25/report/index.html'), 'utf8');
    expect(site).toContain('Example Homes (fictional)');
    const docs = join(landlord, 'dist/documents/example-homes/2024-25');
    expect(readdirSync(docs).sort()).toEqual(expect.arrayContaining(['example-homes-2024-25-public.pdf', 'example-homes-2024-25-public.docx']));
    expect(pdfText(join(docs, 'example-homes-2024-25-public.pdf'))).toContain('Annual complaints performance and service improvement report');
    const xml = await (await JSZip.loadAsync(readFileSync(join(docs, 'example-homes-2024-25-public.docx')))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Example Homes (fictional)');
  }, 300_000);
});
