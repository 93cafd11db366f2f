// What the migration of a removed API version (api-version-not-served's fix) changes besides the
// apiVersion, kind by kind, for the rules page: it imports this module alone, so the page's worker does
// not carry these sentences. fix-migrations.test.ts holds the notes to the fixtures: a kind has a note
// exactly when its migration edits more than the apiVersion or can be a suggestion.
import type { Lang } from '../types.ts';
import { REMOVED_APIS } from '../../k8s/removed-apis.ts';

interface Note { kinds: readonly string[]; ko: string; en: string }

export const MIGRATION_NOTES: readonly Note[] = [
  {
    kinds: ['Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet'],
    ko: '비워 둔 spec.selector를 예전 버전처럼 템플릿의 레이블로 채우고, apps/v1에서 기본값이 바뀐 필드(strategy, updateStrategy, revisionHistoryLimit, progressDeadlineSeconds)에는 예전 기본값을 적는다.',
    en: 'spec.selector from the template\'s labels where it was left out, as the old versions defaulted it, and the old defaults of the fields whose default apps/v1 changed (strategy, updateStrategy, revisionHistoryLimit, progressDeadlineSeconds).',
  },
  {
    kinds: ['Ingress'],
    ko: 'backend.serviceName과 servicePort는 backend.service.name과 port.number 또는 port.name으로, spec.backend는 spec.defaultBackend로 바꾸고, 비워 둔 pathType에는 예전 기본값 ImplementationSpecific을 적는다.',
    en: 'backend.serviceName and servicePort become backend.service.name and port.number or port.name, spec.backend becomes spec.defaultBackend, and a path without pathType gets the old default, ImplementationSpecific.',
  },
  {
    kinds: ['HorizontalPodAutoscaler'],
    ko: 'autoscaling/v2beta1의 메트릭 목표값(targetAverageUtilization, targetAverageValue, targetValue)은 type을 가진 target 아래로, metricName은 metric.name으로 옮긴다.',
    en: 'autoscaling/v2beta1\'s metric targets (targetAverageUtilization, targetAverageValue, targetValue) move under a target with a type, and metricName becomes metric.name.',
  },
  {
    kinds: ['EndpointSlice'],
    ko: '엔드포인트의 topology에 있던 kubernetes.io/hostname과 topology.kubernetes.io/zone을 nodeName과 zone으로 옮긴다.',
    en: 'an endpoint\'s topology kubernetes.io/hostname and topology.kubernetes.io/zone become nodeName and zone.',
  },
  {
    kinds: ['PriorityLevelConfiguration'],
    ko: 'assuredConcurrencyShares를 nominalConcurrencyShares로 바꾸고, 베타 버전이 30으로 바꿔 쓰던 0은 30으로 적는다.',
    en: 'assuredConcurrencyShares becomes nominalConcurrencyShares, and a 0, which the betas turned into 30, is written as 30.',
  },
  {
    kinds: ['PodDisruptionBudget'],
    ko: 'selector가 비었거나 없으면 제안이다. policy/v1에서 빈 selector는 네임스페이스의 모든 파드를 고른다.',
    en: 'a suggestion when the selector is empty or absent: in policy/v1 an empty selector selects every Pod in the namespace.',
  },
  {
    kinds: ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'],
    ko: '비워 둔 admissionReviewVersions에는 [v1beta1]을, sideEffects에는 None을 적고(이때는 제안), failurePolicy, matchPolicy, timeoutSeconds에는 v1beta1의 기본값을 적는다.',
    en: 'admissionReviewVersions: [v1beta1] and sideEffects: None (then a suggestion) where they were left out, and v1beta1\'s defaults of failurePolicy, matchPolicy and timeoutSeconds.',
  },
  {
    kinds: ['CertificateSigningRequest'],
    ko: 'v1beta1이 채워 주던 spec.usages와 spec.signerName(요청에서 읽은 kubelet의 서명자)을 적는다. 그 서명자가 kubernetes.io/legacy-unknown이었을 요청은 서명자를 적지 않는 제안이다.',
    en: 'spec.usages and spec.signerName as v1beta1 defaulted them (the kubelet signer read from the request); a request it would have given kubernetes.io/legacy-unknown gets a suggestion that writes no signer.',
  },
  {
    kinds: ['CustomResourceDefinition'],
    ko: 'spec.version을 spec.versions로 바꾸고, validation(schema로), subresources, additionalPrinterColumns(JSONPath는 jsonPath로)를 각 버전으로 옮기며, 변환 웹훅을 conversion.webhook 아래로 옮기고 scope를 적는다. preserveUnknownFields를 비워 두었거나 true로 두었으면 제안이다.',
    en: 'spec.version becomes spec.versions; validation (as schema), subresources and additionalPrinterColumns (JSONPath as jsonPath) move into each version, the conversion webhook under conversion.webhook, and scope is written; a suggestion when preserveUnknownFields was left out or true.',
  },
];

/** The kinds whose migration is the apiVersion alone, and one line per kind group with a note. */
export function migrationDetails(lang: Lang): { notes: { kinds: string; from: string; to: string; note: string }[]; plain: string[] } {
  // PodSecurityPolicy's successor is gone too: its message explains Pod Security Admission instead
  const migrated = REMOVED_APIS.filter((api) => api.replacement && api.kind !== 'PodSecurityPolicy');
  const noted = new Set(MIGRATION_NOTES.flatMap((note) => note.kinds));
  const notes = MIGRATION_NOTES.map((note) => {
    const rows = migrated.filter((api) => note.kinds.includes(api.kind));
    return { kinds: note.kinds.join(', '), from: [...new Set(rows.map((api) => api.apiVersion))].join(', '), to: [...new Set(rows.map((api) => api.replacement))].join(', '), note: note[lang] };
  });
  const plain = [...new Set(migrated.filter((api) => !noted.has(api.kind)).map((api) => api.kind))].sort();
  return { notes, plain };
}
