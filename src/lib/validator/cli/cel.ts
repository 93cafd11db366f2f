// The command line's CEL engine: required on first use, so a run whose inputs have no CEL rules never
// loads it (about 18 ms of a small file's run). In the package's bundle `require` is esbuild's: the
// engine is built into the bundle and evaluated only when called. From the repository's TypeScript
// (an ES module) it is Node's require of an ES module (Node >= 22.12), from this file's place; node:module
// is fetched then too, not imported, so the bundle does not load it at start.
import { useCelEngine, type CelEngine } from '../cel/environment.ts';

export function useCelEngineOnDemand(): void {
  useCelEngine(() => (typeof require === 'function'
    ? require('../cel/engine.ts') as CelEngine
    : process.getBuiltinModule('node:module').createRequire(import.meta.url)('../cel/engine.ts') as CelEngine));
}
