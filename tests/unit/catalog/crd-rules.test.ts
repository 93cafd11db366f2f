// What a bundled kind's page says of its upstream CEL rules (src/lib/catalog/crd-rules.ts).
import { describe, expect, it } from 'vitest';
import { kindRules } from '../../../src/lib/catalog/crd-rules.ts';
import { crdCatalog, crdKindRules } from '../../../src/lib/catalog/crd-load.ts';
import type { CrdUpstream } from '../../../src/lib/k8s/generate/crd-upstream.ts';

const source = { repo: 'example/widgets', ref: 'v1.2.0', commit: 'c'.repeat(40), path: 'crds/widgets.yaml', blob: 'b'.repeat(40) };
const upstream: CrdUpstream = {
  upstream: 'Widgets v1.2.0',
  kinds: [{
    group: 'example.com', kind: 'Widget', plural: 'widgets', scope: 'Namespaced', source,
    versions: [{
      name: 'v1', served: true, storage: true,
      rules: [
        { path: 'spec.a', rule: 'self.x > 0', message: 'x must be positive', checked: true },
        { path: 'spec.b', rule: 'self.x > 0', message: 'x must be positive', checked: true },
        { path: '', rule: 'self.spec.size() > 0', checked: true },
        { path: 'spec.selector', rule: 'self == oldSelf', message: 'immutable', checked: true },
        { path: 'spec.hosts', rule: 'self.all(h, !isIP(h))', message: 'no IPs', checked: false, unchecked: 'function' },
        { path: 'spec.template.spec', rule: 'true', message: 'in a built-in type', checked: false, unchecked: 'path' },
      ],
    }, { name: 'v1beta1', served: false, storage: false }],
  }],
};

describe('kindRules', () => {
  it('groups the rules by message, with the rule itself when there is none, and splits what is not judged', () => {
    const rules = kindRules(upstream, 'example.com', 'Widget', 'v1');
    expect(rules?.source.href).toBe('https://github.com/example/widgets/blob/v1.2.0/crds/widgets.yaml');
    expect(rules?.evaluated).toEqual([
      { text: 'x must be positive', paths: ['spec.a', 'spec.b'] },
      { text: 'self.spec.size() > 0', paths: [''] },
    ]);
    expect(rules?.transition).toEqual([{ text: 'immutable', paths: ['spec.selector'] }]);
    expect(rules?.notJudged).toEqual({ function: [{ text: 'no IPs', paths: ['spec.hosts'] }], path: [{ text: 'in a built-in type', paths: ['spec.template.spec'] }] });
    expect(rules?.counts).toEqual({ evaluated: 3, transition: 1, function: 1, path: 1 });
  });

  it('has nothing for a kind or version the file does not have; an unserved version has no rules', () => {
    expect(kindRules(upstream, 'example.com', 'Gadget', 'v1')).toBeUndefined();
    expect(kindRules(upstream, 'example.com', 'Widget', 'v2')).toBeUndefined();
    expect(kindRules(upstream, 'example.com', 'Widget', 'v1beta1')?.counts).toEqual({ evaluated: 0, transition: 0, function: 0, path: 0 });
  });

  it('gives every bundled kind its upstream source, and the real counts for Gateway API', () => {
    for (const kind of crdCatalog) expect(crdKindRules(kind)?.source.repo, kind.slug).toBeTruthy();
    const route = crdCatalog.find((k) => k.slug === 'httproute.gateway.networking.k8s.io')!;
    expect(crdKindRules(route)?.counts.evaluated).toBeGreaterThan(50);
    const tls = crdKindRules(crdCatalog.find((k) => k.slug === 'tlsroute.gateway.networking.k8s.io')!);
    expect(tls?.notJudged.function.map((g) => g.paths)).toEqual([['spec.hostnames']]);
    const rollout = crdKindRules(crdCatalog.find((k) => k.slug === 'rollout.argoproj.io')!);
    expect(rollout?.counts).toEqual({ evaluated: 0, transition: 1, function: 0, path: 0 });
  });
});
