// Public surface of the validator core (pure: no Astro, no DOM, no Node APIs).
export { validate, validateAll } from './validate.ts';
export { formatMessage, referenceLink, ruleLink } from './format.ts';
export { rules } from './rules/index.ts';
export type * from './types.ts';
