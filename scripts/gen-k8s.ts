// Regenerates src/lib/k8s/generated/{schema,docs}.json from the installed
// kubernetes-models package, field-stages.json (alpha/beta fields, from docs.json), generated/crds/ (the bundled projects' CRDs)
// from their @kubernetes-models packages with the upstream CRD extracts (crd-extracts/, scripts/extract-crds.ts) laid on, and generated/releases/ (the older
// releases as deltas, from the packages of release-sources.ts). Run: node scripts/gen-k8s.ts (npm run gen:k8s).
// tests/unit/k8s/generated.test.ts fails when the committed files differ.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildApiData } from '../src/lib/k8s/generate/build-api-data.ts';
import { buildCrdData } from '../src/lib/k8s/generate/build-crd-data.ts';
import { buildReleaseDeltas } from '../src/lib/k8s/generate/build-release-deltas.ts';
import { serializeGenerated } from '../src/lib/k8s/generate/serialize.ts';
import { buildFieldStages } from '../src/lib/k8s/generate/field-stages.ts';

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
{
  const stages = buildFieldStages(docs, schema.kubernetesVersion);
  const text = serializeGenerated(stages);
  writeFileSync(join(outDir, 'field-stages.json'), text);
  const count = Object.values(stages.fields).reduce((sum, fields) => sum + Object.keys(fields).length, 0);
  console.log(`field-stages.json: ${count} alpha/beta fields, ${Buffer.byteLength(text)} B, ${gzipSync(text).length} B gzipped`);
}

const crds = await buildCrdData(projectRoot, schema);
const crdDir = join(outDir, 'crds');
mkdirSync(crdDir, { recursive: true });
writeFileSync(join(crdDir, 'index.json'), serializeGenerated(crds.index));
for (const { schema: project, docs: projectDocs, upstream, report } of crds.projects) {
  const text = serializeGenerated(project);
  writeFileSync(join(crdDir, `${project.id}.json`), text);
  writeFileSync(join(crdDir, `${project.id}.docs.json`), serializeGenerated(projectDocs));
  if (upstream) writeFileSync(join(crdDir, `${project.id}.upstream.json`), serializeGenerated(upstream));
  const kib = (bytes: number): string => (bytes / 1024).toFixed(1);
  console.log(`crds/${project.id}.json: ${project.kinds.length} kinds, ${kib(Buffer.byteLength(text))} KiB, ${kib(gzipSync(text).length)} KiB gzipped`);
  if (upstream && report) {
    const rules = upstream.kinds.flatMap((kind) => kind.versions).flatMap((v) => v.rules ?? []);
    const unplacedRules = report.unplaced.reduce((n, u) => n + u.rules, 0);
    console.log(`  ${upstream.upstream}: ${rules.filter((r) => r.checked).length} of ${rules.length} CEL rules checked; ${report.copies} types copied for facts that differ by place; ${report.unplaced.length} facts not placed (${unplacedRules} rules)`);
  }
}

const releaseDir = join(outDir, 'releases');
mkdirSync(releaseDir, { recursive: true });
for (const { source, delta } of buildReleaseDeltas(projectRoot, schema)) {
  const text = serializeGenerated(delta);
  writeFileSync(join(releaseDir, `${source.release}.json`), text);
  console.log(`releases/${source.release}.json (${source.name}@${source.version}): ${Buffer.byteLength(text)} B, ${gzipSync(text).length} B gzipped`);
}
