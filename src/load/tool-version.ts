import { readFileSync } from 'node:fs';

/** The version of chc: its package's (what `chc --version` says and `chc init` pins). */
export const TOOL_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
