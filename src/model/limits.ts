/**
 * Resource limits: input beyond them gets a diagnostic, never a hang or a crash.
 * Documented in docs/limits.md; change both together.
 */
export const LIMITS = {
  /** Largest YAML file read (assessment, landlord or code version). */
  yamlBytes: 2 * 1024 * 1024,
  /** Largest markdown file read (evidence document or governing body response). */
  markdownBytes: 2 * 1024 * 1024,
  /** Largest evidence file of any other kind (PDF, image) hashed for approval. */
  evidenceBytes: 50 * 1024 * 1024,
  /** Most YAML aliases (*name) resolved in one file: refuses "billion laughs". */
  yamlAliases: 100,
  /** Deepest nesting of lists and mappings in a YAML file (ours need fewer than 10 levels). */
  yamlDepth: 64,
  /** Most entries in one YAML list or mapping (any list of ours holds far fewer: responses are at most 1,000). */
  yamlEntries: 5000,
  /** Most responses in one assessment (a Code version has under 100 provisions). */
  responses: 1000,
  /** Most provisions in one Code version. */
  provisions: 500,
  /** Longest single text (evidence, commentary, answer, introduction): longer evidence belongs in a file. */
  textChars: 50_000,
  /** Deepest nesting of markdown (quotes and lists inside each other, counted as the parsed tree's depth). */
  markdownDepth: 64,
  /** Most headings in one markdown text or document (a long policy has a few hundred). */
  markdownHeadings: 2000,
  /**
   * Most blocks of markdown one assessment publishes (paragraphs, list items, headings, table cells, summed over its
   * answers, response and cited markdown documents): what a build's memory and time grow with. A long policy has
   * about 1,000; 20,000 table cells in one assessment took a build to about 1 GB and 20 s on 2 cores.
   */
  publishedBlocks: 10_000,
  /** Most columns in a markdown table: a page of A4 fits about 20 readable ones, a Word table at most 63. */
  tableColumns: 20,
  /** Largest complaints log (CSV) read: 100,000 rows take about 7 MB. */
  caseLogBytes: 64 * 1024 * 1024,
  /** Largest logo image. */
  logoBytes: 1024 * 1024,
} as const;
