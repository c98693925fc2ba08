import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { SourceFile } from '../model/assessment.ts';
import type { Mapping } from '../model/mapping.ts';
import { CODE_VERSIONS_DIR, readYamlFile } from './read-project.ts';

/** Reads the mappings between Code versions (code-versions/mappings/*.yaml), parsed but not yet validated. */
export function readMappings(codeVersionsDir = CODE_VERSIONS_DIR, displayDir = 'code-versions'): { mappings: SourceFile<Mapping>[]; diagnostics: Diagnostic[] } {
  const dir = join(codeVersionsDir, 'mappings');
  const mappings: SourceFile<Mapping>[] = [];
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(dir)) return { mappings, diagnostics };
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.yaml')) continue;
    const r = readYamlFile<Mapping>(join(dir, name), `${displayDir}/mappings/${name}`);
    mappings.push(r.source);
    diagnostics.push(...r.diagnostics);
  }
  return { mappings, diagnostics };
}
