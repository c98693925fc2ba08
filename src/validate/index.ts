export * from './check.ts';
export * from './apply-schemas.ts';
export * from './check-schema.ts';
export { RULES } from './rules/index.ts';
export type { Rule, RuleContext } from './rules/index.ts';
