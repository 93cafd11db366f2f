// Scalar resolution the way Kubernetes reads YAML: sigs.k8s.io/yaml decodes with a YAML 1.1
// resolver (go-yaml v2), so `yes`/`on`/`y` are booleans, `0755` is octal, `1_000` is an integer and
// timestamps stay strings. js-yaml's default is YAML 1.2, which would disagree with the cluster.
// Source: gopkg.in/yaml.v2 resolve.go (resolve table, yamlStyleFloat, underscore removal) and
// decode.go (`!!binary` is base64-decoded; any other tag is ignored and the node read as it stands).
import yaml from 'js-yaml';

const TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);

const bool = new yaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && (TRUE.has(data) || FALSE.has(data)),
  construct: (data: string) => TRUE.has(data),
  predicate: (object: unknown) => typeof object === 'boolean',
  represent: (object: object) => String(object),
});

/**
 * Every plain scalar (keys included) goes through these resolvers, so most words must be turned away
 * on their first character: numbers start with a sign, a dot or a digit.
 */
function mayBeNumber(data: string): boolean {
  const c = data.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e;
}

const withoutUnderscores = (data: string): string => (data.includes('_') ? data.replace(/_/g, '') : data);

// strconv.ParseInt with base 0 takes the prefixes in either case (0X1F, 0O17, 0B11)
const INT = /^[-+]?(?:0[bB][01_]+|0[oO][0-7_]+|0[xX][0-9a-fA-F_]+|0[0-7_]*|[1-9][0-9_]*)$/;

/** strconv.ParseInt(s, 0, 64) after go-yaml v2 removed the underscores. */
function parseGoInt(data: string): number {
  const plain = withoutUnderscores(data).toLowerCase();
  const sign = plain.startsWith('-') ? -1 : 1;
  const body = plain.replace(/^[-+]/, '');
  if (body.startsWith('0b')) return sign * parseInt(body.slice(2), 2);
  if (body.startsWith('0o')) return sign * parseInt(body.slice(2), 8);
  if (body.startsWith('0x')) return sign * parseInt(body.slice(2), 16);
  if (body.length > 1 && body.startsWith('0')) return sign * parseInt(body.slice(1), 8);
  return sign * parseInt(body, 10);
}

const int = new yaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string | null) => {
    if (data === null || !mayBeNumber(data) || !INT.test(data)) return false;
    const plain = withoutUnderscores(data).replace(/^[-+]/, '').toLowerCase();
    // a prefix with no digits (`0x_`) is not a number for Go either
    if (/^0[box]$/.test(plain)) return false;
    return Number.isFinite(parseGoInt(data));
  },
  construct: parseGoInt,
  predicate: (object: unknown) => typeof object === 'number' && Number.isInteger(object),
  represent: (object: object) => String(object),
});

const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
// a Map, not an object literal: `'constructor' in {}` is true
const SPECIAL_FLOAT = new Map<string, number>([
  ['.inf', Infinity], ['.Inf', Infinity], ['.INF', Infinity],
  ['+.inf', Infinity], ['+.Inf', Infinity], ['+.INF', Infinity],
  ['-.inf', -Infinity], ['-.Inf', -Infinity], ['-.INF', -Infinity],
  ['.nan', NaN], ['.NaN', NaN], ['.NAN', NaN],
]);

const float = new yaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string | null) => {
    if (data === null || !mayBeNumber(data)) return false;
    return SPECIAL_FLOAT.has(data) || FLOAT.test(withoutUnderscores(data));
  },
  construct: (data: string) => SPECIAL_FLOAT.get(data) ?? parseFloat(withoutUnderscores(data)),
  predicate: (object: unknown) => typeof object === 'number',
  represent: (object: object) => String(object),
});

const NULL = new Set(['', '~', 'null', 'Null', 'NULL']);

const nullType = new yaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: string | null) => data === null || NULL.has(data),
  construct: () => null,
  predicate: (object: unknown) => object === null,
  represent: () => 'null',
});

/** `<<: *base` merges the anchored mapping; js-yaml's loader does the merging when it sees this tag. */
const merge = new yaml.Type('tag:yaml.org,2002:merge', {
  kind: 'scalar',
  resolve: (data: string | null) => data === '<<' || data === null,
});

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BASE64_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Go's base64.StdEncoding.DecodeString skips line breaks and wants the padding. */
function base64Bytes(data: string): Uint8Array | undefined {
  const clean = data.replace(/[\r\n]/g, '');
  if (!BASE64.test(clean)) return undefined;
  const digits = clean.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((digits.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (const ch of digits) {
    acc = (acc << 6) | BASE64_DIGITS.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/**
 * `!!binary` becomes the decoded bytes as a string; JSON encoding then turns bytes that are not UTF-8
 * into U+FFFD, as TextDecoder does. Invalid base64 is refused, as go-yaml refuses it.
 */
const binary = new yaml.Type('tag:yaml.org,2002:binary', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && base64Bytes(data) !== undefined,
  construct: (data: string) => new TextDecoder().decode(base64Bytes(data)),
});

/** `!!timestamp` stays the text it was written as (decode.go keeps timestamps as strings). */
const timestamp = new yaml.Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ][0-9]|$)/.test(data),
  construct: (data: string) => data,
});

/**
 * Any other tag (`!Ref x`, `!!set {a: 1}`, `!<tag:example.com,2000:x> y`): go-yaml ignores it and reads
 * the node as it stands, a tagged scalar as a plain string. js-yaml's multi types match tags by prefix,
 * and every tag starts with ''.
 */
const anyTag = (['scalar', 'sequence', 'mapping'] as const).map((kind) => new yaml.Type('', {
  kind,
  multi: true,
  construct: (data: unknown) => data ?? (kind === 'scalar' ? '' : kind === 'sequence' ? [] : {}),
}));

/** YAML 1.1 scalars as Kubernetes resolves them, plus merge keys (<<), `!!binary` and ignored tags. */
export const KUBE_YAML_SCHEMA = yaml.FAILSAFE_SCHEMA.extend({
  implicit: [nullType, bool, int, float, merge],
  explicit: [binary, timestamp, ...anyTag],
});
