// The string formats a CRD schema may name and the apiextensions server validates
// (apiextensions-apiserver pkg/apiserver/validation/formats.go, checked by go-openapi's strfmt).
// Names are normalised as go-openapi does (dashes dropped: date-time -> datetime); any other format
// is ignored, as the server ignores it.
import { base64Problem, isQuantity } from './formats.ts';
import { isDnsLabel } from '../names.ts';

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const UUID3 = /^[0-9a-f]{8}-?[0-9a-f]{4}-?3[0-9a-f]{3}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const UUID4 = /^[0-9a-f]{8}-?[0-9a-f]{4}-?4[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$/i;
const UUID5 = /^[0-9a-f]{8}-?[0-9a-f]{4}-?5[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$/i;
const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
const HOSTNAME = /^([a-zA-Z0-9\p{S}\p{L}]((-?[a-zA-Z0-9\p{S}\p{L}]{0,62})?)|([a-zA-Z0-9\p{S}\p{L}](([a-zA-Z0-9-\p{S}\p{L}]{0,61}[a-zA-Z0-9\p{S}\p{L}])?)(\.)){1,}([a-zA-Z\p{L}]){2,63})$/u;
const BYTE255 = '([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])';
const RGB = new RegExp(`^rgb\\(\\s*${BYTE255}\\s*,\\s*${BYTE255}\\s*,\\s*${BYTE255}\\s*\\)$`);
const GO_DURATION = /^[-+]?(?:(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+$/;
const DURATION_PART = /([0-9]+)\s*([A-Za-zµ]+)/g;
const DURATION_UNITS = new Set(['ns', 'us', 'µs', 'ms', 's', 'm', 'h', 'd', 'w', 'nanosecond', 'nanoseconds', 'microsecond', 'microseconds',
  'millisecond', 'milliseconds', 'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs',
  'day', 'days', 'week', 'weeks']);
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;

const CHECKS: Record<string, (value: string) => boolean> = {
  bsonobjectid: (s) => /^[0-9a-fA-F]{24}$/.test(s),
  // net/url.ParseRequestURI: an absolute URI or an absolute path, no control characters
  uri: (s) => /^(?:[A-Za-z][A-Za-z0-9+.-]*:|\/)/.test(s) && !/[\u0000-\u001f\u007f]/.test(s),
  // net/mail.ParseAddress, also "Name <user@host>"
  email: (s) => /^(?:[^<>@\s]+@[^<>@\s]+\.?[^<>@\s]*|[^<>]*<[^<>@\s]+@[^<>@\s]+>)$/.test(s.trim()),
  hostname: (s) => s.length <= 255 && HOSTNAME.test(s),
  ipv4: (s) => IPV4.test(s) || (isIpv6(s) && s.includes('.')),
  ipv6: (s) => isIpv6(s),
  cidr: (s) => {
    const [ip, bits, extra] = s.split('/');
    if (ip === undefined || bits === undefined || extra !== undefined || !/^[0-9]{1,3}$/.test(bits)) return false;
    return IPV4.test(ip) ? Number(bits) <= 32 : isIpv6(ip) && Number(bits) <= 128;
  },
  // net.ParseMAC: 6, 8 or 20 octets, separated by : or -, or dotted groups of four hex digits
  mac: (s) => /^(?:[0-9a-fA-F]{2}(?:([:-])[0-9a-fA-F]{2})(?:\1[0-9a-fA-F]{2}){4}(?:(?:\1[0-9a-fA-F]{2}){2}|(?:\1[0-9a-fA-F]{2}){14})?|[0-9a-fA-F]{4}(?:\.[0-9a-fA-F]{4}){2}(?:\.[0-9a-fA-F]{4}|(?:\.[0-9a-fA-F]{4}){7})?)$/.test(s),
  uuid: (s) => UUID.test(s),
  uuid3: (s) => UUID3.test(s),
  uuid4: (s) => UUID4.test(s),
  uuid5: (s) => UUID5.test(s),
  isbn: (s) => isIsbn10(s) || isIsbn13(s),
  isbn10: (s) => isIsbn10(s),
  isbn13: (s) => isIsbn13(s),
  creditcard: (s) => /^(?:4[0-9]{12}(?:[0-9]{3})?|5[1-5][0-9]{14}|6(?:011|5[0-9][0-9])[0-9]{12}|3[47][0-9]{13}|3(?:0[0-5]|[68][0-9])[0-9]{11}|(?:2131|1800|35\d{3})\d{11})$/.test(s.replace(/[^0-9]/g, '')),
  ssn: (s) => /^\d{3}[- ]?\d{2}[- ]?\d{4}$/.test(s),
  hexcolor: (s) => /^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(s),
  rgbcolor: (s) => RGB.test(s),
  byte: (s) => base64Problem(s) === undefined,
  password: () => true,
  date: (s) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    return match !== null && isDate(match[1] as string, match[2] as string, match[3] as string);
  },
  duration: (s) => GO_DURATION.test(s) || s === '0' || isLongDuration(s),
  datetime: (s) => {
    const match = DATE_TIME.exec(s);
    if (!match || !isDate(match[1] as string, match[2] as string, match[3] as string)) return false;
    const [hour, minute, second] = [match[4], match[5], match[6]].map((part) => Number(part ?? 0)) as [number, number, number];
    return match[4] !== undefined && hour < 24 && minute < 60 && second < 61;
  },
  quantity: (s) => isQuantity(s),
  k8sshortname: (s) => isDnsLabel(s),
  // segments of lower-case alphanumerics and dashes, at most 253 characters, no 63-character limit per segment
  k8slongname: (s) => s.length <= 253 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(s),
};

/** The normalised name of a format the server validates, or undefined when it ignores the format. */
export function supportedFormat(format: string): string | undefined {
  const normalized = format.replace(/-/g, '');
  return normalized in CHECKS ? normalized : undefined;
}

/** Whether a string has the (normalised, supported) format. */
export function hasFormat(format: string, value: string): boolean {
  const check = CHECKS[format];
  return check === undefined || check(value);
}

function isDate(year: string, month: string, day: string): boolean {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
  return d <= days;
}

/** go-openapi's own duration form: "3 days", "1h 30 m"; every unit known. */
function isLongDuration(s: string): boolean {
  const parts = [...s.matchAll(DURATION_PART)];
  return parts.length > 0 && parts.every((part) => DURATION_UNITS.has(part[2] as string));
}

function isIpv6(s: string): boolean {
  if (!s.includes(':')) return false;
  let text = s;
  let groups = 8;
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    if (!IPV4.test(text.slice(lastColon + 1))) return false;
    text = `${text.slice(0, lastColon + 1)}0`;
    groups = 7;
  }
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const parse = (half: string): string[] | undefined => (half === '' ? [] : half.split(':'));
  const head = parse(halves[0] as string);
  const tail = halves.length === 2 ? parse(halves[1] as string) : [];
  if (!head || !tail) return false;
  const all = [...head, ...tail];
  if (!all.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group))) return false;
  return halves.length === 2 ? all.length < groups : all.length === groups;
}

function isIsbn10(s: string): boolean {
  const digits = s.replace(/[\s-]/g, '');
  if (!/^(?:[0-9]{9}X|[0-9]{10})$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i += 1) sum += (10 - i) * (digits[i] === 'X' ? 10 : Number(digits[i]));
  return sum % 11 === 0;
}

function isIsbn13(s: string): boolean {
  const digits = s.replace(/[\s-]/g, '');
  if (!/^[0-9]{13}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i += 1) sum += (i % 2 === 0 ? 1 : 3) * Number(digits[i]);
  return sum % 10 === 0;
}
