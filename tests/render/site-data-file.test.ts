// The site data Astro reads: shared parts written once, and read again whenever the file changes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSiteData, writeSiteData } from '../../src/render/site/site-data-file.ts';
import { siteDataOf } from '../../src/render/site-data.ts';
import { exampleRenderables } from '../helpers/views.ts';
import type { SiteData } from '../../src/render/site-data.ts';

const dir = mkdtempSync(join(tmpdir(), 'chc-site-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the site data file', () => {
  const rs = exampleRenderables();
  const data = siteDataOf(rs, rs, '/');

  it('holds each shared view and Code text once, and reads back equal, sharing them again', () => {
    const path = join(dir, 'site.data');
    writeSiteData(path, data);
    const size = readFileSync(path).length;
    expect(size).toBeLessThan(JSON.stringify(data).length / 2);
    const back = readSiteData(path);
    expect(back).toEqual(data);
    // The public view of a published assessment is the same object in the pages and the print views.
    const page = back.pages[0]!;
    expect(back.print.filter((v) => v === page)).toHaveLength(1);
  });

  it('reads the file again after an edit that keeps its length (chc dev rewrites it on every change)', async () => {
    const path = join(dir, 'dev.data');
    const one: SiteData = { ...data, title: 'AAAA' };
    const two: SiteData = { ...data, title: 'BBBB' };
    writeSiteData(path, one);
    const before = readFileSync(path).length;
    expect(readSiteData(path).title).toBe('AAAA');
    await new Promise((r) => setTimeout(r, 20));
    writeSiteData(path, two);
    expect(readFileSync(path).length).toBe(before);
    expect(readSiteData(path).title).toBe('BBBB');
  });
});
