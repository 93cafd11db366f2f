// Regenerates src/lib/k8s/generated/{schema,docs}.json from the installed
// kubernetes-models package. Run: node scripts/gen-k8s.ts (npm run gen:k8s).
// tests/unit/k8s/generated.test.ts fails when the committed files differ.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApiData } from '../src/lib/k8s/generate/build-api-data.ts';
import { serializeGenerated } from '../src/lib/k8s/generate/serialize.ts';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(projectRoot, 'src', 'lib', 'k8s', 'generated');

const { schema, docs } = await buildApiData(projectRoot);
mkdirSync(outDir, { recursive: true });
for (const [name, data] of [['schema.json', schema], ['docs.json', docs]] as const) {
  const text = serializeGenerated(data);
  writeFileSync(join(outDir, name), text);
  console.log(`${name}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB`);
}
console.log(`Kubernetes ${schema.kubernetesVersion}: ${schema.kinds.length} kinds, ${Object.keys(schema.types).length} types`);
