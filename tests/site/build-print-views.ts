// Builds the site with the print views of the bundled examples (both editions) and their single pages into
// <out>/site, <out>/print and <out>/single, as `chc build` does before its PDF step, for the site's end-to-end test. Run as a separate
// process (Astro's build does not run inside vitest): node tests/site/build-print-views.ts OUT
import { join } from 'node:path';
import { siteDataOf } from '../../src/render/site-data.ts';
import { writeSite } from '../../src/render/site/write-site.ts';
import { TOOL_ROOT } from '../../src/load/read-project.ts';
import { exampleRenderables } from '../helpers/views.ts';

const out = process.argv[2];
if (!out) throw new Error('usage: node tests/site/build-print-views.ts OUT');
const renderables = exampleRenderables();
const data = { ...siteDataOf(renderables, renderables, '/'), single: renderables.map((r) => r.views.public) };
await writeSite(data, { toolRoot: TOOL_ROOT, outDir: join(out, 'site'), workDir: join(out, 'work'), printDir: join(out, 'print'), singleDir: join(out, 'single') });
