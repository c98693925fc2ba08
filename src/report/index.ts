export * from './format-pretty.ts';
export * from './format-json.ts';
export * from './format-github.ts';
export * from './format-diff.ts';
