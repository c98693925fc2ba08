import { join } from 'node:path';
import { parse } from 'yaml';
import { LIMITS } from '../model/limits.ts';
import { MESSAGES, placeholdersIn, type MessageKey, type Wording } from '../model/wording.ts';
import { describeProblem, readBounded } from './read-bounded.ts';
import { TOOL_ROOT } from './read-project.ts';

/** The tool's own catalogue of sentences. */
export const MESSAGES_FILE = join(TOOL_ROOT, 'templates', 'messages.yaml');

let cached: Wording | undefined;

/**
 * Reads templates/messages.yaml: every key of MESSAGES, each a sentence using only its placeholders. The
 * catalogue is the tool's own, so a fault in it is a fault of the tool (thrown), not of a landlord's input.
 */
export function readWording(file = MESSAGES_FILE): Wording {
  if (cached && file === MESSAGES_FILE) return cached;
  const read = readBounded(file, LIMITS.yamlBytes);
  if ('problem' in read) throw new Error(`${file} ${describeProblem(read.problem, LIMITS.yamlBytes)}`);
  const data = parse(read.bytes.toString('utf8')) as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(data ?? {})) if (!(key in MESSAGES)) problems.push(`unknown key "${key}"`);
  for (const [key, names] of Object.entries(MESSAGES) as [MessageKey, readonly string[]][]) {
    const text = data?.[key];
    if (typeof text !== 'string') { problems.push(`"${key}" is missing or not text`); continue; }
    for (const name of placeholdersIn(text)) if (!names.includes(name)) problems.push(`"${key}" uses {${name}}, which it is not given`);
  }
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  const wording = Object.freeze({ ...data }) as Wording;
  if (file === MESSAGES_FILE) cached = wording;
  return wording;
}
