// Name formats from k8s.io/apimachinery/pkg/util/validation.
// https://kubernetes.io/docs/concepts/overview/working-with-objects/names/
// https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME_PART = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/** RFC 1123 subdomain: lower-case alphanumerics, '-' and '.', at most 253 characters. */
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export function isDnsSubdomain(value: string): boolean {
  return value.length <= 253 && DNS_SUBDOMAIN.test(value);
}

/** RFC 1123 label: lower-case alphanumerics and '-', at most 63 characters. */
export function isDnsLabel(value: string): boolean {
  return value.length <= 63 && DNS_LABEL.test(value);
}

/** RFC 1035 label: like an RFC 1123 label but must start with a letter (Service names). */
export function isDns1035Label(value: string): boolean {
  return value.length <= 63 && DNS1035_LABEL.test(value);
}

export type KeyProblem = 'prefix' | 'name' | 'name-length' | undefined;

/** A label or annotation key: optional DNS-subdomain prefix and '/', then a name of at most 63 characters. */
export function checkQualifiedName(key: string): KeyProblem {
  const slash = key.lastIndexOf('/');
  const prefix = slash === -1 ? undefined : key.slice(0, slash);
  const name = slash === -1 ? key : key.slice(slash + 1);
  if (prefix !== undefined && (prefix === '' || !isDnsSubdomain(prefix))) return 'prefix';
  if (name.length > 63) return 'name-length';
  if (!QUALIFIED_NAME_PART.test(name)) return 'name';
  return undefined;
}

/** A label value: empty, or at most 63 characters of alphanumerics, '-', '_', '.', starting and ending alphanumeric. */
export function isLabelValue(value: string): boolean {
  return value === '' || (value.length <= 63 && QUALIFIED_NAME_PART.test(value));
}
