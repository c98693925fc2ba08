// The residents' website. `chc build` runs this build with the site data it prepared (handed to the pages by the
// chc-site integration, src/render/site/integration.ts), its base and the output folder it chose; `chc dev` serves
// it with live reload.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
});
