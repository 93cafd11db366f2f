// Vitest setup: the CEL engine loaded before the tests, as the edges load it before checking an input
// with CEL rules (the page's worker: src/scripts/validator/bundled-crds.ts; the command line:
// src/lib/validator/cli/cel.ts). The core's own tests call validate() directly. That the edges load it
// is tested through them: tests/e2e/validator-cel.spec.ts, tests/unit/validator/cli-bin.test.ts,
// tests/unit/cli-package.
import { loadCelEngine } from '../../src/lib/validator/cel/environment.ts';

await loadCelEngine();
