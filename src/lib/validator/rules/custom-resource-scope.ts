// A custom resource whose CRD (in the same input) is cluster-scoped, with a metadata.namespace. The API
// server does not refuse it: for a cluster-scoped kind it clears the namespace before validation
// (rest.BeforeCreate, EnsureObjectNamespaceMatchesRequestNamespace). The namespace the manifest names
// is silently dropped, which is rarely what its author meant: a warning.
import type { ResourceRule } from '../types.ts';
import { findCrd, isCustomApiVersion } from '../schema/custom-resources.ts';
import { backupExample } from '../crd-examples.ts';

const schedule = ['              schedule: {type: string}'];

export const customResourceScope: ResourceRule = {
  id: 'custom-resource-scope',
  severity: 'warning',
  category: 'api',
  needsSchema: true,
  messages: {
    'cluster-namespace': {
      ko: '{kind}의 CRD는 scope: Cluster라서 {kind|는} 네임스페이스에 속하지 않는다. API 서버는 metadata.namespace({namespace})를 무시하고 지운다.',
      en: 'The CRD of {kind} has scope: Cluster, so a {kind} belongs to no namespace; the API server ignores and clears metadata.namespace ({namespace}).',
    },
  },
  docs: {
    summary: {
      ko: '클러스터 범위 커스텀 리소스에 네임스페이스를 적었는지 확인한다.',
      en: 'Checks for a namespace on a cluster-scoped custom resource.',
    },
    why: {
      ko: 'CustomResourceDefinition의 spec.scope가 Cluster이면 그 커스텀 리소스는 네임스페이스에 속하지 않는다. metadata.namespace를 적어도 API 서버가 조용히 지우므로, 네임스페이스별로 나누려던 의도가 적용되지 않는다.',
      en: 'When a CustomResourceDefinition\'s spec.scope is Cluster, its custom resources belong to no namespace. A metadata.namespace is silently cleared by the API server, so whatever the namespace was meant to separate is not separated.',
    },
    fix: {
      ko: 'metadata.namespace를 지우거나, 네임스페이스마다 두어야 한다면 CRD의 scope를 Namespaced로 정의하자.',
      en: 'Remove metadata.namespace, or, if the resource belongs in a namespace, define the CRD with scope: Namespaced.',
    },
    bad: backupExample(schedule, ['  schedule: "0 3 * * *"'], { scope: 'Cluster', namespace: 'backups' }),
    good: backupExample(schedule, ['  schedule: "0 3 * * *"'], { scope: 'Cluster' }),
  },
  check(ctx) {
    const { apiVersion, kind, namespace } = ctx.resource;
    if (!ctx.schema || namespace === '' || !isCustomApiVersion(ctx.schema, apiVersion)) return;
    const crd = findCrd(ctx.resources, apiVersion, kind);
    if (crd?.scope !== 'Cluster') return;
    ctx.report({ messageId: 'cluster-namespace', data: { kind, namespace }, path: ['metadata', 'namespace'], at: 'value' });
  },
};
