// The page re-validates on every keystroke: >= 5,000 documents/s in Node and at most 3x the cost of
// js-yaml's loadAll on the same text. The machine is shared, so runs of both are interleaved after a
// warm-up and the fastest of each is compared: noise only ever adds time.
import { expect, test } from 'vitest';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validate } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';

const app = readFileSync(fileURLToPath(new URL('../../fixtures/validator/manifests/good-web-app.yaml', import.meta.url)), 'utf8');
const learner = readFileSync(fileURLToPath(new URL('../../fixtures/validator/manifests/learner-deployment.yaml', import.meta.url)), 'utf8');
// 100 copies of a 6-document application plus a broken Deployment: 700 documents, ~230 KB
const text = Array.from({ length: 100 }, () => `${app}\n---\n${learner}`).join('\n---\n');
const documents = 700;

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

test('throughput and cost relative to js-yaml', () => {
  const options = { schema: apiSchema };
  expect(validate(text, options).documents).toHaveLength(documents);
  let ours = Infinity;
  let baseline = Infinity;
  for (let i = 0; i < 15; i += 1) {
    const a = timed(() => validate(text, options));
    const b = timed(() => yaml.loadAll(text));
    if (i >= 3) { // the first runs warm up the JIT and the schema index
      ours = Math.min(ours, a);
      baseline = Math.min(baseline, b);
    }
  }
  const perSecond = (documents / ours) * 1000;
  console.log(`validate: ${ours.toFixed(1)} ms for ${documents} documents (${Math.round(perSecond)}/s); js-yaml loadAll: ${baseline.toFixed(1)} ms; ratio ${(ours / baseline).toFixed(2)}`);
  expect(perSecond).toBeGreaterThanOrEqual(5000);
  expect(ours / baseline).toBeLessThanOrEqual(3);
}, 60_000);
