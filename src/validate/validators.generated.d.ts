// The types of validators.generated.js (written by `npm run validators`).
import type { ValidateFunction } from 'ajv';

export const fingerprint: string;
export const assessment: ValidateFunction;
export const landlord: ValidateFunction;
export const codeVersion: ValidateFunction;
export const mapping: ValidateFunction;
export const messages: ValidateFunction;
export const report: ValidateFunction;
