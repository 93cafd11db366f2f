// Alpha and beta versions that exist in the pinned release but are off by default, and the one
// PodSecurityPolicy message: api-version-not-served and unknown-kind against the real API data.
import { describe, expect, test } from 'vitest';
import { formatMessage, validate } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { OFF_BY_DEFAULT_APIS } from '../../../src/lib/k8s/off-by-default-apis.ts';
import { findRemovedApi } from '../../../src/lib/k8s/removed-apis.ts';
import { yaml } from './helpers.ts';

const api = (text: string) => validate(text, { schema: apiSchema, bestPractices: false }).diagnostics
  .filter((d) => d.category === 'api');
const object = (apiVersion: string, kind: string) => yaml(`apiVersion: ${apiVersion}`, `kind: ${kind}`, 'metadata:', '  name: a');

describe('off by default', () => {
  test('StorageVersionMigration v1beta1: a warning naming the --runtime-config, not "unknown kind"', () => {
    const found = api(object('storagemigration.k8s.io/v1beta1', 'StorageVersionMigration'));
    expect(found.map((d) => `${d.severity} ${d.ruleId}:${d.messageId}@${d.line}:${d.column}`)).toEqual(['warning api-version-not-served:off-by-default@1:13']);
    expect(formatMessage(found[0]!, 'en')).toBe('StorageVersionMigration in storagemigration.k8s.io/v1beta1 exists in Kubernetes 1.36 but is not enabled by default; the API server needs --runtime-config=storagemigration.k8s.io/v1beta1=true.');
    expect(formatMessage(found[0]!, 'ko')).toContain('--runtime-config=storagemigration.k8s.io/v1beta1=true');
  });
  test.each(['admissionregistration.k8s.io/v1alpha1', 'admissionregistration.k8s.io/v1beta1'])('MutatingAdmissionPolicy %s names the served v1', (apiVersion) => {
    const found = api(object(apiVersion, 'MutatingAdmissionPolicy'));
    expect(found.map((d) => `${d.severity} ${d.messageId}`)).toEqual(['warning off-by-default-served']);
    expect(formatMessage(found[0]!, 'en')).toContain(`--runtime-config=${apiVersion}=true. Served by default: admissionregistration.k8s.io/v1.`);
  });
  test('a list kind follows its item kind', () => {
    expect(api(yaml('apiVersion: resource.k8s.io/v1beta2', 'kind: ResourceClaimList', 'metadata: {}')).map((d) => d.messageId)).toEqual(['off-by-default-served']);
  });
  test('a version that no longer exists, of a kind that exists only off by default: an error that says where it is', () => {
    const found = api(object('storagemigration.k8s.io/v1alpha1', 'StorageVersionMigration'));
    expect(found.map((d) => `${d.severity} ${d.ruleId}:${d.messageId}`)).toEqual(['error api-version-not-served:not-served-off-by-default']);
    expect(formatMessage(found[0]!, 'en')).toContain('exists only in storagemigration.k8s.io/v1beta1, not enabled by default');
  });
  test('a made-up kind is still unknown', () => {
    expect(api(object('storagemigration.k8s.io/v1beta1', 'StorageVersionMigrations')).map((d) => d.ruleId)).toEqual(['unknown-kind']);
  });
  test.each(OFF_BY_DEFAULT_APIS.map((a) => [a.apiVersion, a.kind] as const))('%s %s: one warning', (apiVersion, kind) => {
    expect(api(object(apiVersion, kind)).map((d) => `${d.severity} ${d.ruleId}`)).toEqual(['warning api-version-not-served']);
  });
  test('the table neither overlaps what is served by default nor what was removed', () => {
    for (const { apiVersion, kind } of OFF_BY_DEFAULT_APIS) {
      expect(apiSchema.kinds.some((k) => k.apiVersion === apiVersion && k.kind === kind), `${apiVersion} ${kind} served`).toBe(false);
      expect(findRemovedApi(apiVersion, kind), `${apiVersion} ${kind} removed`).toBeUndefined();
      expect(apiVersion).toMatch(/\/v\d+(alpha|beta)\d+$/);
    }
  });
});

describe('PodSecurityPolicy: one clear message', () => {
  // extensions/v1beta1 went in 1.16 (to policy/v1beta1, itself removed in 1.25): removed-apis.ts
  test.each([
    ['policy/v1beta1', 'removed-psp', 'was removed in Kubernetes 1.25'],
    ['extensions/v1beta1', 'removed-psp-moved', 'was removed in Kubernetes 1.16, and its successor policy/v1beta1 in Kubernetes 1.25'],
  ])('%s', (apiVersion, messageId, removed) => {
    const text = yaml(`apiVersion: ${apiVersion}`, 'kind: PodSecurityPolicy', 'metadata:', '  name: restricted', 'spec:', '  privileged: false');
    const all = validate(text, { schema: apiSchema }).diagnostics;
    expect(all.map((d) => `${d.severity} ${d.ruleId}:${d.messageId}`)).toEqual([`error api-version-not-served:${messageId}`]);
    const en = formatMessage(all[0]!, 'en');
    expect(en).toContain(`PodSecurityPolicy (${apiVersion})`);
    expect(en).toContain(removed);
    expect(en).toContain('Pod Security Admission');
    expect(en).toContain('pod-security.kubernetes.io/enforce');
    expect(formatMessage(all[0]!, 'ko')).toContain('pod-security.kubernetes.io/enforce');
  });
  test('other removed kinds with no successor still say so, once', () => {
    const found = api(object('extensions/v1beta1', 'DeploymentRollback'));
    expect(found.map((d) => `${d.ruleId}:${d.messageId}`)).toEqual(['api-version-not-served:removed-no-replacement']);
  });
});
