import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { normaliseBase, parse, ROOT_OPTIONS, type CommandSpec } from '../args.ts';
import { EXIT, type Io } from '../io.ts';
import { UsageError } from '../../model/errors.ts';
import { within } from '../out-dir.ts';
import { contentType } from '../content-types.ts';
import { shownPath } from '../messages.ts';
import { projectRoot } from '../workspace.ts';

export const spec: CommandSpec = {
  name: 'preview',
  summary: 'serve the website chc build made, as it will be published',
  usage: 'chc preview [--root DIR] [--out DIR] [--port N] [--base PATH]',
  options: {
    ...ROOT_OPTIONS,
    out: { type: 'string', help: 'where chc build wrote (default: dist/ in the root); its site/ is served' },
    port: { type: 'string', help: 'the port to serve on (default: 4322; 0 for any free one)' },
    base: { type: 'string', help: 'the path the site was built for, as given to chc build --base (default: /)' },
  },
};

/**
 * The file of the built site a request names, or null: only a regular file inside the site's folder (links
 * resolved), under `base`; a folder gives its index.html.
 */
export function siteFile(siteDir: string, base: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(urlPath, 'http://preview').pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || !(path === base.replace(/\/$/, '') || path.startsWith(base))) return null;
  const inside = resolve(siteDir, `.${path.slice(base.length - 1)}`);
  if (!within(inside, siteDir)) return null;
  try {
    const real = realpathSync(inside);
    if (!within(real, realpathSync(siteDir))) return null;
    const st = statSync(real);
    if (st.isDirectory()) {
      const index = join(real, 'index.html');
      return existsSync(index) && statSync(index).isFile() ? index : null;
    }
    return st.isFile() ? real : null;
  } catch {
    return null;
  }
}

/** `chc preview`: the built site, served read-only on 127.0.0.1 as it will be published, until Ctrl-C. */
export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parse(spec, argv);
  const root = projectRoot(io, values);
  const outDir = resolve(io.cwd, (values.out as string | undefined) ?? join(root, 'dist'));
  const siteDir = join(outDir, 'site');
  const base = normaliseBase((values.base as string | undefined) ?? '/');
  const port = Number((values.port as string | undefined) ?? '4322');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${String(values.port)}"`);
  if (!existsSync(join(siteDir, 'index.html'))) {
    io.stderr.write(`chc preview: no built site in ${shownPath(io.cwd, siteDir)}/: run chc build first (with --out if it writes elsewhere)\n`);
    return EXIT.problems;
  }
  const notFound = join(siteDir, '404.html');
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    // The site root without its trailing slash goes to it, as a web server would.
    if (req.url === base.replace(/\/$/, '') && base !== '/') {
      res.writeHead(301, { location: base }).end();
      return;
    }
    const file = siteFile(siteDir, base, req.url ?? '/');
    const send = (status: number, path: string | null) => {
      res.writeHead(status, { 'content-type': path ? contentType(path) : 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
      if (req.method === 'HEAD' || !path) res.end(path ? undefined : 'Not found\n');
      else createReadStream(path).on('error', () => res.destroy()).pipe(res);
    };
    if (file) send(200, file);
    else send(404, existsSync(notFound) ? notFound : null);
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen());
  }).catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(e.code === 'EADDRINUSE' ? `port ${port} is in use: choose another with --port` : `cannot serve on port ${port}: ${e.message}`);
  });
  const address = server.address() as { port: number };
  io.stdout.write(`chc preview: serving ${shownPath(io.cwd, siteDir)}/ on http://127.0.0.1:${address.port}${base} (read-only, as built); Ctrl-C to stop\n`);
  await new Promise<void>((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
  await new Promise<void>((done) => server.close(() => done()));
  return EXIT.ok;
}
