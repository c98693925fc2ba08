import { parseArgs } from 'node:util';
import { nearest } from '../model/suggest.ts';
import { UsageError } from '../model/errors.ts';

/** An option of a command. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  help: string;
  multiple?: boolean;
}

/** A command's name, usage line and options: one source for parsing and for --help. */
export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  /** How many positional arguments it takes, at least and at most. */
  positionals?: [number, number];
}

/** Options every command that reads assessments takes. */
export const ROOT_OPTIONS: Record<string, OptionSpec> = {
  root: { type: 'string', help: 'the folder that holds assessments/ (default: the current folder)' },
  'code-versions': { type: 'string', help: 'use Code versions (and mappings) from DIR instead of the bundled ones' },
};

/** Parses a command's arguments; unknown options and missing arguments are usage errors with a suggestion. */
export function parse(spec: CommandSpec, argv: string[]): { values: Record<string, unknown>; positionals: string[] } {
  const options = Object.fromEntries(Object.entries(spec.options).map(([k, o]) => {
    const opt: { type: string; short?: string; multiple?: boolean } = { type: o.type };
    if (o.short !== undefined) opt.short = o.short;
    if (o.multiple !== undefined) opt.multiple = o.multiple;
    return [k, opt];
  }));
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: options as never, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = (e as Error).message;
    const m = /Unknown option '(-{1,2}[^']+)'/.exec(msg);
    if (m) {
      const guess = nearest(m[1]!.replace(/^-+/, ''), Object.keys(spec.options));
      throw new UsageError(`unknown option ${m[1]}${guess ? ` (did you mean --${guess}?)` : ''}\nusage: ${spec.usage}`);
    }
    throw new UsageError(`${msg.replace(/\. To specify .*$/, '')}\nusage: ${spec.usage}`);
  }
  const [min, max] = spec.positionals ?? [0, 0];
  if (parsed.positionals.length < min || parsed.positionals.length > max) {
    throw new UsageError(`${parsed.positionals.length < min ? 'missing arguments' : `unexpected argument "${parsed.positionals[max]}"`}\nusage: ${spec.usage}`);
  }
  return { values: parsed.values as Record<string, unknown>, positionals: parsed.positionals };
}

/** The --help text of a command. */
export function helpText(spec: CommandSpec): string {
  const width = Math.max(...Object.keys(spec.options).map((k) => k.length)) + 4;
  const lines = Object.entries(spec.options).map(([k, o]) => `  --${(k + (o.type === 'string' ? ' …' : '')).padEnd(width)} ${o.help}`);
  return `${spec.summary}\n\nusage: ${spec.usage}\n\noptions:\n${lines.join('\n')}\n`;
}

/** A site base as `/path/` (or `/`), however it was written. */
export function normaliseBase(b: string): string {
  const t = b.trim();
  return `/${t.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}
