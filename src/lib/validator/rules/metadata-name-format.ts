// metadata.name (and generateName) in the form the API server requires of the kind: DNS subdomain
// for most kinds, stricter for a few, looser (path segment) for RBAC and some others. The table and
// its upstream sources are in ../name-rules.ts.
// https://kubernetes.io/docs/concepts/overview/working-with-objects/names/
import type { ResourceRule, RuleContext } from '../types.ts';
import { nameFamilyOf, nameProblem, type NameFamily } from '../name-rules.ts';
import { isRecord } from '../resources.ts';
import { entryOf, valueOf } from '../yaml/node.ts';
import { safeFix, scalarEdit } from '../fix/make.ts';

export const metadataNameFormat: ResourceRule = {
  id: 'metadata-name-format',
  severity: 'error',
  category: 'semantics',
  fixes: ['safe'],
  messages: {
    missing: {
      ko: 'metadata.name(또는 generateName)이 없다. 오브젝트에는 이름이 필요하다.',
      en: 'metadata.name (or generateName) is missing; the object needs a name.',
    },
    subdomain: {
      ko: '{kind}의 {field} {name|은} 형식이 잘못되었다. DNS 서브도메인이어야 한다. 소문자, 숫자, -, .만 쓰고 영숫자로 시작하고 끝나야 하며 253자 이하여야 한다.',
      en: 'The {kind} {field} {name} is invalid: it must be a DNS subdomain, with lower-case letters, digits, - and . only, starting and ending with a letter or digit, at most 253 characters.',
    },
    label: {
      ko: '{kind}의 {field} {name|은} 형식이 잘못되었다. DNS 레이블이어야 한다. 소문자, 숫자, -만 쓰고(점은 안 된다) 영숫자로 시작하고 끝나야 하며 63자 이하여야 한다.',
      en: 'The {kind} {field} {name} is invalid: it must be a DNS label, with lower-case letters, digits and - only (no dots), starting and ending with a letter or digit, at most 63 characters.',
    },
    rfc1035: {
      ko: '서비스 {field} {name|은} 숫자로 시작한다. 쿠버네티스 1.36은 이를 받아들이지만(RelaxedServiceNameValidation, 베타) 그 이전 버전이나 이 기능 게이트를 끈 클러스터는 거부한다. 영문 소문자로 시작하면 어디서나 통한다.',
      en: 'The Service {field} {name} starts with a digit. Kubernetes 1.36 accepts it (RelaxedServiceNameValidation, beta), but earlier releases, or clusters with that gate off, reject it; a name that starts with a lower-case letter works everywhere.',
    },
    'path-segment': {
      ko: '{kind}의 {field} {name|은} 쓸 수 없다. 이름이 API 경로의 한 부분이 되므로 이름 전체가 . 또는 ..일 수 없고, /와 %를 넣을 수 없다. 그 밖의 문자는 대문자와 :까지 모두 쓸 수 있다.',
      en: 'The {kind} {field} {name} cannot be used: the name becomes a segment of the API path, so it cannot be . or .. and cannot contain / or %. Any other character is allowed in names of this kind, capitals and : included.',
    },
    'ip-address': {
      ko: 'IPAddress의 {field} {name|은} IP 주소가 아니다. IPAddress 오브젝트의 이름은 할당하는 주소 그 자체다(예: 10.96.0.10, 2001:db8::a).',
      en: 'The IPAddress {field} {name} is not an IP address: an IPAddress object is named after the address it allocates, e.g. 10.96.0.10 or 2001:db8::a.',
    },
    'crd-name': {
      ko: 'CustomResourceDefinition의 이름은 spec.names.plural + "." + spec.group, 곧 {expected|여야} 한다. {name|은} 거부된다.',
      en: 'A CustomResourceDefinition must be named spec.names.plural + "." + spec.group, here {expected}; {name} is rejected.',
    },
    'api-service-name': {
      ko: 'APIService의 이름은 spec.version + "." + spec.group, 곧 {expected|여야} 한다. {name|은} 거부된다.',
      en: 'An APIService must be named spec.version + "." + spec.group, here {expected}; {name} is rejected.',
    },
    'cronjob-length': {
      ko: '크론잡(CronJob) 이름 {name|은} {length}자다. 크론잡이 만드는 잡 이름에 11자 접미사가 붙으므로 52자 이하여야 한다.',
      en: 'The CronJob name {name} has {length} characters; at most 52 are allowed, because the Jobs it creates append an 11-character suffix.',
    },
    'job-length': {
      ko: '잡(Job) 이름 {name|은} {length}자다. API 서버가 이 이름을 파드 템플릿의 job-name 레이블 값으로 넣는데, 레이블 값은 63자 이하여야 한다.',
      en: 'The Job name {name} has {length} characters: the API server copies it into the job-name label of the Pod template, and a label value has at most 63.',
    },
    'priority-class-system': {
      ko: 'system-으로 시작하는 프라이어리티클래스(PriorityClass) 이름은 시스템 전용이다. system-cluster-critical과 system-node-critical만 있으니 다른 이름을 쓰자.',
      en: 'PriorityClass names starting with system- are reserved for the system (system-cluster-critical and system-node-critical); choose another name.',
    },
  },
  docs: {
    summary: { ko: 'metadata.name이 그 종류가 요구하는 형식인지 확인한다.', en: 'Checks that metadata.name has the form its kind requires.' },
    why: {
      ko: 'API 서버는 종류마다 이름 규칙이 다르다. 대부분은 DNS 서브도메인(소문자, 숫자, -, ., 253자 이하)이라 대문자나 밑줄이 든 이름을 거부한다. 네임스페이스는 점도 안 되는 DNS 레이블이다. 반대로 롤과 클러스터롤, 바인딩은 경로 한 조각이면 되어 `system:kube-scheduler`처럼 :를 쓸 수 있다. CustomResourceDefinition과 APIService는 이름이 spec에서 정해진다.',
      en: 'The API server has a naming rule per kind. Most kinds need a DNS subdomain (lower case, digits, - and ., at most 253 characters), so capitals and underscores are rejected; a Namespace is a DNS label, without dots. Roles, ClusterRoles and their bindings only need a path segment, so `system:kube-scheduler` is fine. A CustomResourceDefinition or APIService name is fixed by its spec.',
    },
    fix: { ko: '`web-config`처럼 소문자와 -로 쓰자.', en: 'Use lower case and dashes, e.g. `web-config`.' },
    bad: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Web_Config\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\n',
  },
  check(ctx) {
    const { kind, apiVersion, value } = ctx.resource;
    if (kind === '' || kind.endsWith('List')) return;
    const family = nameFamilyOf(apiVersion, kind);
    const metadata = isRecord(value.metadata) ? value.metadata : {};
    const { name, generateName } = metadata;
    if (typeof generateName === 'string' && generateName !== '') checkName(ctx, family, 'generateName', generateName);
    if (name === undefined || name === null || name === '') {
      if (family !== 'nameless' && (typeof generateName !== 'string' || generateName === '')) {
        ctx.report({ messageId: 'missing', path: ['metadata', 'name'] });
      }
      return;
    }
    if (typeof name === 'string') checkName(ctx, family, 'name', name); // other types are the schema rules' to report
  },
};

function checkName(ctx: RuleContext, family: NameFamily, field: 'name' | 'generateName', name: string): void {
  const { kind, value } = ctx.resource;
  const problem = nameProblem(family, name, field === 'generateName', value);
  if (!problem) return;
  // lower-casing is the one certain fix, offered only where the lower-case name is right
  const lower = name.toLowerCase();
  const fixable = !problem.warning && lower !== name && !nameProblem(family, lower, field === 'generateName', value);
  const metadataNode = valueOf(ctx.resource.node, 'metadata');
  const entry = metadataNode ? entryOf(metadataNode, field) : undefined;
  ctx.report({
    messageId: problem.messageId, data: { name, kind, field: `metadata.${field}`, ...problem.data },
    path: ['metadata', field], at: 'value',
    ...(problem.warning ? { severity: 'warning' as const } : {}),
    ...(fixable && entry ? { fixes: [safeFix(lower, scalarEdit(ctx.text, entry.value, lower))] } : {}),
  });
}
