import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { Assessment, Landlord } from '../model/assessment.ts';
import type { CodeVersion } from '../model/code-version.ts';
import { mappingBetween, type Mapping } from '../model/mapping.ts';
import { comparePeriods } from '../model/period.ts';
import { readMappings } from '../load/read-mappings.ts';
import { CODE_VERSIONS_DIR, matchSlug, readCodeVersions, readProject, type Project } from '../load/read-project.ts';
import { applySchemas, validateMappings } from '../validate/apply-schemas.ts';
import { type Io } from './io.ts';
import { UsageError } from '../model/errors.ts';

/** A project loaded and schema-validated, with the Code-version mappings: what diff, new and build work on. */
export interface Workspace {
  project: Project;
  mappings: Mapping[];
  /** Problems that make a file unusable (it could not be parsed), and problems in the tool's own data. */
  fatal: Diagnostic[];
}

/**
 * The root to work on: --root (relative to the working directory) when given; else the working directory, or the
 * nearest folder above it that holds assessments/ (as git finds its repository), so chc works from inside a
 * landlord's folder. Says on stderr which root it found when that is not the working directory.
 */
export function projectRoot(io: Io, values: Record<string, unknown>): string {
  const given = values.root as string | undefined;
  const cwd = resolve(io.cwd);
  if (given !== undefined) return resolve(cwd, given);
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (hasAssessments(dir)) {
      if (dir !== cwd) io.stderr.write(`note: using ${dir}, the nearest folder above this one that holds assessments/ (pass --root to choose another)\n`);
      return dir;
    }
    if (dirname(dir) === dir) return cwd;
  }
}

function hasAssessments(dir: string): boolean {
  try {
    return statSync(join(dir, 'assessments')).isDirectory();
  } catch {
    return false;
  }
}

/** Loads the root (see projectRoot), validates schemas, reads mappings. */
export function openWorkspace(io: Io, values: Record<string, unknown>, options: { landlord?: string; period?: string } = {}): Workspace {
  const root = projectRoot(io, values);
  const codeVersionsDir = values['code-versions'] ? resolve(io.cwd, values['code-versions'] as string) : undefined;
  const project = readProject(root, { ...options, codeVersionsDir });
  const schemaDiagnostics = applySchemas(project);
  const read = readMappings(codeVersionsDir);
  const { mappings, diagnostics } = validateMappings(read.mappings, read.diagnostics);
  const all = [...project.diagnostics, ...schemaDiagnostics];
  const unusable = new Set(project.landlords.flatMap((l) => l.assessments).filter((a) => !a.data).map((a) => a.file));
  const toolFiles = (d: Diagnostic) => d.file.startsWith('code-versions/');
  const fatal = [...all.filter((d) => d.severity === 'error' && (unusable.has(d.file) || toolFiles(d))), ...diagnostics.filter((d) => d.severity === 'error')];
  return { project, mappings, fatal };
}

/** The landlord named on the command line. */
export function landlordOf(ws: Workspace, slug: string): Landlord {
  const found = matchSlug(slug, ws.project.landlords.map((x) => x.slug));
  const l = ws.project.landlords.find((x) => x.slug === found);
  if (!l) throw new UsageError(`no landlord "${slug}"`);
  return l;
}

/** The Code version data by id. */
export function codeVersion(ws: Workspace, id: string): CodeVersion | undefined {
  return ws.project.codeVersions.get(id)?.data;
}

/** The mapping between two Code versions, through the chain of adjacent mappings. */
export function mappingFor(ws: Workspace, from: string, to: string): Mapping | undefined {
  return mappingBetween(ws.mappings, from, to, (v) => codeVersion(ws, v)?.provisions.map((p) => p.id) ?? []);
}

/** A landlord's assessments sorted by period, oldest first. */
export function byPeriod(l: Landlord): Assessment[] {
  return [...l.assessments].sort((a, b) => comparePeriods(a.period, b.period));
}

/**
 * The Code versions alone (--code-versions, or the bundled ones), checked as check checks them: a version with an
 * error in it is left out. For commands that read no assessments (import, init).
 */
export function checkedCodeVersions(io: Io, values: Record<string, unknown>): Map<string, CodeVersion> {
  const dir = values['code-versions'] ? resolve(io.cwd, values['code-versions'] as string) : CODE_VERSIONS_DIR;
  const read = readCodeVersions(dir);
  applySchemas({ root: resolve(io.cwd), codeVersions: read.versions, landlords: [], files: new Map(), diagnostics: read.diagnostics });
  return new Map([...read.versions].flatMap(([id, f]) => (f.data ? [[id, f.data] as const] : [])));
}

/** A landlord's folder name as --landlord gives it to a command that makes the folder (import, init). */
export function newLandlordSlug(slug: string | undefined, usage: string): string {
  if (!slug) throw new UsageError(`--landlord is required: the landlord's folder name under assessments/ (e.g. --landlord riverside-homes)\nusage: ${usage}`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) throw new UsageError(`--landlord "${slug}" is not a folder name of lower-case letters, digits and hyphens (e.g. riverside-homes)`);
  return slug;
}
