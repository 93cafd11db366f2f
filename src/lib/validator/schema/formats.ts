// Value formats the API server parses itself.

/**
 * resource.Quantity: a signed decimal number with an optional binary (Ki..Ei), decimal (n u m k M G T P E)
 * or exponent suffix. https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/
 */
const QUANTITY = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$/;

export function isQuantity(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && QUANTITY.test(value);
}

/**
 * A likely intended quantity for a common slip (`64MB`, `1gi`), or undefined. For `cpu`, a unit starting
 * with m (`500mi`) most likely meant millicores.
 */
export function suggestQuantity(value: string, resourceName?: string): string | undefined {
  const match = /^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))\s*([a-zA-Z]+)$/.exec(value.trim());
  if (!match) return undefined;
  const [, number, unit] = match as unknown as [string, string, string];
  if (resourceName === 'cpu') return /^m/i.test(unit) ? `${number}m` : undefined;
  const binary = /^([kmgtpe])(?:i|ib|b)$/i.exec(unit);
  if (binary) return `${number}${(binary[1] as string).toUpperCase()}i`;
  return undefined;
}

/** Parses a quantity to a number in base units, for comparisons (requests <= limits). */
export function quantityValue(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || !QUANTITY.test(value)) return undefined;
  const match = /^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))(.*)$/.exec(value) as RegExpExecArray;
  const number = parseFloat(match[1] as string);
  const suffix = match[2] as string;
  if (suffix === '') return number;
  if (/^[eE]/.test(suffix)) return number * 10 ** parseInt(suffix.slice(1), 10);
  const factors: Record<string, number> = {
    n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
    Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
  };
  return number * (factors[suffix] as number);
}

/** RFC 3339 date-time, as metav1.Time expects. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

export function isDateTime(value: unknown): boolean {
  return typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/**
 * Fields of format "byte" ([]byte in Go: Secret data, caBundle, a CSR's request) are decoded with
 * Go's base64.StdEncoding: the standard alphabet, `=` padding, and line breaks (\r, \n) skipped, so
 * wrapped values are fine. Anything else fails with "illegal base64 data".
 */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BASE64_CHARACTER = /[A-Za-z0-9+/=]/;

export type Base64Problem = { kind: 'pem' } | { kind: 'character'; character: string } | { kind: 'length' };

/** Why a string is not base64, or undefined when it is. */
export function base64Problem(value: string): Base64Problem | undefined {
  const compact = value.replace(/[\r\n]/g, '');
  if (BASE64.test(compact)) return undefined;
  // a PEM block pasted as is: the most common slip in caBundle
  if (compact.includes('-----BEGIN ')) return { kind: 'pem' };
  const character = [...compact].find((c) => !BASE64_CHARACTER.test(c));
  return character === undefined ? { kind: 'length' } : { kind: 'character', character };
}
