export * from './diagnostic.ts';
export * from './code-version.ts';
export * from './assessment.ts';
export * from './period.ts';
export * from './date.ts';
export * from './outline.ts';
export * from './limits.ts';
export * from './suggest.ts';
