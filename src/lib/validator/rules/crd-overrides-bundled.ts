// A CRD of the input for a kind whose CRD is bundled (src/lib/k8s/generated/crds/): the input's wins,
// as the cluster's own CRD would, and this info says so, so nobody wonders why the bundled project's
// schema did not apply (an older or newer release installed, a fork, a CRD of one's own).
import type { ResourceRule } from '../types.ts';
import { bundledCrd } from '../schema/bundled-crds.ts';
import { isRecord } from '../resources.ts';
import { backupExample } from '../crd-examples.ts';

export const crdOverridesBundled: ResourceRule = {
  id: 'crd-overrides-bundled',
  severity: 'info',
  category: 'api',
  needsSchema: true,
  kinds: ['CustomResourceDefinition'],
  messages: {
    overrides: {
      ko: '{group}의 {kind}에는 내장된 {project}({upstream})의 정의 대신 이 CustomResourceDefinition을 쓴다. 이 입력의 {kind} 리소스는 이 CRD로 검사한다.',
      en: 'This CustomResourceDefinition is used for {group} {kind} instead of the bundled one ({project}, {upstream}): the input\'s {kind} resources are checked against it.',
    },
  },
  docs: {
    summary: {
      ko: '붙여 넣은 CRD가 내장된 프로젝트의 CRD 대신 쓰인다고 알린다.',
      en: 'Says that a pasted CRD is used instead of a bundled project\'s CRD.',
    },
    why: {
      ko: '검사기는 Gateway API, cert-manager, Prometheus Operator 같은 프로젝트의 CRD를 내장하고 있어 CRD 없이도 그 커스텀 리소스를 검사한다. 같은 kind의 CRD를 입력에 함께 넣으면 클러스터에 설치된 CRD가 그렇듯 입력의 CRD가 우선한다. 설치한 릴리스가 내장된 릴리스와 다르면 검사 결과도 달라질 수 있다.',
      en: 'The validator bundles the CRDs of projects such as Gateway API, cert-manager and the Prometheus Operator, so their custom resources are checked without a CRD in the input. When the input holds a CRD for the same kind, it wins, as the CRD installed in the cluster would. If the release you installed differs from the bundled one, the results may differ too.',
    },
    fix: {
      ko: '할 일은 없다. 내장된 스키마로 검사하려면 입력에서 이 CRD를 빼자.',
      en: 'Nothing to do. To check against the bundled schema instead, leave this CRD out of the input.',
    },
    bad: [
      'apiVersion: apiextensions.k8s.io/v1',
      'kind: CustomResourceDefinition',
      'metadata:',
      '  name: httproutes.gateway.networking.k8s.io',
      '  annotations:',
      '    api-approved.kubernetes.io: https://github.com/kubernetes-sigs/gateway-api/pull/1538',
      'spec:',
      '  group: gateway.networking.k8s.io',
      '  names:',
      '    kind: HTTPRoute',
      '    plural: httproutes',
      '  scope: Namespaced',
      '  versions:',
      '  - name: v1',
      '    served: true',
      '    storage: true',
      '    schema:',
      '      openAPIV3Schema:',
      '        type: object',
      '        x-kubernetes-preserve-unknown-fields: true',
      '',
    ].join('\n'),
    good: backupExample(['              schedule: {type: string}'], ['  schedule: "0 3 * * *"']),
  },
  check(ctx) {
    const { value, apiVersion } = ctx.resource;
    const spec = isRecord(value.spec) ? value.spec : undefined;
    const names = spec && isRecord(spec.names) ? spec.names : undefined;
    if (apiVersion !== 'apiextensions.k8s.io/v1' || typeof spec?.group !== 'string' || typeof names?.kind !== 'string') return;
    const source = bundledCrd(ctx.resources, spec.group, names.kind)?.bundled;
    if (!source) return;
    ctx.report({
      messageId: 'overrides', path: ['spec', 'names', 'kind'], at: 'value',
      data: { group: spec.group, kind: names.kind, project: source.name, upstream: source.upstream },
    });
  },
};
