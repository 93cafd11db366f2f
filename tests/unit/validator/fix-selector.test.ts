// workload-selector's fixes: a missing selector from the template's labels (safe), and for a mismatch
// the two suggestions (the selector follows the template, or the template the selector).
import { describe, expect, test } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { fixText } from '../../../src/lib/validator/fix/apply.ts';
import { validate } from '../../../src/lib/validator/index.ts';
import { yaml } from './helpers.ts';

const options = { schema: apiSchema, bestPractices: false };
const selectorDiagnostic = (text: string) => validate(text, options).diagnostics.find((d) => d.ruleId === 'workload-selector');

describe('a missing selector', () => {
  test('block style: added after spec\'s last line, its comment kept where it was', () => {
    const before = yaml(
      'apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: web}', 'spec:', '  replicas: 2', '  template:',
      '    metadata:', '      labels: {app: web, tier: "1"}', '    spec:', '      containers:', '      - name: web', '        image: nginx:1.27 # pinned',
      '# the end',
    );
    const after = fixText(before, options);
    expect(after.text).toBe(before.replace('# pinned\n', '# pinned\n  selector:\n    matchLabels:\n      app: web\n      tier: "1"\n'));
    expect(after.result.diagnostics.filter((d) => d.ruleId === 'workload-selector')).toEqual([]);
  });
  test('flow style: first in the mapping', () => {
    const before = yaml('apiVersion: apps/v1', 'kind: DaemonSet', 'metadata: {name: web}',
      'spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: web, image: "nginx:1.27"}]}}}');
    expect(fixText(before, options).text).toBe(before.replace('spec: {template', 'spec: {selector: {matchLabels: {app: web}}, template'));
  });
  test('an empty `selector:` is filled in place', () => {
    const before = yaml('apiVersion: apps/v1', 'kind: ReplicaSet', 'metadata: {name: web}', 'spec:', '  selector:', '  template:',
      '    metadata:', '      labels:', '        app: web', '    spec:', '      containers:', '      - name: web', '        image: nginx:1.27');
    expect(fixText(before, options).text).toBe(before.replace('  selector:\n', '  selector:\n    matchLabels:\n      app: web\n'));
  });
  test('no template labels, no fix', () => {
    const text = yaml('apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: web}', 'spec:', '  template:', '    spec:', '      containers: []');
    expect(selectorDiagnostic(text)?.fixes).toBeUndefined();
  });
});

describe('a selector that misses the template', () => {
  const text = yaml('apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: web}', 'spec:', '  selector:', '    matchLabels:', '      app: web',
    '  template:', '    metadata:', '      labels:', '        app: frontend # renamed', '    spec:', '      containers:', '      - name: web', '        image: nginx:1.27');
  test('two suggestions, none safe', () => {
    const d = selectorDiagnostic(text);
    expect(d?.fixes?.map((f) => `${f.safety} ${f.label}`)).toEqual(['suggestion spec.selector.matchLabels', 'suggestion spec.template.metadata.labels']);
    expect(fixText(text, options).text).toBe(text);
  });
  test('the first, applied on request, makes the selector the template\'s', () => {
    const run = fixText(text, options, 'all');
    expect(run.text).toBe(text.replace('    matchLabels:\n      app: web\n', '    matchLabels:\n      app: frontend\n'));
    expect(run.result.diagnostics.filter((d) => d.ruleId === 'workload-selector')).toEqual([]);
  });
});
