// `chc dev` and the site's download links: the preview serves the documents `chc build` last made, and for
// one not made yet, a page that says how to make it, never a bare 404; the board edition is never served.
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadsNote, serveDownloads } from '../../src/cli/commands/dev.ts';

const docs = mkdtempSync(join(tmpdir(), 'chc-dev-docs-'));
const PUBLIC = 'homes-plus/2022-23/homes-plus-2022-23-public.pdf';
const MISSING = 'homes-plus/2022-23/homes-plus-2022-23-public.docx';
const BOARD = 'homes-plus/2022-23/homes-plus-2022-23-board.pdf';
const downloads = new Set([PUBLIC, MISSING]);
let server: Server;
let origin: string;

beforeAll(async () => {
  mkdirSync(join(docs, 'homes-plus/2022-23'), { recursive: true });
  writeFileSync(join(docs, PUBLIC), '%PDF-1.7 public');
  writeFileSync(join(docs, BOARD), '%PDF-1.7 board');
  const handler = serveDownloads(docs, () => downloads);
  server = createServer((req, res) => handler(req, res, () => { res.writeHead(418); res.end('astro'); }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  origin = `http://127.0.0.1:${address.port}`;
});
afterAll(() => {
  server.close();
  rmSync(docs, { recursive: true, force: true });
});

describe('chc dev: the download links', () => {
  it('serves a document chc build made', async () => {
    const r = await fetch(`${origin}/documents/${PUBLIC}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    expect(await r.text()).toBe('%PDF-1.7 public');
  });

  it('answers a document not made yet with a page saying chc build makes it', async () => {
    const r = await fetch(`${origin}/documents/${MISSING}`);
    expect(r.status).toBe(404);
    expect(await r.text()).toContain('Run <code>chc build --include-drafts</code>, then follow the link again');
  });

  it('never serves what the pages do not link to (the board edition), and leaves other paths to Astro', async () => {
    expect((await fetch(`${origin}/documents/${BOARD}`)).status).toBe(418);
    expect((await fetch(`${origin}/homes-plus/2022-23/`)).status).toBe(418);
  });

  it('says at the start where the downloads come from, and how many are not made yet', () => {
    expect(downloadsNote(docs, downloads, 'dist/documents')).toBe('chc dev: the PDF and Word downloads are those chc build last made, in dist/documents/; 1 download of 2 is not made yet (the link says so): run chc build --include-drafts to make them\n');
    expect(downloadsNote(docs, new Set([PUBLIC]), 'dist/documents')).toBe('chc dev: the PDF and Word downloads are those chc build last made, in dist/documents/; run chc build --include-drafts to bring them up to date\n');
  });
});
