// The editor knows the Code: yaml-language-server (the YAML extension's server, which complaints managers' editors
// run), driven over stdio as an editor drives it, on an assessment beside the bundled example (so its first line
// names the schema as every assessment does: ../../../schemas/assessment.schema.json). An unknown provision id is
// flagged, completion under `responses:` offers the version's ids, and hovering over a provision id shows the Code's
// text for it.
import { existsSync, globSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LspClient } from '../helpers/lsp.ts';
import { REPO } from '../helpers/project.ts';

const FILE = join(REPO, 'assessments/plus-dane/2023-24/assessment.yaml');
const URI = pathToFileURL(FILE).href;
const code = parse(readFileSync(join(REPO, 'code-versions/2024.yaml'), 'utf8')) as { provisions: { id: string; title?: string; text: string }[] };
const SETTINGS = { validate: true, hover: true, completion: true, format: { enable: false }, schemaStore: { enable: false }, yamlVersion: '1.2' };

// An assessment being written, as an editor holds it: two answers, one under an id the 2024 Code does not have, and an
// empty line under `responses:` where the cursor asks for completion (which offers the ids not yet answered).
const lines = [
  readFileSync(FILE, 'utf8').split('\n')[0]!,
  'code: "2024"',
  'period: 2023-24',
  'assessed_on: 2024-06-01',
  'responses:',
  '  "5.6":',
  '    comply: yes',
  '  "9.9":',
  '    comply: yes',
  '  ',
];
const blank = lines.length - 1;
const text = lines.join('\n');
const at = (needle: string) => {
  const line = lines.findIndex((l) => l.startsWith(needle));
  return { line, character: 3 };
};

let lsp: LspClient;
beforeAll(async () => {
  lsp = new LspClient(process.execPath, [join(REPO, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'], (section) => (section === 'yaml' ? SETTINGS : section ? null : { yaml: SETTINGS }));
  await lsp.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(REPO).href,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: {
        completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown', 'plaintext'] } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: {},
      },
    },
  });
  lsp.notify('initialized', {});
  lsp.notify('workspace/didChangeConfiguration', { settings: { yaml: SETTINGS } });
  lsp.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'yaml', version: 1, text } });
}, 60_000);
afterAll(async () => { await lsp?.close(); });

describe('yaml-language-server on an assessment', () => {
  it('flags a provision id the Code does not have, and nothing else', async () => {
    const m = await lsp.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string; diagnostics: unknown[] }).uri === URI && (n.params as { diagnostics: unknown[] }).diagnostics.length > 0, 30_000);
    const diagnostics = (m.params as { diagnostics: { range: { start: { line: number } }; message: string }[] }).diagnostics;
    expect(diagnostics.map((d) => d.range.start.line)).toEqual([at('  "9.9"').line]);
  }, 40_000);

  it("offers the version's provision ids under responses:", async () => {
    const r = await lsp.request<{ items: { label: string }[] } | { label: string }[]>('textDocument/completion', { textDocument: { uri: URI }, position: { line: blank, character: 2 } });
    const labels = (Array.isArray(r) ? r : r.items).map((i) => i.label.replace(/^"|"$/g, ''));
    // Every id of the 2024 Code but the one answered.
    expect(labels).toEqual(expect.arrayContaining(code.provisions.map((p) => p.id).filter((id) => id !== '5.6')));
    // Only the 2024 Code's: not the 2020 form's questions.
    expect(labels).not.toContain('1a');
  }, 30_000);

  it("shows a provision's number, title, level and the Code's text on hover", async () => {
    const p = code.provisions.find((x) => x.id === '5.6')!;
    const r = await lsp.request<{ contents: { value: string } | string }>('textDocument/hover', { textDocument: { uri: URI }, position: at('  "5.6"') });
    const shown = typeof r.contents === 'string' ? r.contents : r.contents.value;
    expect(shown).toContain(`5.6${p.title ? ` ${p.title}` : ''} (must)`);
    expect(shown.replace(/\s+/g, ' ')).toContain(p.text.trim().split('\n')[0]!.replace(/\s+/g, ' ').slice(0, 60));
  }, 30_000);
});

describe("this repository's editor settings", () => {
  it('map each schema to files that are there, and recommend the YAML extension; the dev container installs it', () => {
    const settings = JSON.parse(readFileSync(join(REPO, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    for (const [schema, globs] of Object.entries(settings['yaml.schemas'])) {
      expect(existsSync(join(REPO, schema)), schema).toBe(true);
      expect(globs.flatMap((g) => globSync(g, { cwd: REPO })).length, `${schema}: ${globs.join(', ')}`).toBeGreaterThan(0);
    }
    expect(Object.keys(settings['yaml.schemas']).length).toBe(readdirSync(join(REPO, 'schemas')).filter((f) => f !== 'report-figures.schema.json').length);
    expect(JSON.parse(readFileSync(join(REPO, '.vscode/extensions.json'), 'utf8')).recommendations).toContain('redhat.vscode-yaml');
    expect(JSON.parse(readFileSync(join(REPO, '.devcontainer/devcontainer.json'), 'utf8')).customizations.vscode.extensions).toContain('redhat.vscode-yaml');
  });
});
