// A reference whose target is in the paste, but in another namespace: Services, ConfigMaps, Secrets,
// claims and scale targets are only found in the referrer's own namespace.
import type { PathSegment, ResourceRule } from '../types.ts';
import { isRecord } from '../resources.ts';
import { podReferencesOf } from '../pod-references.ts';
import { findResource } from '../references.ts';
import { get } from '../workload.ts';

export const namespaceMismatch: ResourceRule = {
  id: 'namespace-mismatch',
  severity: 'warning',
  category: 'cross-document',
  messages: {
    other: {
      ko: '참조한 {kind} {name|은} 네임스페이스 {targetNamespace}에 있는데, 이 리소스는 {namespace}에 있다. 네임스페이스가 다르면 찾지 못한다.',
      en: 'The referenced {kind} {name} is in namespace {targetNamespace}, but this resource is in {namespace}; it will not be found across namespaces.',
    },
  },
  docs: {
    summary: { ko: '서로 참조하는 리소스의 네임스페이스가 다른지 확인한다.', en: 'Checks that resources referring to each other share a namespace.' },
    why: {
      ko: '파드는 같은 네임스페이스의 컨피그맵과 시크릿만 쓸 수 있고, 인그레스와 Horizontal Pod Autoscaler도 같은 네임스페이스의 대상만 찾는다. 한 문서만 네임스페이스를 바꾸면 참조가 끊어진다.',
      en: 'A Pod can only use ConfigMaps and Secrets of its own namespace, and an Ingress or a Horizontal Pod Autoscaler only finds targets in its own; changing the namespace of one document breaks the reference.',
    },
    fix: { ko: '관련된 리소스의 metadata.namespace를 맞추자.', en: 'Give related resources the same metadata.namespace.' },
    bad: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-settings\n  namespace: staging\ndata:\n  MODE: fast\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: production\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    envFrom:\n    - configMapRef:\n        name: web-settings\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-settings\n  namespace: production\ndata:\n  MODE: fast\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: production\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    envFrom:\n    - configMapRef:\n        name: web-settings\n',
  },
  check(ctx) {
    const refs: { kind: string; name: string; path: PathSegment[] }[] = [...podReferencesOf(ctx.resource)];
    const { kind, value } = ctx.resource;
    if (kind === 'HorizontalPodAutoscaler') {
      const target = get(value, ['spec', 'scaleTargetRef']);
      if (isRecord(target) && typeof target.kind === 'string' && typeof target.name === 'string') {
        refs.push({ kind: target.kind, name: target.name, path: ['spec', 'scaleTargetRef', 'name'] });
      }
    }
    if (kind === 'Ingress') {
      const rules = get(value, ['spec', 'rules']);
      (Array.isArray(rules) ? rules : []).forEach((rule, r) => {
        const paths = get(rule, ['http', 'paths']);
        (Array.isArray(paths) ? paths : []).forEach((entry, p) => {
          const name = get(entry, ['backend', 'service', 'name']);
          if (typeof name === 'string') refs.push({ kind: 'Service', name, path: ['spec', 'rules', r, 'http', 'paths', p, 'backend', 'service', 'name'] });
        });
      });
    }
    for (const ref of refs) {
      const found = findResource(ctx.resources, ctx.resource, ref.kind, ref.name);
      if (found.result !== 'other-namespace' || !found.target) continue;
      ctx.report({
        messageId: 'other',
        data: { kind: ref.kind, name: ref.name, namespace: ctx.resource.namespace, targetNamespace: found.target.namespace },
        path: ref.path, at: 'value',
      });
    }
  },
};
