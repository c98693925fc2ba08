// The module the chc-site integration (integration.ts) gives the site's pages.
declare module 'virtual:chc/site' {
  /** The site data file of this build or preview. */
  export const dataFile: string;
  /** Whether the pages are served by `chc dev`. */
  export const dev: boolean;
}
