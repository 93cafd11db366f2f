// The bundled CRDs' index (generated/crds/index.json) for code that a bundler builds (the page's worker,
// tests): plain Node cannot import JSON without attributes, so the command line reads it from disk.
import indexJson from './generated/crds/index.json';
import type { BundledCrdIndex } from './bundled-crds.ts';

export const bundledCrdIndex: BundledCrdIndex = indexJson as BundledCrdIndex;
