// A field's history on the reference page (issue 11.3): stage badges from fieldStage(), removed fields
// after their type's fields, both languages; and removedFields() against the release data.
import { describe, expect, it } from 'vitest';
import { fieldStage } from '../../../src/lib/k8s/field-stages.ts';
import type { ApiDocs, ApiSchema } from '../../../src/lib/k8s/types.ts';
import { removedFields, type RemovedField } from '../../../src/lib/reference/field-history.ts';
import { buildKindTree } from '../../../src/lib/reference/field-tree.ts';
import { renderFieldTree, type RenderOptions } from '../../../src/lib/reference/render-tree.ts';

const schema: ApiSchema = {
  kubernetesVersion: '1.36',
  kinds: [],
  types: {
    'x.Root': { fields: { spec: { shape: { t: 'object', ref: 'x.Spec' } } } },
    'x.Spec': { fields: { gated: { shape: { t: 'string' } }, alpha: { shape: { t: 'string' } }, plain: { shape: { t: 'boolean' } } } },
  },
};
const docs: ApiDocs = { types: {}, fields: {} };
const fields = buildKindTree('x.Root', schema, docs).fields;
const gone = (name: string, removedEarliest: string, removedIn: string): RemovedField =>
  ({ name, shape: { t: 'object', ref: 'x.Ref' }, since: '1.35', earliest: '1.35', lastIn: '1.35', removedIn, removedEarliest });
const options = (lang: 'ko' | 'en'): RenderOptions => ({
  lang,
  notes: new Map(),
  version: '1.36',
  stage: (node) => node.name === 'gated' ? { stage: 'beta', gates: ['GateOn'], onByDefault: true }
    : node.name === 'alpha' ? { stage: 'alpha', gates: ['GateA', 'GateB'], onByDefault: false } : undefined,
  removedFields: (type) => type === 'x.Spec' ? [gone('workloadRef', '1.36', '1.36')] : type === 'x.Root' ? [gone('status', '1.31', '1.32')] : [],
});

describe('history badges', () => {
  const en = renderFieldTree(fields, options('en'));
  const ko = renderFieldTree(fields, options('ko'));

  it('a gated field reads beta or "alpha, off by default", names its gates for screen readers and links the rule', () => {
    expect(en).toContain('<a class="rf-stage" data-pagefind-weight="1" href="/en/validator/rules/#feature-gated-field" title="behind the feature gate GateOn in Kubernetes 1.36">beta<span class="visually-hidden" data-pagefind-ignore>: behind the feature gate GateOn in Kubernetes 1.36</span></a>');
    expect(en).toContain('class="rf-stage rf-stage-off"');
    expect(en).toContain('>alpha, off by default<span class="visually-hidden" data-pagefind-ignore>: behind the feature gate GateA, GateB in Kubernetes 1.36');
    expect(ko).toContain('>베타<span class="visually-hidden" data-pagefind-ignore>: 쿠버네티스 1.36에서 GateOn 기능 게이트 뒤에 있음');
    expect(ko).toContain('>알파, 기본으로 꺼짐<');
    // a GA field has no badge
    expect(en.match(/rf-stage/g)?.length).toBe(3);
  });

  it('lists a removed field after its type\'s fields, with its anchor, its release and the range that served it', () => {
    const spec = en.indexOf('<li id="spec.plain"');
    const removed = en.indexOf('<li id="spec.workloadRef" class="rf-gone">');
    expect(spec).toBeGreaterThan(-1);
    expect(removed).toBeGreaterThan(spec);
    expect(en).toContain('<a class="rf-removed" data-pagefind-weight="1" href="/en/changes/1.36/"');
    expect(en).toContain('>removed in 1.36</a>');
    expect(en).toContain('Kubernetes 1.35 served this field; 1.36 and later do not.');
    // at the top level, with the releases a partial data set leaves open
    expect(en).toContain('<li id="status" class="rf-gone">');
    expect(en).toContain('>removed in 1.31 or 1.32</a>');
    expect(ko).toContain('>1.31 또는 1.32에서 제거</a>');
    expect(ko).toContain('쿠버네티스 1.35에서만 제공한 필드다. 1.36부터는 API에 없다.');
  });

  it('renders no history without the options', () => {
    const plain = renderFieldTree(fields, { lang: 'en', notes: new Map() });
    expect(plain).not.toMatch(/rf-stage|rf-gone|rf-since/);
  });
});

describe('the release data\'s removed fields and stages', () => {
  const names = (type: string) => removedFields(type).map((f) => `${f.name} ${f.since}-${f.lastIn} removed ${f.removedEarliest}/${f.removedIn}`);

  it('PodSpec.workloadRef: only 1.35\'s data has it', () => {
    expect(names('io.k8s.api.core.v1.PodSpec')).toEqual(['workloadRef 1.35-1.35 removed 1.36/1.36']);
  });

  it('PodResourceClaim.source: last in 1.30; 1.31\'s data is partial, so gone in 1.31 or 1.32', () => {
    expect(names('io.k8s.api.core.v1.PodResourceClaim')).toEqual(['source 1.27-1.30 removed 1.31/1.32']);
  });

  it('a type with no removed field has none, and GA fields have no stage', () => {
    expect(removedFields('io.k8s.api.apps.v1.DeploymentSpec')).toEqual([]);
    expect(fieldStage('io.k8s.api.apps.v1.DeploymentSpec', 'replicas')).toBeUndefined();
    expect(fieldStage('io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy', 'maxUnavailable')).toMatchObject({ stage: 'beta', onByDefault: false });
  });
});
