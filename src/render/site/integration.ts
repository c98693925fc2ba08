import type { AstroIntegration } from 'astro';

/** The module through which the site's pages get their data (src/render/site/load.ts imports it). */
export const SITE_MODULE = 'virtual:chc/site';
const RESOLVED = `\0${SITE_MODULE}`;

/** What the pages are told: where this build's site data is, and whether they are served by `chc dev`. */
export interface SiteModule {
  /** The site data file (site-data-file.ts) `chc build` or `chc dev` wrote. */
  dataFile: string;
  /** The dev preview: Vite injects its own scripts there, so the pages go without their Content-Security-Policy. */
  dev: boolean;
}

/**
 * The Astro integration that hands the site its data: a virtual module (`virtual:chc/site`) that says where the
 * data file is and whether this is the preview. No environment variable, no global: each build or preview passes
 * its own (write-site.ts, commands/dev.ts).
 */
export function chcSite(module: SiteModule): AstroIntegration {
  return {
    name: 'chc-site',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [{
              name: 'chc-site',
              resolveId: (id: string) => (id === SITE_MODULE ? RESOLVED : undefined),
              load: (id: string) => (id === RESOLVED ? `export const dataFile = ${JSON.stringify(module.dataFile)};\nexport const dev = ${module.dev};\n` : undefined),
            }],
          },
        });
      },
      // The build keeps Astro's server-side chunks (its prerendering) in `build.server`, which write-site.ts sets
      // beside the site in the build's private folder in the tool's tree, where the tool's packages resolve. Without
      // this Astro puts them beside the output only when that lies under the process's working folder (and in
      // `<cwd>/.astro/` otherwise), which would tie the build to the folder chc is run from. Astro's adapter feature
      // `preserveBuildServerDir` is the documented way to choose; the site stays static (no server entry point), and
      // `chc dev` needs none of it.
      'astro:config:done': ({ setAdapter }) => {
        if (module.dev) return;
        setAdapter({
          name: 'chc-site',
          entrypointResolution: 'auto',
          adapterFeatures: { buildOutput: 'static', preserveBuildServerDir: true },
          supportedAstroFeatures: { staticOutput: 'stable', serverOutput: 'unsupported', hybridOutput: 'unsupported', sharpImageService: 'stable', envGetSecret: 'unsupported', i18nDomains: 'unsupported' },
        });
      },
    },
  };
}
