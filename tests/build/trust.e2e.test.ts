// What a landlord must be able to trust: no internal document in the public edition, no half-written
// output after a failed or interrupted build, a clear refusal for a second build into the same folder,
// and the other outputs when the browser is missing.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { chc } from '../helpers/cli.ts';
import { REPO } from '../helpers/project.ts';
import { docxText, filesUnder, pdfText, treeHashes } from '../helpers/outputs.ts';
import { ownerOf, workParent } from '../../src/render/work-folders.ts';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

/** The processes whose environment holds `mark`, once none is left or `waitMs` has passed. */
async function processesMarked(mark: string, waitMs: number): Promise<number[]> {
  const started = Date.now();
  for (;;) {
    const found = readdirSync('/proc').filter((p) => /^\d+$/.test(p)).filter((p) => {
      try {
        return readFileSync(`/proc/${p}/environ`, 'latin1').split('\0').includes(mark);
      } catch {
        return false;
      }
    }).map(Number);
    if (found.length === 0 || Date.now() - started >= waitMs) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
}

function copyOfRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'chc-trust-'));
  dirs.push(root);
  cpSync(join(REPO, 'assessments'), join(root, 'assessments'), { recursive: true });
  return root;
}

describe('no internal material in the public edition', () => {
  let root: string;
  let out: string;
  const markers: string[] = [];

  beforeAll(() => {
    root = copyOfRepo();
    // Plant a unique marker in every internal item of the examples: its title, file and section.
    for (const landlord of readdirSync(join(root, 'assessments'))) {
      for (const period of readdirSync(join(root, 'assessments', landlord)).filter((p) => /^\d{4}-\d{2}$/.test(p))) {
        const path = join(root, 'assessments', landlord, period, 'assessment.yaml');
        const doc = parseDocument(readFileSync(path, 'utf8'));
        const responses = doc.get('responses') as { items: { value: { get(k: string): unknown } }[] };
        for (const pair of responses.items) {
          const docs = (pair.value?.get?.('documents') as { items: { get(k: string): unknown; set(k: string, v: unknown): void }[] } | undefined)?.items ?? [];
          for (const d of docs) {
            if (d.get('internal') !== true) continue;
            const m = `LEAKMARKER${String(markers.length).padStart(3, '0')}X`;
            markers.push(m);
            d.set('title', `${d.get('title')} ${m}`);
            d.set('section', m);
          }
        }
        writeFileSync(path, doc.toString({ lineWidth: 0 }));
      }
    }
    expect(markers.length).toBeGreaterThan(20);
    out = join(root, 'out');
    const r = chc(['build', '--root', root, '--out', out, '--include-drafts']);
    expect(r.status, r.stderr).toBe(0);
  }, 240_000);

  it('the board edition carries every marker (the planting worked)', async () => {
    const board = filesUnder(join(out, 'documents')).filter((f) => f.includes('-board.'));
    let all = '';
    for (const f of board) all += f.endsWith('.pdf') ? pdfText(join(out, 'documents', f)) : (await docxText(join(out, 'documents', f))).text;
    for (const m of markers) expect(all, m).toContain(m);
  });

  it('no public output byte, extracted text or file name carries a marker', async () => {
    const publicFiles = [
      ...filesUnder(join(out, 'site')).map((f) => join(out, 'site', f)),
      ...filesUnder(join(out, 'documents')).filter((f) => f.includes('-public.')).map((f) => join(out, 'documents', f)),
    ];
    expect(publicFiles.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const file of publicFiles) {
      let content = readFileSync(file).toString('latin1') + file;
      if (file.endsWith('.pdf')) content += pdfText(file);
      if (file.endsWith('.docx')) content += (await docxText(file)).xml;
      for (const m of markers) if (content.includes(m)) found.push(`${file}: ${m}`);
    }
    expect(found).toEqual([]);
    expect(readFileSync(join(out, 'site/plus-dane/2023-24/index.html'), 'utf8')).toContain('Internal document — available on request');
  });
});

describe('builds that fail or are interrupted leave the previous output untouched', () => {
  let root: string;
  let out: string;
  let before: Record<string, string>;

  beforeAll(() => {
    root = copyOfRepo();
    out = join(root, 'dist');
    const r = chc(['build', '--root', root, '--include-drafts']);
    expect(r.status, r.stderr).toBe(0);
    before = treeHashes(out);
  }, 240_000);

  it('bad input: that assessment is not built, nothing else changes, exit 1', () => {
    const path = join(root, 'assessments/plus-dane/2023-24/assessment.yaml');
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, good.replace('comply: yes', 'comply: true'));
    const r = chc(['build', '--root', root, '--include-drafts']);
    writeFileSync(path, good);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('plus-dane 2023-24 was not built');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(treeHashes(out)).toEqual(before);
  });

  it.each(['SIGTERM', 'SIGKILL'] as const)('killed mid-PDF (%s): previous output intact, no half-written files, no browser left running; the next build cleans up', async (signal) => {
    // Every process the build starts inherits this mark, so the browser can be found after its parent is gone.
    const mark = `CHC_TEST_KILLED_BUILD=${signal}-${process.pid}-${Date.now()}`;
    // --no-cache: render every PDF again (an unchanged build would reuse them and never start the browser).
    const child = spawn(process.execPath, [join(REPO, 'bin/chc.js'), 'build', '--root', root, '--include-drafts', '--no-cache'], {
      cwd: REPO, stdio: 'ignore', env: { ...process.env, CHC_TEST_KILLED_BUILD: mark.split('=')[1] },
    });
    const stage = `${out}.staging-${child.pid}`;
    const ownFolders = () => readdirSync(workParent(REPO)).filter((n) => ownerOf(n) === child.pid);
    try {
      // Wait until the first PDF of this build exists in its staging folder, then kill it.
      await new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const poll = setInterval(() => {
          const pdfs = existsSync(join(stage, 'documents')) ? filesUnder(join(stage, 'documents')).filter((f) => f.endsWith('.pdf.' + child.pid + '.tmp') || f.endsWith('.pdf')) : [];
          if (pdfs.length > 0) { clearInterval(poll); child.kill(signal); resolve(); }
          else if (Date.now() - started > 120_000) { clearInterval(poll); reject(new Error('no PDF was started')); }
        }, 20);
      });
      await new Promise((resolve) => child.on('exit', resolve));
      expect(treeHashes(out)).toEqual(before);
      expect(filesUnder(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      // The browser quits with the build, whatever killed it (it talks to the build over a pipe that closes).
      expect(await processesMarked(mark, 10_000)).toEqual([]);
      if (signal === 'SIGTERM') {
        expect(existsSync(stage)).toBe(false);
        expect(ownFolders()).toEqual([]);
      } else {
        // Nothing can clean up after SIGKILL: its profile and work folders wait for the next run.
        expect(ownFolders().some((n) => n.startsWith('chromium-'))).toBe(true);
      }
      const again = chc(['build', '--root', root, '--include-drafts', '--only', 'docx']);
      expect(again.status).toBe(0);
      expect(existsSync(stage)).toBe(false);
      expect(existsSync(`${out}.lock`)).toBe(false);
      expect(ownFolders()).toEqual([]);
    } finally {
      // Should the browser have outlived its build, it must not outlive the test too.
      for (const pid of await processesMarked(mark, 0)) process.kill(pid, 'SIGKILL');
    }
  }, 240_000);

  it('two builds into the same folder at once: both succeed, or one is refused with a clear message', async () => {
    const run = () => new Promise<{ status: number; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [join(REPO, 'bin/chc.js'), 'build', '--root', root, '--include-drafts', '--only', 'docx'], { cwd: REPO });
      let stderr = '';
      child.stderr.on('data', (d) => { stderr += d; });
      child.on('exit', (status) => resolve({ status: status ?? -1, stderr }));
    });
    const results = await Promise.all([run(), run()]);
    for (const r of results) {
      if (r.status !== 0) {
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(/another build \(process \d+\) is writing into .*dist; wait for it to finish/);
      }
    }
    expect(results.some((r) => r.status === 0)).toBe(true);
    expect(filesUnder(join(out, 'documents')).filter((f) => f.endsWith('.docx'))).toHaveLength(6);
  }, 240_000);

  it('a browser that cannot start: a clear message naming how to install Chromium, the other outputs complete, old PDFs kept', () => {
    const r = chc(['build', '--root', root, '--include-drafts', '--no-cache'], { env: { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('chc build: no PDFs were made: could not start /nonexistent/chromium');
    expect(r.stderr).toContain('apt-get install chromium');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(filesUnder(out).filter((f) => f.endsWith('.pdf') && f.startsWith('documents/'))).toHaveLength(6);
    expect(existsSync(join(out, 'site/index.html'))).toBe(true);
  }, 240_000);
});

describe('two builds at once into different folders', () => {
  it('both succeed, each in its own work folder, and give the same site', async () => {
    const root = copyOfRepo();
    const run = (out: string) => new Promise<{ status: number; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [join(REPO, 'bin/chc.js'), 'build', '--root', root, '--out', join(root, out), '--include-drafts', '--only', 'site'], { cwd: REPO });
      let stderr = '';
      child.stderr.on('data', (d) => { stderr += d; });
      child.on('exit', (status) => resolve({ status: status ?? -1, stderr }));
    });
    const results = await Promise.all([run('out-1'), run('out-2')]);
    for (const r of results) expect(r.status, r.stderr).toBe(0);
    const a = treeHashes(join(root, 'out-1/site'));
    expect(Object.keys(a).length).toBeGreaterThan(5);
    expect(treeHashes(join(root, 'out-2/site'))).toEqual(a);
  }, 240_000);
});
