// "Generated files stay generated": regenerating in memory must reproduce the
// committed JSON byte for byte. Run `node scripts/gen-k8s.ts` after changing
// the generator or the kubernetes-models version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApiData } from '../../../src/lib/k8s/generate/build-api-data.ts';
import { buildCrdData } from '../../../src/lib/k8s/generate/build-crd-data.ts';
import { buildReleaseDeltas } from '../../../src/lib/k8s/generate/build-release-deltas.ts';
import { serializeGenerated } from '../../../src/lib/k8s/generate/serialize.ts';
import { buildFieldStages } from '../../../src/lib/k8s/generate/field-stages.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const committed = (name: string) => readFileSync(join(root, 'src', 'lib', 'k8s', 'generated', name), 'utf8');

describe('generated API data', () => {
  it('matches a fresh run of the generator', async () => {
    const { schema, docs } = await buildApiData(root);
    expect(serializeGenerated(schema) === committed('schema.json'), 'schema.json is stale: run node scripts/gen-k8s.ts').toBe(true);
    expect(serializeGenerated(docs) === committed('docs.json'), 'docs.json is stale: run node scripts/gen-k8s.ts').toBe(true);
    const stages = serializeGenerated(buildFieldStages(docs, schema.kubernetesVersion));
    expect(stages === committed('field-stages.json'), 'field-stages.json is stale: run node scripts/gen-k8s.ts').toBe(true);
  }, 60_000);

  it('matches a fresh run of the generator for the bundled CRDs', async () => {
    // converted on top of the built-in types, which the test above holds to a fresh run
    const crds = await buildCrdData(root, apiSchema);
    const stale = (name: string, value: object): boolean => serializeGenerated(value) !== committed(`crds/${name}`);
    expect(stale('index.json', crds.index), 'crds/index.json is stale: run node scripts/gen-k8s.ts').toBe(false);
    for (const { schema: project, docs: projectDocs } of crds.projects) {
      expect(stale(`${project.id}.json`, project), `crds/${project.id}.json is stale: run node scripts/gen-k8s.ts`).toBe(false);
      expect(stale(`${project.id}.docs.json`, projectDocs), `crds/${project.id}.docs.json is stale: run node scripts/gen-k8s.ts`).toBe(false);
    }
  }, 300_000);

  it('matches a fresh run of the generator for the older releases', () => {
    // deltas against the built-in types, which the first test holds to a fresh run
    for (const { source, delta } of buildReleaseDeltas(root, apiSchema)) {
      const name = `releases/${source.release}.json`;
      expect(serializeGenerated(delta) === committed(name), `${name} is stale: run node scripts/gen-k8s.ts`).toBe(true);
    }
  }, 120_000);

  it('keeps descriptions out of the schema', () => {
    // the upstream description of Pod lives in docs.json only
    expect(committed('docs.json')).toContain('Pod is a collection of containers');
    expect(committed('schema.json')).not.toContain('Pod is a collection of containers');
  });
});
