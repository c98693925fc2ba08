export * from './parse-yaml.ts';
export * from './read-outline.ts';
export * from './read-project.ts';
export * from './read-mappings.ts';
