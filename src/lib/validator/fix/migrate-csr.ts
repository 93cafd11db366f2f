// CertificateSigningRequest certificates.k8s.io/v1beta1 -> v1
// (https://kubernetes.io/docs/reference/using-api/deprecation-guide/#certificatesigningrequest-v122):
// v1 requires spec.signerName and spec.usages, which v1beta1 defaulted
// (kubernetes/kubernetes pkg/apis/certificates/v1beta1/defaults.go): usages to digital signature and key
// encipherment, then the signer from the request and those usages, kubernetes.io/kube-apiserver-client-kubelet
// for a node's client certificate, kubernetes.io/kubelet-serving for its serving one, and
// kubernetes.io/legacy-unknown for everything else. The migration writes what v1beta1 filled in, except
// legacy-unknown: v1 refuses to create a request for it, so the signer is the requester's choice and the
// migration, a suggestion then, writes none.
import type { TextEdit } from '../types.ts';
import { valueOf, itemsOf, type YNode } from '../yaml/node.ts';
import { addEntry, keyNodeOf, replaceValue } from './yaml-edits.ts';
import { mergeInsertions } from './selector.ts';
import { readCsrRequest, type CsrRequest } from './csr-request.ts';

export const LEGACY_UNKNOWN_SIGNER = 'kubernetes.io/legacy-unknown';
const DEFAULT_USAGES = ['digital signature', 'key encipherment'];

export interface CsrMigration {
  edits: TextEdit[];
  /** the signer v1beta1 would have defaulted to, when none was written */
  defaultedSigner?: string;
  /** what the edits write, `spec.usages: [digital signature, key encipherment]`, for the message and label */
  written: string[];
}

export function migrateCsr(text: string, node: YNode): CsrMigration {
  const spec = valueOf(node, 'spec');
  if (!spec || spec.kind !== 'map') return { edits: [], written: [] };
  const edits: TextEdit[] = [];
  const written: string[] = [];
  // left out or written empty (null) is nil, which v1beta1 defaulted; an empty list [] it kept (and v1 refuses)
  const usagesNode = valueOf(spec, 'usages');
  const usagesKey = keyNodeOf(spec, 'usages');
  const nil = !usagesNode || (usagesNode.kind === 'scalar' && usagesNode.value === null);
  const usages = !usagesNode || nil ? DEFAULT_USAGES : itemsOf(usagesNode).map((item) => String(item.value));
  if (!usagesNode || !usagesKey) edits.push(addEntry(text, spec, 'usages', DEFAULT_USAGES));
  else if (nil) edits.push(replaceValue(text, usagesKey, usagesNode, DEFAULT_USAGES));
  if (nil) written.push(`spec.usages: [${DEFAULT_USAGES.join(', ')}]`);
  if (valueOf(spec, 'signerName')) return { edits: mergeInsertions(edits), written };
  const request = valueOf(spec, 'request')?.value;
  const signer = defaultSigner(typeof request === 'string' ? readCsrRequest(request) : undefined, new Set(usages));
  if (signer !== LEGACY_UNKNOWN_SIGNER) {
    edits.push(addEntry(text, spec, 'signerName', signer));
    written.push(`spec.signerName: ${signer}`);
  }
  return { edits: mergeInsertions(edits), defaultedSigner: signer, written };
}

// the usage sets a kubelet's requests carry, with and without key encipherment (which only RSA keys use)
const KUBELET_CLIENT = [['digital signature', 'key encipherment', 'client auth'], ['digital signature', 'client auth']];
const KUBELET_SERVING = [['digital signature', 'key encipherment', 'server auth'], ['digital signature', 'server auth']];

const sameSet = (usages: Set<string>, wanted: string[]): boolean => usages.size === wanted.length && wanted.every((u) => usages.has(u));

/** DefaultSignerNameFromSpec: a node's client or serving request by its subject, SANs and usages, or legacy-unknown. */
export function defaultSigner(request: CsrRequest | undefined, usages: Set<string>): string {
  if (!request || request.organizations.length !== 1 || request.organizations[0] !== 'system:nodes' || !request.commonName.startsWith('system:node:')) {
    return LEGACY_UNKNOWN_SIGNER;
  }
  const { dnsNames, ipAddresses, emails, uris } = request;
  if (dnsNames + ipAddresses + emails + uris === 0 && KUBELET_CLIENT.some((set) => sameSet(usages, set))) return 'kubernetes.io/kube-apiserver-client-kubelet';
  if (dnsNames + ipAddresses > 0 && emails + uris === 0 && KUBELET_SERVING.some((set) => sameSet(usages, set))) return 'kubernetes.io/kubelet-serving';
  return LEGACY_UNKNOWN_SIGNER;
}
