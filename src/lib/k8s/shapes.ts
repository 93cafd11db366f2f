// Lookups on one shape of the API data that need no data file: the validator core imports them
// without pulling schema.json in (api-schema.ts imports it, which the command line reads from disk
// instead, see src/lib/validator/cli/packed-schema.ts).
import type { ApiShape } from './types.ts';

/** The object type a shape leads to once arrays and maps are unwrapped, if any. */
export function objectRef(shape: ApiShape): string | undefined {
  let current = shape;
  while (current.t === 'array' || current.t === 'map') current = current.t === 'array' ? current.items : current.values;
  return current.t === 'object' ? current.ref : undefined;
}
