// Builds the site with the print views of the bundled examples (both editions) into <out>/site and
// <out>/print, as `chc build` does before its PDF step, for the site's end-to-end test. Run as a separate
// process (Astro's build does not run inside vitest): node tests/site/build-print-views.ts OUT
import { join } from 'node:path';
import { siteDataOf } from '../../src/render/site-data.ts';
import { writeSite } from '../../src/render/site/write-site.ts';
import { TOOL_ROOT } from '../../src/load/read-project.ts';
import { exampleRenderables } from '../helpers/views.ts';

const out = process.argv[2];
if (!out) throw new Error('usage: node tests/site/build-print-views.ts OUT');
const renderables = exampleRenderables();
const data = siteDataOf(renderables, renderables, '/');
await writeSite(data, { toolRoot: TOOL_ROOT, outDir: join(out, 'site'), workDir: join(out, 'work'), printDir: join(out, 'print') });
