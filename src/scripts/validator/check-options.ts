// What the page asks of the validator core for one check: the reader's choices, and the 5 MB bound a
// paste must stay under so a check never stalls the browser (the command line checks any size).
import type { ApiSchema } from '../../lib/k8s/types.ts';
import type { ValidateOptions } from '../../lib/validator/index.ts';
import { MAX_INPUT_CHARS } from '../../lib/validator/yaml/limits.ts';
import type { CheckRequest } from './protocol.ts';

export function pageCheckOptions(request: Pick<CheckRequest, 'bestPractices' | 'disabledRules'>, schema: ApiSchema): ValidateOptions {
  return { schema, bestPractices: request.bestPractices, disabledRules: request.disabledRules, maxInputChars: MAX_INPUT_CHARS };
}
