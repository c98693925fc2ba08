import { mkdtempSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOOL_ROOT } from '../../load/read-project.ts';
import { siteDataOf, type SiteData } from '../../render/site-data.ts';
import { approvalHolds } from '../../validate/approval.ts';
import { parse, ROOT_OPTIONS, type CommandSpec } from '../args.ts';
import { EXIT, type Io } from '../io.ts';
import { renderablesOf } from '../collect-views.ts';
import { openWorkspace } from '../workspace.ts';
import { writePublicDir } from '../../render/site/write-site.ts';

export const spec: CommandSpec = {
  name: 'dev',
  summary: 'preview the website, reloading when an assessment or evidence file changes',
  usage: 'chc dev [--root DIR] [--port N] [--host ADDRESS]',
  options: {
    ...ROOT_OPTIONS,
    port: { type: 'string', help: 'the port to serve on (default: 4321)' },
    host: { type: 'string', help: 'the address to listen on (default: 127.0.0.1)' },
  },
};

/** The site data for a preview: every assessment (drafts included, marked DRAFT). */
function previewData(io: Io, values: Record<string, unknown>): SiteData {
  const ws = openWorkspace(io, values);
  const rs = renderablesOf(ws, {}, (a) => approvalHolds(ws.project, a));
  return siteDataOf(rs, rs, '/');
}

/** `chc dev`: Astro's dev server on the preview data; a change under assessments/ rebuilds the data and reloads the page. */
export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parse(spec, argv);
  const work = mkdtempSync(join(tmpdir(), 'chc-dev-'));
  const dataFile = join(work, 'site-data.json');
  const write = () => {
    const data = previewData(io, values);
    writeFileSync(dataFile, JSON.stringify(data));
    writePublicDir(data, work);
  };
  write();
  process.env.CHC_SITE_DATA = dataFile;
  process.env.CHC_DEV = '1';
  process.env.CHC_BASE = '/';
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  let reload: (() => void) | undefined;
  const { dev } = await import('astro');
  const server = await dev({
    root: TOOL_ROOT,
    cacheDir: join(work, 'astro-cache'),
    publicDir: join(work, 'public'),
    logLevel: 'warn',
    server: { port: Number(values.port ?? 4321), host: (values.host as string | undefined) ?? '127.0.0.1' },
    integrations: [{
      name: 'chc-live-data',
      hooks: {
        'astro:server:setup': ({ server: vite }) => {
          // A change to the module that reads the data makes Astro drop its cached routes and Vite reload the page.
          const loader = join(TOOL_ROOT, 'src/render/site/load.ts');
          reload = () => vite.watcher.emit('change', loader);
        },
      },
    }],
  });
  const root = join((values.root as string | undefined) ?? io.cwd, 'assessments');
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(root, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        write();
        io.stdout.write('chc dev: assessments changed; page reloaded\n');
        reload?.();
      } catch (e) {
        io.stderr.write(`chc dev: could not rebuild the preview: ${(e as Error).message}\n`);
      }
    }, 150);
  });
  io.stdout.write(`chc dev: previewing on http://${server.address.address}:${server.address.port}/ (drafts included); Ctrl-C to stop\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  watcher.close();
  await server.stop();
  rmSync(work, { recursive: true, force: true });
  return EXIT.ok;
}
