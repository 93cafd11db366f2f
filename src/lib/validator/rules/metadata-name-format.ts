// metadata.name must be a DNS subdomain for most kinds, and stricter labels for a few.
// https://kubernetes.io/docs/concepts/overview/working-with-objects/names/
import type { ResourceRule } from '../types.ts';
import { isDns1035Label, isDnsLabel, isDnsSubdomain } from '../names.ts';
import { isRecord } from '../resources.ts';
import { entryOf, valueOf } from '../yaml/node.ts';

/**
 * Review kinds are create-only requests: the API answers them and stores nothing, so they need no
 * name (kubernetes.io's own examples have no metadata).
 */
const NAMELESS_KINDS = new Set([
  'TokenReview', 'SelfSubjectReview', 'SubjectAccessReview', 'SelfSubjectAccessReview',
  'LocalSubjectAccessReview', 'SelfSubjectRulesReview',
]);

/** Kinds whose names become DNS labels or host names. */
const RFC1035_KINDS = new Set(['Service']);
const RFC1123_LABEL_KINDS = new Set(['Namespace']);

export const metadataNameFormat: ResourceRule = {
  id: 'metadata-name-format',
  severity: 'error',
  category: 'semantics',
  messages: {
    missing: {
      ko: 'metadata.name(또는 generateName)이 없다. 오브젝트에는 이름이 필요하다.',
      en: 'metadata.name (or generateName) is missing; the object needs a name.',
    },
    subdomain: {
      ko: '이름 {name}은(는) 형식이 잘못되었다. 소문자, 숫자, -, .만 쓰고 영숫자로 시작하고 끝나야 하며 253자 이하여야 한다.',
      en: 'The name {name} is invalid: use lower-case letters, digits, - and . only, start and end with a letter or digit, at most 253 characters.',
    },
    label: {
      ko: '{kind} 이름 {name}은(는) 형식이 잘못되었다. 소문자, 숫자, -만 쓰고 영숫자로 시작하고 끝나야 하며 63자 이하여야 한다.',
      en: 'The {kind} name {name} is invalid: use lower-case letters, digits and - only, start and end with a letter or digit, at most 63 characters.',
    },
    rfc1035: {
      ko: '서비스 이름 {name}은(는) 형식이 잘못되었다. 소문자로 시작하고 소문자, 숫자, -만 쓰며 63자 이하여야 한다.',
      en: 'The Service name {name} is invalid: start with a lower-case letter, use lower-case letters, digits and - only, at most 63 characters.',
    },
  },
  docs: {
    summary: { ko: 'metadata.name의 형식과 길이를 확인한다.', en: 'Checks the format and length of metadata.name.' },
    why: {
      ko: '이름은 URL, DNS 이름, 호스트 이름의 일부가 된다. 대문자나 밑줄이 들어간 이름은 API 서버가 거부한다. 서비스 이름은 DNS 레이블이 되므로 숫자로 시작할 수도 없다.',
      en: 'Names end up in URLs, DNS names and host names; the API server rejects names with capitals or underscores. A Service name becomes a DNS label, so it cannot start with a digit either.',
    },
    fix: { ko: '`web-frontend`처럼 소문자와 -로 쓰자.', en: 'Use lower case and dashes, e.g. `web-frontend`.' },
    bad: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Web_Config\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\n',
  },
  check(ctx) {
    const { kind, value } = ctx.resource;
    if (kind === '' || kind.endsWith('List')) return;
    const metadata = isRecord(value.metadata) ? value.metadata : {};
    const name = metadata.name;
    if (name === undefined || name === null || name === '') {
      if (NAMELESS_KINDS.has(kind)) return;
      if (typeof metadata.generateName !== 'string' || metadata.generateName === '') {
        ctx.report({ messageId: 'missing', path: ['metadata', 'name'] });
      }
      return;
    }
    if (typeof name !== 'string') return; // a type problem, reported by the schema rules
    const [valid, messageId] = RFC1035_KINDS.has(kind)
      ? [isDns1035Label(name), 'rfc1035']
      : RFC1123_LABEL_KINDS.has(kind) ? [isDnsLabel(name), 'label'] : [isDnsSubdomain(name), 'subdomain'];
    if (valid) return;
    const lower = name.toLowerCase();
    const fixable = lower !== name && (RFC1035_KINDS.has(kind) ? isDns1035Label(lower) : RFC1123_LABEL_KINDS.has(kind) ? isDnsLabel(lower) : isDnsSubdomain(lower));
    const metadataNode = valueOf(ctx.resource.node, 'metadata');
    const entry = metadataNode ? entryOf(metadataNode, 'name') : undefined;
    ctx.report({
      messageId, data: { name, kind }, path: ['metadata', 'name'], at: 'value',
      ...(fixable && entry ? { fix: { start: entry.value.start, end: entry.value.end, text: lower } } : {}),
    });
  },
};
