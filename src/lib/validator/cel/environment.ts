// The one CEL environment of the validator: `self` (and `oldSelf`, so transition rules compile), the
// Kubernetes library functions, optionals, and the metered evaluator. Built on first use: a paste
// without CEL rules never pays for it.
import { Environment } from '@marcbachmann/cel-js';
import { meterEvaluator } from './meter.ts';
import { registerLists } from './library/lists.ts';
import { registerSets } from './library/sets.ts';
import { registerRegex } from './library/regex.ts';
import { registerStrings } from './library/strings.ts';
import { registerUrls } from './library/urls.ts';
import { registerQuantity } from './library/quantity.ts';
import { registerFormat } from './library/format.ts';

let environment: Environment | undefined;

export function celEnvironment(): Environment {
  if (environment) return environment;
  const env = new Environment({
    enableOptionalTypes: true,
    homogeneousAggregateLiterals: false,
    // parse-time bounds; evaluation is bounded by meter.ts
    limits: { maxAstNodes: 10_000, maxDepth: 100, maxListElements: 1_000, maxMapEntries: 1_000, maxCallArguments: 32 },
  });
  env.registerVariable('self', 'dyn').registerVariable('oldSelf', 'dyn');
  for (const register of [registerLists, registerSets, registerRegex, registerStrings, registerUrls, registerQuantity, registerFormat]) register(env);
  // the engine keeps its evaluator private and calls a function's handler with it as `this`
  let evaluator: { run(ast: { op: string; args: unknown }, ctx: unknown): unknown } | undefined;
  env.registerFunction({
    name: 'kfgEvaluatorProbe', returnType: 'bool', params: [],
    handler: function (this: typeof evaluator) {
      evaluator = this;
      return true;
    },
  });
  env.evaluate('kfgEvaluatorProbe()', { self: null, oldSelf: null });
  if (!evaluator) throw new Error('CEL evaluator not found');
  meterEvaluator(evaluator);
  environment = env;
  return env;
}
