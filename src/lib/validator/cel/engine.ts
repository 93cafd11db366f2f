// The CEL engine itself (@marcbachmann/cel-js) with the Kubernetes library functions, optionals and
// the metered evaluator: about 32 KB gzipped and some 18 ms to load, so it is loaded only for an input
// that has CEL rules (environment.ts: the page's worker imports it as a chunk of its own, the command
// line requires it on first use). Nothing but environment.ts imports this file.
import { Environment } from '@marcbachmann/cel-js';
import { meterEvaluator } from './meter.ts';
import { registerLists } from './library/lists.ts';
import { registerSets } from './library/sets.ts';
import { registerRegex } from './library/regex.ts';
import { registerStrings } from './library/strings.ts';
import { registerUrls } from './library/urls.ts';
import { registerQuantity } from './library/quantity.ts';
import { registerFormat } from './library/format.ts';

/** The validator's CEL environment: `self` (and `oldSelf`, so transition rules compile). */
export function buildCelEnvironment(): Environment {
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
  return env;
}
