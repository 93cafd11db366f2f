// The one CEL environment of the validator, built on first use from the engine (engine.ts), which is
// loaded only for an input with CEL rules: the core stays synchronous, so the edge that runs it loads
// the engine first. The page's worker awaits loadCelEngine() when needsCel(text) (a chunk of its own);
// the command line hands useCelEngine a function that requires engine.ts on first use (cli/cel.ts).
// A CRD's rules are its x-kubernetes-validations, so a text without that key needs no engine, unless
// it names a bundled project whose data carries rules (the index's celRules).
import type { Environment } from '@marcbachmann/cel-js';
import { VALIDATIONS_KEY } from './rules.ts';

/** What engine.ts exports. */
export interface CelEngine {
  buildCelEnvironment(): Environment;
}

let engine: CelEngine | (() => CelEngine) | undefined;
let environment: Environment | undefined;

/** Whether an input can hold CEL rules: it names x-kubernetes-validations (YAML or JSON alike). */
export const needsCel = (text: string): boolean => text.includes(VALIDATIONS_KEY);

/** Whether the engine is at hand (loaded, or loadable synchronously). */
export const celEngineReady = (): boolean => engine !== undefined;

/** Sets the engine, or a synchronous loader of it called on first use; an engine already set is kept. */
export function useCelEngine(source: CelEngine | (() => CelEngine)): void {
  if (typeof engine !== 'object') engine = source;
}

/** Loads the engine as a chunk of its own (dynamic import), once. */
export async function loadCelEngine(): Promise<void> {
  if (typeof engine === 'object') return;
  engine = await import('./engine.ts');
}

export function celEnvironment(): Environment {
  if (environment) return environment;
  if (typeof engine === 'function') engine = engine();
  // an edge that checks CEL rules without loading the engine first: a bug of that edge, said plainly
  if (!engine) throw new Error('the CEL engine is not loaded (loadCelEngine before checking an input with x-kubernetes-validations)');
  environment = engine.buildCelEnvironment();
  return environment;
}
