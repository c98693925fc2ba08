export * from './diff-assessments.ts';
export * from './text-diff.ts';
export * from './scaffold.ts';
