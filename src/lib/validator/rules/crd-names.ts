// A CRD's spec.group, spec.names and spec.scope as apiextensions validation checks them: the group a
// DNS subdomain with at least one dot; plural, singular, short names and categories DNS-1035 labels
// (lower case); kind and listKind DNS-1035 labels once lower-cased, and not the same; scope Namespaced
// or Cluster; a protected group (k8s.io, kubernetes.io) approved through the api-approved.kubernetes.io
// annotation. metadata.name = plural.group is metadata-name-format's (name-rules.ts); missing plural
// and kind are schema-required-field's.
import type { PathSegment, ResourceRule, RuleContext } from '../types.ts';
import { isCrd } from '../schema/crd-definition.ts';
import { isRecord } from '../resources.ts';
import { isDns1035Label, isDnsSubdomain } from '../names.ts';
import { crdExample } from '../crd-examples.ts';

const LOWER_NAMES = ['plural', 'singular'] as const;
const KIND_NAMES = ['kind', 'listKind'] as const;
const LISTS = ['shortNames', 'categories'] as const;

export const crdNames: ResourceRule = {
  id: 'crd-names',
  severity: 'error',
  category: 'api',
  kinds: ['CustomResourceDefinition'],
  messages: {
    'group-format': {
      ko: 'spec.group {group|은} 소문자 DNS 서브도메인이어야 한다(예: example.com).',
      en: 'spec.group {group} must be a lower-case DNS subdomain (e.g. example.com).',
    },
    'group-dot': {
      ko: 'spec.group {group}에 점이 없다. 그룹은 점이 하나 이상 있는 도메인이어야 한다(예: {group}.example.com).',
      en: 'spec.group {group} has no dot; a group must be a domain with at least one dot (e.g. {group}.example.com).',
    },
    'lower-name': {
      ko: '{field} {value|은} DNS-1035 레이블이어야 한다(소문자로 시작하고 소문자, 숫자, -만, 63자 이하).',
      en: '{field} {value} must be a DNS-1035 label (a lower-case letter first, then lower-case letters, digits and -, at most 63 characters).',
    },
    'kind-name': {
      ko: '{field} {value|은} 문자로 시작하고 문자, 숫자, -만 쓸 수 있다(대소문자는 섞어도 된다. 예: Backup).',
      en: '{field} {value} must start with a letter and hold only letters, digits and - (mixed case is fine; e.g. Backup).',
    },
    'same-list-kind': {
      ko: 'kind와 listKind가 같다({value}). listKind는 보통 kind 뒤에 List를 붙인다.',
      en: 'kind and listKind are the same ({value}); listKind is usually the kind followed by List.',
    },
    'api-approval-missing': {
      ko: '그룹 {group|은} 쿠버네티스 프로젝트의 보호된 그룹(k8s.io, kubernetes.io)이라서 api-approved.kubernetes.io 어노테이션에 승인한 PR의 URL(또는 "unapproved, 이유")이 있어야 한다.',
      en: 'The group {group} is a protected Kubernetes group (k8s.io, kubernetes.io): the CRD needs the annotation api-approved.kubernetes.io with the URL of the approving pull request (or "unapproved, reason").',
    },
    'api-approval-invalid': {
      ko: 'api-approved.kubernetes.io의 값은 http(s) URL이거나 "unapproved"로 시작해야 한다(값: {value}).',
      en: 'api-approved.kubernetes.io must be an http(s) URL or start with "unapproved" (it is {value}).',
    },
    scope: {
      ko: 'spec.scope는 Namespaced나 Cluster여야 한다({value}이다).',
      en: 'spec.scope must be Namespaced or Cluster (it is {value}).',
    },
  },
  docs: {
    summary: {
      ko: 'CRD의 그룹, 이름(plural, singular, kind, listKind, shortNames, categories), 범위가 올바른 형식인지 확인한다.',
      en: 'Checks the format of a CRD\'s group, names (plural, singular, kind, listKind, shortNames, categories) and scope.',
    },
    why: {
      ko: '이 이름들은 API 경로(/apis/그룹/버전/복수형)와 kubectl 명령에 쓰인다. 그룹에 점이 없거나, 복수형과 단수형에 대문자가 있거나, kind에 .이나 _가 있으면 API 서버가 CRD를 거부한다.',
      en: 'These names make the API paths (/apis/group/version/plural) and kubectl\'s commands. A group without a dot, upper case in the plural or singular, or a . or _ in the kind make the API server refuse the CRD.',
    },
    fix: {
      ko: '복수형과 단수형은 소문자로(backups, backup), kind는 CamelCase로(Backup), 그룹은 도메인으로(example.com) 적자. metadata.name도 복수형.그룹으로 맞추자.',
      en: 'Write the plural and singular in lower case (backups, backup), the kind in CamelCase (Backup) and the group as a domain (example.com); metadata.name follows as plural.group.',
    },
    bad: crdExample({ name: 'Backups.example.com', names: ['    kind: Backup', '    plural: Backups'] }),
    good: crdExample({ names: ['    kind: Backup', '    plural: backups', '    singular: backup', '    shortNames: [bk]'] }),
  },
  check(ctx) {
    if (!isCrd(ctx.resource)) return;
    const spec = ctx.resource.value.spec;
    if (!isRecord(spec)) return;
    const report = (messageId: string, data: Record<string, string>, path: PathSegment[]) => ctx.report({ messageId, data, path, at: 'value' });
    const { group, scope } = spec;
    if (typeof group === 'string' && group !== '') {
      if (!isDnsSubdomain(group)) report('group-format', { group }, ['spec', 'group']);
      else if (!group.includes('.')) report('group-dot', { group }, ['spec', 'group']);
    }
    if (typeof scope === 'string' && scope !== 'Namespaced' && scope !== 'Cluster') report('scope', { value: scope }, ['spec', 'scope']);
    if (typeof group === 'string' && isProtectedGroup(group)) checkApproval(ctx, group);
    const names = spec.names;
    if (!isRecord(names)) return;
    for (const field of LOWER_NAMES) {
      const value = names[field];
      if (typeof value === 'string' && value !== '' && !isDns1035Label(value)) report('lower-name', { field, value }, ['spec', 'names', field]);
    }
    for (const field of KIND_NAMES) {
      const value = names[field];
      if (typeof value === 'string' && value !== '' && !isDns1035Label(value.toLowerCase())) report('kind-name', { field, value }, ['spec', 'names', field]);
    }
    if (typeof names.kind === 'string' && names.kind !== '' && names.kind === names.listKind) report('same-list-kind', { value: names.kind }, ['spec', 'names', 'listKind']);
    for (const field of LISTS) {
      const list = names[field];
      if (!Array.isArray(list)) continue;
      list.forEach((value, i) => {
        if (typeof value === 'string' && !isDns1035Label(value)) report('lower-name', { field, value }, ['spec', 'names', field, i]);
      });
    }
  },
};

const APPROVAL = 'api-approved.kubernetes.io';

/** k8s.io, kubernetes.io and their subdomains: groups the Kubernetes project's API review owns. */
function isProtectedGroup(group: string): boolean {
  return ['k8s.io', 'kubernetes.io'].some((domain) => group === domain || group.endsWith(`.${domain}`));
}

/** The API review's annotation: an http(s) URL, or a value starting with "unapproved" (a known bypass). */
function checkApproval(ctx: RuleContext, group: string): void {
  const metadata = ctx.resource.value.metadata;
  const annotations = isRecord(metadata) && isRecord(metadata.annotations) ? metadata.annotations : undefined;
  const value = annotations?.[APPROVAL];
  if (typeof value !== 'string') {
    ctx.report({ messageId: 'api-approval-missing', data: { group }, path: annotations ? ['metadata', 'annotations'] : ['metadata'], at: 'key' });
    return;
  }
  // the API server parses it as a request URI (url.ParseRequestURI): an absolute URL or path
  if (value.startsWith('unapproved') || value.startsWith('/')) return;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || url.host === '') {
    ctx.report({ messageId: 'api-approval-invalid', data: { value }, path: ['metadata', 'annotations', APPROVAL], at: 'value' });
  }
}
