// The PodSpec's own fields that ValidatePodSpec checks one by one (pkg/apis/core/validation/
// validation.go): names of objects it refers to, readiness and scheduling gates, resource claims and
// activeDeadlineSeconds; and ValidatePodCreate's nodeName with scheduling gates.
// https://kubernetes.io/docs/concepts/scheduling-eviction/pod-scheduling-readiness/
import type { ResourceRule } from '../types.ts';
import { checkQualifiedName, isDnsLabel, isDnsSubdomain } from '../names.ts';
import { mappingsOf, text } from '../pod-spec.ts';
import { podSpecOf } from '../workload.ts';

/** fields naming objects whose names are DNS subdomains */
const SUBDOMAIN_NAMES = ['serviceAccountName', 'nodeName', 'priorityClassName', 'runtimeClassName'];
const MAX_INT32 = 2147483647;

export const podSpecFields: ResourceRule = {
  id: 'pod-spec-fields',
  severity: 'error',
  category: 'semantics',
  messages: {
    subdomain: {
      ko: '{field} {value|은} DNS 서브도메인(소문자, 숫자, -, .)이어야 한다.',
      en: '{field} {value} must be a DNS subdomain (lower-case letters, digits, - and .).',
    },
    'qualified-name': {
      ko: '{field} {value|는} 레이블 키 형식([접두사/]이름)이어야 한다.',
      en: '{field} {value} must be a qualified name ([prefix/]name), like a label key.',
    },
    'gate-duplicate': { ko: '스케줄링 게이트 {value|가} 두 번 있다.', en: 'The scheduling gate {value} appears twice.' },
    'node-name-gated': {
      ko: 'schedulingGates가 남아 있는 파드에는 nodeName을 쓸 수 없다.',
      en: 'nodeName cannot be set while schedulingGates remain.',
    },
    deadline: {
      ko: 'activeDeadlineSeconds {value|는} 1에서 2147483647 사이여야 한다.',
      en: 'activeDeadlineSeconds {value} must be between 1 and 2147483647.',
    },
    'claim-name': {
      ko: 'resourceClaims의 이름 {value|은} DNS 레이블이어야 한다.',
      en: 'The resourceClaims name {value} must be a DNS label.',
    },
    'claim-duplicate': { ko: 'resourceClaims에 이름 {value|이} 두 번 있다.', en: 'The name {value} appears twice in resourceClaims.' },
    'claim-source': {
      ko: 'resourceClaims 항목에는 resourceClaimName과 resourceClaimTemplateName 중 정확히 하나가 있어야 한다.',
      en: 'A resourceClaims item needs exactly one of resourceClaimName and resourceClaimTemplateName.',
    },
  },
  docs: {
    summary: {
      ko: '서비스 어카운트·노드·프라이어리티클래스 이름, 준비성·스케줄링 게이트, 리소스 클레임, activeDeadlineSeconds를 확인한다.',
      en: 'Checks the names of the ServiceAccount, node and PriorityClass, readiness and scheduling gates, resource claims and activeDeadlineSeconds.',
    },
    why: {
      ko: '파드가 이름으로 가리키는 오브젝트의 이름은 DNS 서브도메인이어야 하고, 게이트 이름은 레이블 키 형식이다. activeDeadlineSeconds는 1 이상이고, 스케줄링 게이트가 남은 파드를 nodeName으로 노드에 바로 둘 수 없다. 어긋나면 API 서버가 거부한다.',
      en: 'Objects a Pod names must have DNS-subdomain names, and gate names are qualified names like label keys. activeDeadlineSeconds is at least 1, and a Pod with scheduling gates left cannot be placed on a node with nodeName. The API server rejects anything else.',
    },
    fix: {
      ko: '이름을 소문자와 -로 고치고, 게이트를 모두 지운 뒤에 nodeName을 쓰자.',
      en: 'Write names in lower case with -, and set nodeName only once the gates are gone.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  serviceAccountName: Web_Runner\n  containers:\n  - name: web\n    image: nginx:1.30\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  serviceAccountName: web-runner\n  containers:\n  - name: web\n    image: nginx:1.30\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    if (!at) return;
    const { spec } = at;
    for (const field of SUBDOMAIN_NAMES) {
      const value = spec[field];
      if (typeof value === 'string' && value !== '' && !isDnsSubdomain(value)) ctx.report({ messageId: 'subdomain', data: { field, value }, path: [...at.path, field], at: 'value' });
    }
    for (const { index, item } of mappingsOf(spec.readinessGates)) {
      const value = text(item, 'conditionType');
      if (value !== undefined && checkQualifiedName(value)) ctx.report({ messageId: 'qualified-name', data: { field: 'conditionType', value }, path: [...at.path, 'readinessGates', index, 'conditionType'], at: 'value' });
    }
    const gates = new Set<string>();
    for (const { index, item } of mappingsOf(spec.schedulingGates)) {
      const value = text(item, 'name');
      if (value === undefined) continue;
      const path = [...at.path, 'schedulingGates', index, 'name'];
      if (checkQualifiedName(value)) ctx.report({ messageId: 'qualified-name', data: { field: 'schedulingGates', value }, path, at: 'value' });
      else if (gates.has(value)) ctx.report({ messageId: 'gate-duplicate', data: { value }, path, at: 'value' });
      gates.add(value);
    }
    if (ctx.resource.kind === 'Pod' && typeof spec.nodeName === 'string' && spec.nodeName !== '' && gates.size > 0) {
      ctx.report({ messageId: 'node-name-gated', path: [...at.path, 'nodeName'] });
    }
    const deadline = spec.activeDeadlineSeconds;
    if (typeof deadline === 'number' && (deadline < 1 || deadline > MAX_INT32)) ctx.report({ messageId: 'deadline', data: { value: deadline }, path: [...at.path, 'activeDeadlineSeconds'], at: 'value' });
    const claims = new Set<string>();
    for (const { index, item } of mappingsOf(spec.resourceClaims)) {
      const path = [...at.path, 'resourceClaims', index];
      const name = text(item, 'name');
      if (name !== undefined && !isDnsLabel(name)) ctx.report({ messageId: 'claim-name', data: { value: name }, path: [...path, 'name'], at: 'value' });
      else if (name !== undefined && claims.has(name)) ctx.report({ messageId: 'claim-duplicate', data: { value: name }, path: [...path, 'name'], at: 'value' });
      if (name !== undefined) claims.add(name);
      const sources = ['resourceClaimName', 'resourceClaimTemplateName'].filter((key) => typeof item[key] === 'string');
      if (sources.length !== 1) ctx.report({ messageId: 'claim-source', path });
      for (const key of sources) {
        const value = item[key] as string;
        if (!isDnsSubdomain(value)) ctx.report({ messageId: 'subdomain', data: { field: key, value }, path: [...path, key], at: 'value' });
      }
    }
  },
};
