// What certificates.k8s.io/v1beta1 read from a CertificateSigningRequest's spec.request to default its
// signerName: the subject's organizations and common name and which kinds of subjectAltName it asks for
// (kubernetes/kubernetes pkg/apis/certificates/helpers.go, ParseCSR and IsKubelet{Client,Serving}CSR).
// spec.request is base64 of a "CERTIFICATE REQUEST" PEM block holding a PKCS#10 CertificationRequest in
// DER (RFC 2986); this reads just enough DER to walk to those parts, and answers undefined for anything
// it cannot read, where ParseCSR fails too and v1beta1 fell back to kubernetes.io/legacy-unknown.

export interface CsrRequest {
  organizations: string[];
  commonName: string;
  /** how many subjectAltNames of each kind the extensionRequest asks for */
  dnsNames: number;
  ipAddresses: number;
  emails: number;
  uris: number;
}

interface Tlv { tag: number; start: number; end: number }

const OID_COMMON_NAME = '55 04 03';
const OID_ORGANIZATION = '55 04 0a';
const OID_EXTENSION_REQUEST = '2a 86 48 86 f7 0d 01 09 0e';
const OID_SUBJECT_ALT_NAME = '55 1d 11';

/** The request's subject and subjectAltName kinds, or undefined when it is not a readable CSR. */
export function readCsrRequest(base64: string): CsrRequest | undefined {
  const pem = decodeBase64(base64);
  const block = pem && /-----BEGIN CERTIFICATE REQUEST-----([^-]*)-----END CERTIFICATE REQUEST-----/.exec(latin1(pem));
  const der = block ? decodeBase64(block[1] as string) : undefined;
  if (!der) return undefined;
  try {
    return readCertificationRequest(der);
  } catch {
    return undefined;
  }
}

function readCertificationRequest(der: Uint8Array): CsrRequest | undefined {
  const request = expect(tlv(der, 0), 0x30);
  const info = expect(children(der, request)[0], 0x30);
  const [, subject, , attributes] = children(der, info);
  const found: CsrRequest = { organizations: [], commonName: '', dnsNames: 0, ipAddresses: 0, emails: 0, uris: 0 };
  // Name: SEQUENCE OF RelativeDistinguishedName (SET OF AttributeTypeAndValue {type OID, value})
  for (const rdn of children(der, expect(subject, 0x30))) {
    for (const pair of children(der, rdn)) {
      const [type, value] = children(der, pair);
      if (!type || !value) continue;
      const oid = hex(der, type);
      if (oid === OID_ORGANIZATION) found.organizations.push(text(der, value));
      // Go keeps the last common name it meets
      if (oid === OID_COMMON_NAME) found.commonName = text(der, value);
    }
  }
  // attributes [0]: the extensionRequest's Extensions, whose subjectAltName is GeneralNames
  if (attributes?.tag !== 0xa0) return found;
  for (const attribute of children(der, attributes)) {
    const [type, values] = children(der, attribute);
    if (!type || !values || hex(der, type) !== OID_EXTENSION_REQUEST) continue;
    for (const extensions of children(der, values)) {
      for (const extension of children(der, extensions)) {
        const parts = children(der, extension);
        const value = parts.at(-1);
        if (!parts[0] || !value || hex(der, parts[0]) !== OID_SUBJECT_ALT_NAME) continue;
        for (const name of children(der, expect(tlv(der, value.start), 0x30))) {
          // [1] rfc822Name, [2] dNSName, [6] URI, [7] iPAddress (implicitly tagged)
          if (name.tag === 0x81) found.emails += 1;
          if (name.tag === 0x82) found.dnsNames += 1;
          if (name.tag === 0x86) found.uris += 1;
          if (name.tag === 0x87) found.ipAddresses += 1;
        }
      }
    }
  }
  return found;
}

function tlv(der: Uint8Array, at: number): Tlv {
  const tag = der[at];
  let length = der[at + 1];
  if (tag === undefined || length === undefined) throw new Error('truncated');
  let start = at + 2;
  if (length & 0x80) {
    const bytes = length & 0x7f;
    if (bytes === 0 || bytes > 4) throw new Error('length');
    length = 0;
    for (let i = 0; i < bytes; i += 1) length = length * 256 + (der[start + i] ?? 0);
    start += bytes;
  }
  if (start + length > der.length) throw new Error('truncated');
  return { tag, start, end: start + length };
}

function children(der: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let at = parent.start; at < parent.end; at = (out.at(-1) as Tlv).end) out.push(tlv(der, at));
  return out;
}

function expect(node: Tlv | undefined, tag: number): Tlv {
  if (!node || node.tag !== tag) throw new Error(`expected tag ${tag}`);
  return node;
}

const hex = (der: Uint8Array, node: Tlv): string => [...der.subarray(node.start, node.end)].map((b) => b.toString(16).padStart(2, '0')).join(' ');

/** A directory string: UTF8String as UTF-8, the older string types byte for byte. */
const text = (der: Uint8Array, node: Tlv): string => (node.tag === 0x0c ? new TextDecoder().decode(der.subarray(node.start, node.end)) : latin1(der.subarray(node.start, node.end)));

/** Bytes as one character each, in chunks (a spread of a long request would overflow the stack). */
function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let at = 0; at < bytes.length; at += 8192) out += String.fromCharCode(...bytes.subarray(at, at + 8192));
  return out;
}

function decodeBase64(value: string): Uint8Array | undefined {
  const clean = value.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return undefined;
  try {
    return Uint8Array.from(atob(clean), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}
