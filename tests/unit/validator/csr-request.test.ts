// What certificates.k8s.io/v1beta1 read from a CSR's request to default its signer (fix/csr-request.ts,
// fix/migrate-csr.ts), after pkg/apis/certificates/helpers.go: the subject's organizations and common
// name and the kinds of subjectAltName, from requests made with openssl; and the signer each
// combination of those and the usages gets.
import { describe, expect, test } from 'vitest';
import { readCsrRequest } from '../../../src/lib/validator/fix/csr-request.ts';
import { defaultSigner, LEGACY_UNKNOWN_SIGNER } from '../../../src/lib/validator/fix/migrate-csr.ts';

// openssl req -new -newkey ec ... -subj "/O=system:nodes/CN=system:node:node-1"
//   -addext "subjectAltName=DNS:node-1,email:a@example.com,URI:spiffe://x/y,IP:10.0.0.1,IP:10.0.0.2"
const MIXED = 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlJQlBEQ0I0d0lCQURBME1SVXdFd1lEVlFRS0RBeHplWE4wWlcwNmJtOWtaWE14R3pBWkJnTlZCQU1NRW5ONQpjM1JsYlRwdWIyUmxPbTV2WkdVdE1UQlpNQk1HQnlxR1NNNDlBZ0VHQ0NxR1NNNDlBd0VIQTBJQUJKK3BzTVRXCk83L0labkhHTkVkUEJGNGI3bVprWWZlc1hER3k0UVVVRW91VXZNc0hjQkhQVWd5THNZdkowS1NXRUJKZFViMHYKcWNKNGpQS1ZCczRRQ3NhZ1RUQkxCZ2txaGtpRzl3MEJDUTR4UGpBOE1Eb0dBMVVkRVFRek1ER0NCbTV2WkdVdApNWUVOWVVCbGVHRnRjR3hsTG1OdmJZWU1jM0JwWm1abE9pOHZlQzk1aHdRS0FBQUJod1FLQUFBQ01Bb0dDQ3FHClNNNDlCQU1DQTBnQU1FVUNJUUNmTEo5ZGZnWlJQb0NhYS92ZC81MXkrS0ZTcVdQTzlhWFkyQ055c21vMitRSWcKTThNeDBIZXJFTkg4Vy9ISHZxL1BvODRBY1lJZ2tnYVBTSXluU3BNT1hpST0KLS0tLS1FTkQgQ0VSVElGSUNBVEUgUkVRVUVTVC0tLS0tCg==';
// openssl req -new -newkey rsa:2048 ... -subj "/C=KR/O=system:nodes/O=extra/CN=system:node:rsa-node" (long-form DER lengths)
const RSA = 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlJQ21EQ0NBWUFDQVFBd1V6RUxNQWtHQTFVRUJoTUNTMUl4RlRBVEJnTlZCQW9NREhONWMzUmxiVHB1YjJSbApjekVPTUF3R0ExVUVDZ3dGWlhoMGNtRXhIVEFiQmdOVkJBTU1GSE41YzNSbGJUcHViMlJsT25KellTMXViMlJsCk1JSUJJakFOQmdrcWhraUc5dzBCQVFFRkFBT0NBUThBTUlJQkNnS0NBUUVBcUdRQ3lvV1M4MFhBaWNNRVZmUjAKODVVSGExM3RhbVczWC9YZ1hvc0tLK1FjdzBWV1FraGxsSFByYjBvNHRKbU5wNWRmWTd6M05Zd2xwWElLbnRHego4V0JPQ0xXTUMrR2R6OVpnUVlPUG1Fd3g2aXdMc2RvUlRGYndMQzRSenZFYmcxTy9HNjRFTUhvTElySS8rY0MxClJrODNWb3dhNGJFQnBkWnlNci9OVVoybHovZXNnT0hRNFNhUjBnK1JwcTJuNGJTWHh2NFNDUC96bk9vcXpRWXQKa2Y1Q1U2K2NHakozWFRSbXBqamx6RDNMaWtnU2ZNeWkrWjE1QzZTN2YwaC9VOENnazVpUFhGYXkwWTRvNzlnMQoxVCt0YUNUenVmTWU4am1lWEZ1anZxcHVQamlZNThOQitsOUpqNER4TnBkWnpNY05VNjVzdmU3VXBNcHR1cEtmCklRSURBUUFCb0FBd0RRWUpLb1pJaHZjTkFRRUxCUUFEZ2dFQkFCS2xVQXZqbk9Ea1k2UEJFQ2JhbkhGZjhEb3YKM0JQY2NxbEZRZjBIUFhZVWx2SzFkN1AvVDdpZWhjK1FZbVRnMmpHRHd2aXFodklKRHVnaXBCMVZPMUg5Z24rZApuRDhVY1ZsQWduNWxUdStLanhrbC8welZkTTl4RmpldTE0RkRMVnI4WWIvaGZ5RlBBcjM4VnR3VjlZdWJOU0toClh2QkYzQUdmNmpKRWJZNjNlQW1ack1WTkFwelJqM1NsU2h5cGluWDZNRnZadXBhS0s1azVRcGt2Y25iZDQ4ZS8KcENCZGsrWkRFeXk4VHFNRFJCWWU1SEpHaVQyZk9MM2xSTlVKQkYwek5ta1dRQktvU2ltek9Kd1dsTW5uM01zZQpmVWhYMkFvOUdibTdwWFZmU3VNMFAxUjc4WTlJRFE3b2FQLzkycHdmQXBHOVArckt5VDB2QWVDZXlNcz0KLS0tLS1FTkQgQ0VSVElGSUNBVEUgUkVRVUVTVC0tLS0tCg==';

describe('readCsrRequest', () => {
  test('reads the subject and counts each kind of subjectAltName', () => {
    expect(readCsrRequest(MIXED)).toEqual({ organizations: ['system:nodes'], commonName: 'system:node:node-1', dnsNames: 1, ipAddresses: 2, emails: 1, uris: 1 });
    expect(readCsrRequest(RSA)).toEqual({ organizations: ['system:nodes', 'extra'], commonName: 'system:node:rsa-node', dnsNames: 0, ipAddresses: 0, emails: 0, uris: 0 });
  });
  test('answers undefined for what is no PEM CERTIFICATE REQUEST or no DER in it', () => {
    expect(readCsrRequest('not base64!')).toBeUndefined();
    expect(readCsrRequest(btoa('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'))).toBeUndefined();
    expect(readCsrRequest(btoa('-----BEGIN CERTIFICATE REQUEST-----\nMIIBADAA\n-----END CERTIFICATE REQUEST-----\n'))).toBeUndefined();
  });
});

describe('defaultSigner', () => {
  const node = { organizations: ['system:nodes'], commonName: 'system:node:n1', dnsNames: 0, ipAddresses: 0, emails: 0, uris: 0 };
  const usages = (...list: string[]) => new Set(list);
  test.each([
    ['a node client request, RSA usages', node, usages('digital signature', 'key encipherment', 'client auth'), 'kubernetes.io/kube-apiserver-client-kubelet'],
    ['a node client request, no key encipherment', node, usages('digital signature', 'client auth'), 'kubernetes.io/kube-apiserver-client-kubelet'],
    ['a node serving request with a DNS name', { ...node, dnsNames: 1 }, usages('digital signature', 'key encipherment', 'server auth'), 'kubernetes.io/kubelet-serving'],
    ['a node serving request with an IP address', { ...node, ipAddresses: 1 }, usages('digital signature', 'server auth'), 'kubernetes.io/kubelet-serving'],
    ['a serving request with no DNS or IP name', node, usages('digital signature', 'server auth'), LEGACY_UNKNOWN_SIGNER],
    ['a serving request with an email name', { ...node, dnsNames: 1, emails: 1 }, usages('digital signature', 'server auth'), LEGACY_UNKNOWN_SIGNER],
    ['a client request with a DNS name', { ...node, dnsNames: 1 }, usages('digital signature', 'client auth'), LEGACY_UNKNOWN_SIGNER],
    ['a client request with more usages', node, usages('digital signature', 'client auth', 'server auth'), LEGACY_UNKNOWN_SIGNER],
    ['v1beta1\'s default usages', node, usages('digital signature', 'key encipherment'), LEGACY_UNKNOWN_SIGNER],
    ['two organizations', { ...node, organizations: ['system:nodes', 'extra'] }, usages('digital signature', 'client auth'), LEGACY_UNKNOWN_SIGNER],
    ['a common name that is no node\'s', { ...node, commonName: 'jane' }, usages('digital signature', 'client auth'), LEGACY_UNKNOWN_SIGNER],
    ['a request that cannot be read', undefined, usages('digital signature', 'client auth'), LEGACY_UNKNOWN_SIGNER],
  ])('%s', (_, request, set, signer) => {
    expect(defaultSigner(request, set)).toBe(signer);
  });
});
