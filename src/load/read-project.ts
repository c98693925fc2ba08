import { nearest } from '../model/suggest.ts';
import { UsageError } from '../model/errors.ts';
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diagnostic, START, type Diagnostic } from '../model/diagnostic.ts';
import type { CodeVersion } from '../model/code-version.ts';
import { emptySourceMap, type Assessment, type AssessmentData, type Landlord, type LandlordData, type LandlordTemplates, type SourceFile } from '../model/assessment.ts';
import type { WordingOverrides } from '../model/wording.ts';
import { LIMITS } from '../model/limits.ts';
import { parseYaml } from './parse-yaml.ts';
import { describeProblem, readBounded } from './read-bounded.ts';
import { outsideFolder, resolveAssessmentFiles, resolveFile, type FileInfo } from './evidence-files.ts';
import { checkMisplacedAssessments, nearName, PERIOD_DIR } from './misplaced-files.ts';
import { readReport } from './read-report.ts';

/**
 * The landlord folder a name on the command line means: the folder of that name, or else the one folder whose
 * name differs only in case ("Slough" for slough/), as people type a landlord's name.
 */
export function matchSlug(given: string, slugs: readonly string[]): string | undefined {
  if (slugs.includes(given)) return given;
  const same = slugs.filter((s) => s.toLowerCase() === given.toLowerCase());
  return same.length === 1 ? same[0] : undefined;
}

/** The tool's own folder (where code-versions/ and schemas/ live). */
export const TOOL_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The Code versions that come with the tool. */
export const CODE_VERSIONS_DIR = join(TOOL_ROOT, 'code-versions');

/** Everything `check`, `diff` and `build` work on: Code versions, landlords, assessments, and load-time problems. */
export interface Project {
  root: string;
  codeVersions: Map<string, SourceFile<CodeVersion>>;
  landlords: Landlord[];
  /** Files named by assessments, keyed by fileKey(assessment dir, ref). */
  files: Map<string, FileInfo>;
  diagnostics: Diagnostic[];
  /** The Code data came from a folder given with --code-versions, not from chc's own. */
  customCode?: boolean;
}

/** Which assessments to load. */
export interface ReadOptions {
  landlord?: string;
  /**
   * The period asked about: there must be an assessment for it (or a misplaced one, reported), and misplaced
   * files are looked for for it only. Every period is still read (its previous period is part of what is approved);
   * the caller reports only this period's assessments.
   */
  period?: string;
  codeVersionsDir?: string;
}

/** A usage problem the CLI reports with exit code 2 (a root with no assessments/ folder, an unknown --landlord). */

/** Path relative to the root with forward slashes, for diagnostics. */
function rel(root: string, p: string): string {
  const r = relative(root, p);
  return (r.startsWith('..') || isAbsolute(r) ? p : r).split(sep).join('/');
}

/**
 * Reads and parses one YAML file (no schema yet), bounded: only a regular file within the size limit is read.
 * With `confine`, a file that is a link to somewhere outside that folder is refused.
 */
export function readYamlFile<T>(path: string, file: string, confine?: string): { source: SourceFile<T>; diagnostics: Diagnostic[] } {
  const name = basename(path);
  const refuse = (rule: 'missing-file' | 'file-too-large' | 'document-not-found', why: string, fix: string) => {
    const source: SourceFile<T> = { file, path, raw: undefined, data: undefined, source: emptySourceMap(), invalid: new Set(['']) };
    return { source, diagnostics: [diagnostic(file, START, 'error', rule, why, fix)] };
  };
  if (confine !== undefined && outsideFolder(path, confine)) {
    return refuse('document-not-found', `${name} is a link to a file outside the landlord's folder`, `Keep ${name} itself in the folder, not a link to it.`);
  }
  const read = readBounded(path, LIMITS.yamlBytes);
  if ('problem' in read) {
    // A folder with the file's name, a file that may not be read, a pipe: a problem with the input, not a fault.
    const p = read.problem;
    const why = `${name} ${describeProblem(p, LIMITS.yamlBytes)}`;
    // Worded as the parser words a file found too large once read.
    if (p.kind === 'too-large') return refuse('file-too-large', `the file is ${(p.bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${LIMITS.yamlBytes / 1024 / 1024} MB`, 'Keep long evidence in separate markdown files under evidence/ and name them with `file:`.');
    return refuse('missing-file', why, p.kind === 'folder'
      ? `Move what is inside the folder ${name} out of it and remove the folder; ${name} must be a YAML file.`
      : p.kind === 'not-a-file'
        ? `Replace it with an ordinary text file named ${name}.`
        : p.kind === 'unreadable' && (p.code === 'EACCES' || p.code === 'EPERM')
          ? 'Give your user permission to read the file (or copy its text into a new file).'
          : 'Check that the file exists and can be opened.');
  }
  const parsed = parseYaml(read.bytes, file);
  const source: SourceFile<T> = { file, path, raw: parsed.data, data: undefined, source: parsed.source, invalid: new Set() };
  return { source, diagnostics: parsed.diagnostics };
}

/** Reads every Code version in a folder (code-versions/*.yaml). */
export function readCodeVersions(dir: string, displayDir = 'code-versions'): { versions: Map<string, SourceFile<CodeVersion>>; diagnostics: Diagnostic[] } {
  const versions = new Map<string, SourceFile<CodeVersion>>();
  const diagnostics: Diagnostic[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (extname(name) !== '.yaml') continue;
    const r = readYamlFile<CodeVersion>(join(dir, name), `${displayDir}/${name}`);
    diagnostics.push(...r.diagnostics);
    versions.set(basename(name, '.yaml'), r.source);
  }
  return { versions, diagnostics };
}

/**
 * Reads the assessments under `root`/assessments (all, or one landlord / period), their landlords,
 * the Code versions, and every file they name. Never throws for bad data: problems are diagnostics.
 * Throws UsageError when the root or a filter names nothing.
 */
export function readProject(root: string, options: ReadOptions = {}): Project {
  const absRoot = resolve(root);
  const assessmentsDir = join(absRoot, 'assessments');
  if (!existsSync(assessmentsDir) || !statSync(assessmentsDir).isDirectory()) {
    throw new UsageError(`no assessments/ folder in ${absRoot}: run chc in the folder that holds assessments/ (or in a folder below it), or pass --root DIR`);
  }
  const cvDir = options.codeVersionsDir ? resolve(options.codeVersionsDir) : CODE_VERSIONS_DIR;
  const { versions, diagnostics } = readCodeVersions(cvDir, options.codeVersionsDir ? rel(absRoot, cvDir) : 'code-versions');
  const project: Project = { root: absRoot, codeVersions: versions, landlords: [], files: new Map(), diagnostics, ...(options.codeVersionsDir ? { customCode: true } : {}) };

  const slugs = readdirSync(assessmentsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
  const wanted = options.landlord === undefined ? undefined : matchSlug(options.landlord, slugs);
  if (options.landlord !== undefined && wanted === undefined) {
    const guess = nearest(options.landlord, slugs);
    throw new UsageError(`no landlord "${options.landlord}" in ${rel(absRoot, assessmentsDir)}/${guess ? ` (did you mean "${guess}"?)` : ''} (found: ${slugs.join(', ') || 'none'})`);
  }
  let misplaced = 0;
  for (const slug of slugs) {
    if (wanted !== undefined && slug !== wanted) continue;
    const r = readLandlord(project, join(assessmentsDir, slug), slug, options.period);
    project.landlords.push(r.entry);
    misplaced += r.misplaced;
  }
  // A misplaced assessment for the period is reported (as an error), not taken for a bad --period.
  if (options.period !== undefined && misplaced === 0 && !project.landlords.some((l) => l.assessments.some((a) => a.period === options.period))) {
    throw new UsageError(`no assessment for period ${options.period}${options.landlord ? ` of ${options.landlord}` : ''}`);
  }
  return project;
}

/** Reads one landlord's folder; `misplaced` counts the assessments found where chc does not look (reported). */
function readLandlord(project: Project, landlordDir: string, slug: string, onlyPeriod: string | undefined): { entry: Landlord; misplaced: number } {
  const { root, diagnostics } = project;
  const shown = rel(root, landlordDir);
  const entries = readdirSync(landlordDir, { withFileTypes: true });
  const landlordPath = join(landlordDir, 'landlord.yaml');
  const landlordFile = rel(root, landlordPath);
  let landlord: SourceFile<LandlordData>;
  if (existsSync(landlordPath)) {
    const r = readYamlFile<LandlordData>(landlordPath, landlordFile, landlordDir);
    landlord = r.source;
    diagnostics.push(...r.diagnostics);
  } else {
    landlord = { file: landlordFile, path: landlordPath, raw: undefined, data: undefined, source: emptySourceMap(), invalid: new Set(['']) };
    const near = nearName(entries.filter((d) => d.isFile()).map((d) => d.name), 'landlord.yaml');
    diagnostics.push(near
      // On landlord.yaml, as when there is nothing like it: the landlord's details are missing.
      ? diagnostic(landlordFile, START, 'error', 'missing-file', `assessments/${slug}/ has no landlord.yaml, but has ${near}`,
        `Rename ${near} to landlord.yaml: chc reads the landlord's details only from a file of that name.`)
      : diagnostic(landlordFile, START, 'error', 'missing-file', `assessments/${slug}/ has no landlord.yaml`,
        'Create landlord.yaml with at least name: and website: (see schemas/landlord.schema.json).'));
  }
  const entry: Landlord = { slug, dir: landlordDir, landlord, assessments: [] };
  const logo = (landlord.raw as { brand?: { logo?: unknown } } | undefined)?.brand?.logo;
  if (typeof logo === 'string' && logo !== '') {
    const info = resolveFile(logo, landlordDir, landlordDir);
    let bytes = 0;
    try { bytes = statSync(info.path).size; } catch { /* missing: reported by the rule */ }
    // A logo is an image (the schema allows no markdown), so the loader keeps its bytes.
    entry.logo = { ref: logo, exists: info.exists, outside: info.outside !== undefined, bytes, ...(info.unreadable ? { unreadable: info.unreadable } : {}), ...(info.bytes && !info.outside ? { content: info.bytes } : {}) };
  }
  const templates = readLandlordTemplates(root, landlordDir, entries, diagnostics);
  if (templates) entry.templates = templates;
  // Assessments where chc does not look for them (a folder named 2024-2025, a file beside landlord.yaml).
  const misplaced = checkMisplacedAssessments({ dir: landlordDir, shown, slug, entries, ...(onlyPeriod === undefined ? {} : { onlyPeriod }) });
  diagnostics.push(...misplaced);
  const periods = entries
    .filter((d) => d.isDirectory() && PERIOD_DIR.test(d.name))
    .map((d) => d.name)
    .sort();
  for (const period of periods) {
    // Every period is read, also with --period: a period's approval binds the previous period's answers.
    const dir = join(landlordDir, period);
    const path = join(dir, 'assessment.yaml');
    const file = rel(root, path);
    const missing = missingAssessment(dir, file, slug, period);
    if (missing) {
      diagnostics.push(missing);
      continue;
    }
    const r = readYamlFile<AssessmentData>(path, file, landlordDir);
    diagnostics.push(...r.diagnostics);
    const assessment: Assessment = { ...r.source, landlord: slug, period, dir, landlordDir };
    resolveAssessmentFiles(project, assessment);
    diagnostics.push(...readReport(assessment, root, readYamlFile));
    entry.assessments.push(assessment);
  }
  return { entry, misplaced: misplaced.length };
}

/** The folder of a landlord's own templates, and the files chc reads in it. */
export const TEMPLATES_DIR = 'templates';
const MESSAGES_NAME = 'messages.yaml';
const INTRODUCTION_NAME = 'introduction.md';

/**
 * A landlord's templates/ folder, when it has one: its own wording (messages.yaml, parsed; the schema and the
 * placeholders are checked later) and its standing introduction (introduction.md, read bounded, confined to the
 * landlord's folder). A file of another name there that is most likely one of these is reported.
 */
function readLandlordTemplates(root: string, landlordDir: string, entries: readonly Dirent[], diagnostics: Diagnostic[]): LandlordTemplates | undefined {
  if (!entries.some((d) => d.name === TEMPLATES_DIR && d.isDirectory())) return undefined;
  const dir = join(landlordDir, TEMPLATES_DIR);
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch { /* unreadable: as if empty */ }
  const out: LandlordTemplates = {};
  const shownDir = rel(root, dir);
  if (names.includes(MESSAGES_NAME)) {
    const r = readYamlFile<WordingOverrides>(join(dir, MESSAGES_NAME), `${shownDir}/${MESSAGES_NAME}`, landlordDir);
    diagnostics.push(...r.diagnostics);
    out.messages = r.source;
  } else {
    const near = nearName(names, MESSAGES_NAME);
    if (near) {
      diagnostics.push(diagnostic(`${shownDir}/${near}`, START, 'warning', 'missing-file', `${shownDir}/ has no ${MESSAGES_NAME}, but has ${near}`,
        `Rename ${near} to ${MESSAGES_NAME}: chc reads the landlord's own wording only from a file of that name.`));
    }
  }
  if (names.includes(INTRODUCTION_NAME)) {
    const file = `${shownDir}/${INTRODUCTION_NAME}`;
    const info = resolveFile(`${TEMPLATES_DIR}/${INTRODUCTION_NAME}`, landlordDir, landlordDir);
    const problem = info.outside
      ? ['document-not-found', `${INTRODUCTION_NAME} is a link to a file outside the landlord's folder`, `Keep ${INTRODUCTION_NAME} itself in ${shownDir}/, not a link to it.`] as const
      : info.folder
        ? ['missing-file', `${file} is a folder, not a file`, `Move what is inside the folder ${INTRODUCTION_NAME} out of it and remove the folder; ${INTRODUCTION_NAME} must be a markdown file.`] as const
        : info.tooLarge
          ? ['file-too-large', `${INTRODUCTION_NAME} is larger than ${LIMITS.markdownBytes / 1024 / 1024} MB`, 'An introduction is a few paragraphs: keep longer text in an evidence document.'] as const
          : info.unreadable
            ? ['missing-file', `${INTRODUCTION_NAME} ${info.unreadable}`, 'Replace it with an ordinary text file your user may read.'] as const
            : info.text === undefined
              ? ['missing-file', `${INTRODUCTION_NAME} is not text in UTF-8`, 'Save it as UTF-8 text (markdown), as an editor does by default.'] as const
              : undefined;
    if (problem) diagnostics.push(diagnostic(file, START, 'error', problem[0], problem[1], problem[2]));
    out.introduction = { file, path: info.path, ...(problem ? {} : { text: info.text! }) };
  }
  return out;
}

/**
 * Why a period folder has no assessment chc can read, if it has none: no assessment.yaml (but perhaps a
 * near miss, such as assessment.yml or Assessment.yaml), or a folder of that name.
 */
function missingAssessment(dir: string, file: string, slug: string, period: string): Diagnostic | undefined {
  let st;
  try {
    st = statSync(join(dir, 'assessment.yaml'));
  } catch {
    st = undefined;
  }
  const shownDir = file.replace(/\/assessment\.yaml$/, '');
  if (st?.isDirectory()) {
    return diagnostic(file, START, 'error', 'missing-file', `${shownDir}/assessment.yaml is a folder, not a file`,
      `The assessment must be a file named assessment.yaml: move what is inside the folder assessment.yaml out of it, remove the folder, and create the file (\`chc new ${slug} ${period}\` starts one).`);
  }
  if (st) return undefined;
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch { /* unreadable: as if empty */ }
  const near = nearName(names, 'assessment.yaml');
  if (near !== undefined) {
    return diagnostic(`${shownDir}/${near}`, START, 'error', 'missing-file', `${shownDir}/ has no assessment.yaml, but has ${near}`,
      `Rename ${near} to assessment.yaml: chc reads the assessment only from a file of that name.`);
  }
  return diagnostic(file, START, 'error', 'missing-file', `${shownDir}/ has no assessment.yaml`, names.length === 0
    ? `Create it with \`chc new ${slug} ${period}\`, or remove the empty folder.`
    : `Create it with \`chc new ${slug} ${period}\`; if this folder is not an assessment, move its files elsewhere and remove it.`);
}
