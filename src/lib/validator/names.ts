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

/**
 * A name the API server can use as one segment of a URL path (k8s.io/apimachinery/pkg/api/validation/path):
 * not `.` or `..`, and no `/` or `%`. Every stored object's name must pass this, whatever its kind.
 * A generateName prefix only needs to avoid `/` and `%`: a suffix follows it.
 */
export function isPathSegmentName(value: string, prefix = false): boolean {
  if (!prefix && (value === '.' || value === '..')) return false;
  return !value.includes('/') && !value.includes('%');
}

/**
 * How apimachinery's NameIsDNS* functions read a generateName prefix: a trailing `-` is fine, since
 * random characters follow it. Upstream drops the last two characters and appends `a`
 * (maskTrailingDash in k8s.io/apimachinery/pkg/api/validation/generic.go); we do the same.
 */
export function maskTrailingDash(value: string): string {
  if (!value.endsWith('-')) return value;
  return value.length < 2 ? 'a' : `${value.slice(0, -2)}a`;
}

const IPV4 = /^(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

/** An IPv4 address in dotted decimal (no leading zeros) or an IPv6 address. */
export function isIpAddress(value: string): boolean {
  if (IPV4.test(value)) return true;
  if (!value.includes(':')) return false;
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  // an embedded IPv4 address counts as two groups and must come last
  const last = groups[groups.length - 1];
  const embedded = last !== undefined && last.includes('.');
  if (embedded && !IPV4.test(last)) return false;
  const hex = embedded ? groups.slice(0, -1) : groups;
  if (!hex.every((group) => HEX_GROUP.test(group))) return false;
  const count = hex.length + (embedded ? 2 : 0);
  return halves.length === 2 ? count < 8 : count === 8;
}
