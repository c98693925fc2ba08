import { readdirSync, type Dirent } from 'node:fs';
import { LIMITS } from '../model/limits.ts';
import { readBounded } from './read-bounded.ts';
import { join } from 'node:path';
import { diagnostic, START, type Diagnostic } from '../model/diagnostic.ts';
import { parsePeriod } from '../model/period.ts';
import { editDistance } from '../model/suggest.ts';

/** A period folder's name: the financial year, `2023-24`. */
export const PERIOD_DIR = /^\d{4}-\d{2}$/;

/**
 * A file name that is most likely `wanted` misnamed: another case (`Assessment.yaml`), `.yml`, an extension
 * a program added (`assessment.yaml.txt`), a slip of the keyboard (`assesment.yaml`), or a copy
 * (`assessment (1).yaml`, `assessment-2024-25.yaml`). The nearest, if there are several.
 */
export function nearName(names: readonly string[], wanted: string): string | undefined {
  const base = wanted.replace(/\.yaml$/, '');
  let best: string | undefined;
  let bestScore = Infinity;
  for (const name of names) {
    if (name === wanted) continue;
    const lower = name.toLowerCase().replace(/\.txt$/, '');
    const m = /^(.*?)(\.ya?ml)?$/.exec(lower)!;
    const stem = m[1]!.trim();
    if (m[2] === undefined && lower === name.toLowerCase() && stem !== base) continue; // not YAML, and not the name without its extension
    const score = stem === base ? 0 : editDistance(stem, base) <= 2 ? editDistance(stem, base) : stem.startsWith(base) ? 3 : Infinity;
    if (score < bestScore || (score === bestScore && best !== undefined && name < best)) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

/** The period a folder's name means (`2024-2025`, `FY 2024-25`, `2024_25`, `24-25` → `2024-25`), if it is clear. */
export function periodFromName(name: string): string | undefined {
  const label = (y: number) => `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
  const long = /(?<!\d)(\d{4})\s*[-–—_/.\s]?\s*(\d{4}|\d{2})(?!\d)/.exec(name);
  if (long) {
    const y = Number(long[1]);
    const second = Number(long[2]);
    return (long[2]!.length === 4 ? second === y + 1 : second === (y + 1) % 100) ? label(y) : undefined;
  }
  const short = /(?<!\d)(\d{2})\s*[-–—_/]\s*(\d{2})(?!\d)/.exec(name);
  if (short && (Number(short[1]) + 1) % 100 === Number(short[2])) return label(2000 + Number(short[1]));
  return undefined;
}

/** The `period:` an assessment file states, if it can be read and is a financial year. */
function periodInFile(path: string): string | undefined {
  try {
    const read = readBounded(path, LIMITS.yamlBytes);
    if ('problem' in read) return undefined;
    const text = read.bytes.toString('utf8').replace(/^\uFEFF/, '');
    const m = /^period:[ \t]*(["']?)(\d{4}-\d{2})\1[ \t]*(?:#.*)?\r?$/m.exec(text);
    return m && parsePeriod(m[2]!) ? m[2] : undefined;
  } catch {
    return undefined;
  }
}

function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isFile() || d.isSymbolicLink()).map((d) => d.name);
  } catch {
    return [];
  }
}

/** What the layout checks need to know about one landlord's folder. */
export interface LandlordFolder {
  /** The folder, absolute, and as shown in diagnostics (`assessments/plus-dane`). */
  dir: string;
  shown: string;
  slug: string;
  entries: readonly Dirent[];
  /** Only this period (--period). */
  onlyPeriod?: string;
}

/**
 * Assessments chc would otherwise skip without a word, because they are not where it looks
 * (`assessments/<landlord>/<period>/assessment.yaml`): in a folder not named like a period (`2024-2025`,
 * `FY 2024-25`), or directly in the landlord's folder. Each is an error on the file, saying how to move or
 * rename it. Only folders that hold an assessment file (or a near miss of its name) are reported: others,
 * like evidence/, are the landlord's own.
 */
export function checkMisplacedAssessments(folder: LandlordFolder): Diagnostic[] {
  const { dir, shown, slug, entries, onlyPeriod } = folder;
  const out: Diagnostic[] = [];
  const periods = new Set(entries.filter((d) => d.isDirectory() && PERIOD_DIR.test(d.name)).map((d) => d.name));
  // A landlord folder named like a period: the landlord's own folder was left out.
  const noLandlordFolder = PERIOD_DIR.test(slug) || periodFromName(slug) !== undefined;

  for (const d of entries) {
    if (!d.isDirectory() || d.name.startsWith('.') || PERIOD_DIR.test(d.name)) continue;
    const names = namesIn(join(dir, d.name));
    const name = names.includes('assessment.yaml') ? 'assessment.yaml' : nearName(names, 'assessment.yaml');
    if (name === undefined) continue;
    const path = join(dir, d.name, name);
    const period = periodFromName(d.name) ?? periodInFile(path);
    if (onlyPeriod !== undefined && period !== onlyPeriod) continue;
    const rename = name === 'assessment.yaml' ? '' : `, and rename ${name} to assessment.yaml`;
    const hint = period === undefined
      ? `Rename the folder "${d.name}" to the financial year the assessment covers, written like 2024-25${rename}.`
      : periods.has(period)
        ? `Rename the folder "${d.name}" to ${period}${rename}. There is already a folder ${period}: keep the assessment in one of them, and remove the other.`
        : `Rename the folder "${d.name}" to ${period}${rename}.`;
    out.push(diagnostic(`${shown}/${d.name}/${name}`, START, 'error', 'missing-file',
      `this assessment is not checked or published: its folder "${d.name}" is not named after a period (like 2024-25)`, hint));
  }

  const files = entries.filter((d) => d.isFile() || d.isSymbolicLink()).map((d) => d.name);
  const loose = files.includes('assessment.yaml') ? 'assessment.yaml'
    : nearName(files, 'assessment.yaml') ?? files.find((n) => /^\d{4}[-_ ]?\d{2,4}\.ya?ml$/i.test(n) && periodFromName(n) !== undefined);
  if (loose !== undefined) {
    const period = periodInFile(join(dir, loose)) ?? periodFromName(loose);
    if (onlyPeriod === undefined || period === onlyPeriod) {
      const target = period ?? '2024-25';
      const which = period === undefined ? ' (the financial year it covers, e.g. 2024-25)' : '';
      const hint = noLandlordFolder
        ? `Put the landlord's files in a folder of their own, named after the landlord (e.g. assessments/my-landlord/), and this file in a folder for its period inside it: assessments/my-landlord/${target}/assessment.yaml${which}.`
        : `Move it into a folder named after the period it covers: ${shown}/${target}/assessment.yaml${which}${loose === 'assessment.yaml' ? '' : ', renaming it assessment.yaml'}.`;
      out.push(diagnostic(`${shown}/${loose}`, START, 'error', 'missing-file',
        'this assessment is not checked or published: it is not in a folder for its period', hint));
    }
  }
  return out;
}
