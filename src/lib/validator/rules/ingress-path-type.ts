// networking.k8s.io/v1 Ingress paths need pathType (it had a default only in v1beta1).
import type { ResourceRule } from '../types.ts';
import { isRecord } from '../resources.ts';

export const ingressPathType: ResourceRule = {
  id: 'ingress-path-type',
  severity: 'error',
  category: 'semantics',
  kinds: ['Ingress'],
  messages: {
    missing: {
      ko: '인그레스 경로 {path}에 pathType이 없다. Prefix, Exact, ImplementationSpecific 중 하나를 쓰자.',
      en: 'The Ingress path {path} has no pathType; use Prefix, Exact or ImplementationSpecific.',
    },
  },
  docs: {
    summary: { ko: 'networking.k8s.io/v1 인그레스 경로에 pathType이 있는지 확인한다.', en: 'Checks that networking.k8s.io/v1 Ingress paths have a pathType.' },
    why: {
      ko: 'v1beta1 인그레스를 v1으로 옮길 때 가장 흔히 빠뜨리는 필드다. v1에서 pathType은 필수라서 없으면 "pathType: Required value" 오류로 거부된다.',
      en: 'It is the field most often forgotten when moving an Ingress from v1beta1 to v1: in v1 pathType is required, and without it the Ingress is rejected with "pathType: Required value".',
    },
    fix: { ko: '대부분은 `pathType: Prefix`가 의도에 맞다.', en: 'In most cases `pathType: Prefix` is what you want.' },
    bad: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n  - http:\n      paths:\n      - path: /\n        backend:\n          service:\n            name: web\n            port:\n              number: 80\n',
    good: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n  - http:\n      paths:\n      - path: /\n        pathType: Prefix\n        backend:\n          service:\n            name: web\n            port:\n              number: 80\n',
  },
  check(ctx) {
    if (ctx.resource.apiVersion !== 'networking.k8s.io/v1') return;
    const spec = ctx.resource.value.spec;
    if (!isRecord(spec) || !Array.isArray(spec.rules)) return;
    spec.rules.forEach((rule, r) => {
      const paths = isRecord(rule) && isRecord(rule.http) ? rule.http.paths : undefined;
      if (!Array.isArray(paths)) return;
      paths.forEach((entry, p) => {
        if (!isRecord(entry) || (entry.pathType !== undefined && entry.pathType !== null)) return;
        ctx.report({
          messageId: 'missing', data: { path: typeof entry.path === 'string' ? entry.path : '/' },
          path: ['spec', 'rules', r, 'http', 'paths', p, 'pathType'],
        });
      });
    });
  },
};
