import { diagnostic, START, type Diagnostic } from '../model/diagnostic.ts';
import { locate, pointer, type SourceFile } from '../model/assessment.ts';
import { LIMITS } from '../model/limits.ts';
import type { CodeVersion } from '../model/code-version.ts';
import type { Mapping } from '../model/mapping.ts';
import type { Project } from '../load/read-project.ts';
import { checkSchema } from './check-schema.ts';
import type { SchemaName } from './schemas.ts';

/** Validates one parsed file against its schema, setting `data` and `invalid`. */
function applySchema<T>(f: SourceFile<T>, schema: SchemaName, parsedOk: boolean): Diagnostic[] {
  if (!parsedOk) {
    f.invalid = new Set(['']);
    return [];
  }
  const r = checkSchema<T>(f.raw, f.source, f.file, schema);
  f.data = r.data;
  f.invalid = r.invalid;
  return r.diagnostics;
}

/** Checks what a schema cannot: ids unique, sections known, id equal to the file name. */
function checkCodeVersion(id: string, f: SourceFile<CodeVersion>): Diagnostic[] {
  const cv = f.data;
  if (!cv) return [];
  const out: Diagnostic[] = [];
  if (cv.id !== undefined && cv.id !== id) {
    out.push(diagnostic(f.file, locate(f.source, '/id'), 'error', 'schema', `the id "${cv.id}" differs from the file name "${id}.yaml"`,
      `Set id: "${id}", or rename the file.`));
  }
  if ((cv.provisions ?? []).length > LIMITS.provisions) {
    out.push(diagnostic(f.file, locate(f.source, '/provisions', true), 'error', 'too-large',
      `the Code version has ${cv.provisions.length} provisions; at most ${LIMITS.provisions} are allowed`, 'Check the file was not duplicated or generated wrongly.'));
  }
  const sections = new Set((cv.sections ?? []).filter(Boolean).map((s) => s.id));
  const seen = new Set<string>();
  (cv.provisions ?? []).forEach((p, i) => {
    if (!p) return;
    // Located only for a diagnostic: finding a position maps the whole file's positions (parse-yaml.ts).
    const at = () => locate(f.source, pointer('provisions', i, 'id'));
    if (seen.has(p.id)) out.push(diagnostic(f.file, at(), 'error', 'schema', `provision ${p.id} appears twice`, 'Each provision id must be unique.', p.id));
    seen.add(p.id);
    if (!sections.has(p.section)) {
      out.push(diagnostic(f.file, at(), 'error', 'schema', `provision ${p.id} names section ${p.section}, which is not listed under sections`,
        'Add the section or correct the number.', p.id));
    }
  });
  return out;
}

/**
 * Validates every loaded file against its JSON Schema (the contract), in place: each SourceFile gets
 * `data` (only well-typed values) and `invalid` (pointers of rejected values). Returns the diagnostics.
 */
export function applySchemas(project: Project): Diagnostic[] {
  const failed = new Set(project.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const out: Diagnostic[] = [];
  for (const [id, f] of project.codeVersions) {
    const problems = [...applySchema(f, 'code-version', !failed.has(f.file)), ...checkCodeVersion(id, f)];
    // A Code version is the reference every rule relies on: with any error in it, it is not used at all
    // (assessments naming it get unknown-code, "could not be loaded"), never used in part.
    if (problems.some((d) => d.severity === 'error')) f.data = undefined;
    out.push(...problems);
  }
  for (const l of project.landlords) {
    if (l.landlord.raw !== undefined || !failed.has(l.landlord.file)) out.push(...applySchema(l.landlord, 'landlord', !failed.has(l.landlord.file)));
    const messages = l.templates?.messages;
    if (messages) out.push(...applySchema(messages, 'messages', !failed.has(messages.file)));
    for (const a of l.assessments) {
      out.push(...applySchema(a, 'assessment', !failed.has(a.file)));
      if (a.report) out.push(...applySchema(a.report, 'report', !failed.has(a.report.file)));
    }
  }
  return out;
}

/** Validates the mappings between Code versions; returns the valid ones and the diagnostics. */
export function validateMappings(files: SourceFile<Mapping>[], parseDiagnostics: Diagnostic[]): { mappings: Mapping[]; diagnostics: Diagnostic[] } {
  const failed = new Set(parseDiagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const diagnostics = [...parseDiagnostics];
  const mappings: Mapping[] = [];
  for (const f of files) {
    const problems = applySchema(f, 'mapping', !failed.has(f.file));
    diagnostics.push(...problems);
    // Only a mapping without errors is used (a missing required field leaves `invalid` empty).
    if (f.data && f.invalid.size === 0 && !problems.some((d) => d.severity === 'error')) mappings.push(f.data);
  }
  return { mappings, diagnostics };
}
