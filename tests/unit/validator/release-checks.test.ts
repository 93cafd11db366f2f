// Checking against an older release (issue 11.2): every check uses that release's data, and what the
// release lacks is named with the release it came in. The facts are from the release notes and the
// deprecated-API migration guide: native sidecars (initContainers[].restartPolicy) came in 1.28, the
// container lifecycle's stopSignal in 1.33, flowcontrol.apiserver.k8s.io/v1 in 1.29 (v1beta3 went in
// 1.32), ValidatingAdmissionPolicy in admissionregistration.k8s.io/v1 in 1.30, resource.k8s.io/v1 in 1.34.
import { describe, expect, it } from 'vitest';
import { releaseCatalog } from '../../../src/lib/k8s/release-catalog.ts';
import { NEWEST_RELEASE, RELEASES } from '../../../src/lib/k8s/releases.ts';
import { formatMessage } from '../../../src/lib/validator/format.ts';
import { acceptanceSummary, releaseAcceptance, releaseRanges } from '../../../src/lib/validator/release-acceptance.ts';
import type { Lang, ValidateResult } from '../../../src/lib/validator/types.ts';
import { validate } from '../../../src/lib/validator/validate.ts';

function check(text: string, release: string): ValidateResult {
  const schema = releaseCatalog.releaseSchema(release);
  if (!schema) throw new Error(`no data for ${release}`);
  return validate(text, { schema, history: releaseCatalog, bestPractices: false });
}

const problems = (text: string, release: string, lang: Lang = 'en') =>
  check(text, release).diagnostics.map((d) => `${d.line} ${d.ruleId} ${formatMessage(d, lang)}`);

const sidecar = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
  - name: proxy
    image: envoy:1.30
    restartPolicy: Always
  containers:
  - name: web
    image: nginx:1.27
    lifecycle:
      stopSignal: SIGTERM
`;

const flowSchema = (version: string) => `apiVersion: flowcontrol.apiserver.k8s.io/${version}
kind: FlowSchema
metadata:
  name: fs
spec:
  priorityLevelConfiguration:
    name: global-default
`;

const claim = `apiVersion: resource.k8s.io/v1
kind: ResourceClaim
metadata:
  name: gpu
spec:
  devices:
    requests:
    - name: gpu
      exactly:
        deviceClassName: gpu.example.com
`;

describe('a field the checked release does not have yet', () => {
  it('is named with the release it came in, in both languages', () => {
    expect(problems(sidecar, '1.27')).toEqual([
      '9 schema-unknown-field restartPolicy was added in Kubernetes 1.28; you are checking against 1.27, which does not have it.',
      '14 schema-unknown-field stopSignal was added in Kubernetes 1.33; you are checking against 1.27, which does not have it.',
    ]);
    expect(problems(sidecar, '1.30', 'ko')).toEqual([
      '14 schema-unknown-field stopSignal은 쿠버네티스 1.33에서 추가된 필드다. 지금 검사하는 1.30에는 이 필드가 없다.',
    ]);
  });

  it('is no problem from the release it came in', () => {
    expect(problems(sidecar, '1.33')).toEqual([]);
    expect(problems(sidecar, NEWEST_RELEASE)).toEqual([]);
  });

  it('a misspelt field is still a misspelt field', () => {
    expect(problems(sidecar.replace('stopSignal', 'stopSignl'), '1.33')).toEqual([
      '14 schema-unknown-field stopSignl is not a field at this position. Did you mean stopSignal?',
    ]);
  });
});

describe('an API version or kind the checked release does not serve yet', () => {
  it('names the release that serves it and what the checked one serves', () => {
    expect(problems(flowSchema('v1'), '1.28')).toEqual([
      '1 api-version-not-served Kubernetes 1.28 does not serve FlowSchema as flowcontrol.apiserver.k8s.io/v1 yet: that version is served from Kubernetes 1.29. Kubernetes 1.28 serves: flowcontrol.apiserver.k8s.io/v1beta2, flowcontrol.apiserver.k8s.io/v1beta3.',
    ]);
    expect(problems(flowSchema('v1'), '1.29')).toEqual([]);
  });

  it('a version removed after the checked release is still served by it', () => {
    expect(problems(flowSchema('v1beta3'), '1.31')).toEqual([]);
    expect(problems(flowSchema('v1beta3'), '1.32')[0]).toMatch(/^1 api-version-not-served FlowSchema in flowcontrol.apiserver.k8s.io\/v1beta3 was removed in Kubernetes 1.32; use apiVersion: flowcontrol.apiserver.k8s.io\/v1/u);
  });

  it('a kind of a group that came later is named, not taken for a custom resource', () => {
    expect(problems(claim, '1.33')).toEqual([
      '2 unknown-kind Kubernetes 1.33 has no kind ResourceClaim yet: ResourceClaim in resource.k8s.io/v1 came in Kubernetes 1.34.',
    ]);
    expect(problems(claim, '1.34')).toEqual([]);
  });

  it('ValidatingAdmissionPolicy went GA in 1.30; before, only as a beta off by default', () => {
    const policy = 'apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicy\nmetadata:\n  name: p\nspec:\n  validations:\n  - expression: "true"\n';
    expect(problems(policy, '1.29')).toEqual([
      '2 unknown-kind Kubernetes 1.29 has no kind ValidatingAdmissionPolicy yet: ValidatingAdmissionPolicy in admissionregistration.k8s.io/v1 came in Kubernetes 1.30.',
    ]);
    expect(problems(policy, '1.30')).toEqual([]);
  });
});

describe('1.35, from Pulumi\'s field set', () => {
  // workload-aware scheduling: Pod spec.workloadRef came in 1.35 (alpha) and 1.36 replaced it by spec.schedulingGroup
  // (https://kubernetes.io/blog/2025/12/29/kubernetes-v1-35-introducing-workload-aware-scheduling/)
  const pod = (field: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: worker\nspec:\n  ${field}\n  containers:\n  - name: w\n    image: trainer:1\n`;

  it('knows a field of 1.35 alone, and names the release a later one came in', () => {
    const workloadRef = pod('workloadRef: {name: training, podGroup: workers}');
    expect(problems(workloadRef, '1.35')).toEqual([]);
    expect(problems(workloadRef, '1.34').join('\n')).toMatch(/workloadRef was added in Kubernetes 1\.35; you are checking against 1\.34/u);
    // the history counts 1.35's field set: a field of 1.35 alone reads as removed in 1.36
    expect(problems(workloadRef, '1.36')).toEqual(['6 schema-unknown-field workloadRef was removed in Kubernetes 1.36; you are checking against 1.36, which does not have it.']);
    const schedulingGroup = pod('schedulingGroup: {podGroupName: workers}');
    expect(problems(schedulingGroup, '1.36')).toEqual([]);
    expect(problems(schedulingGroup, '1.35').join('\n')).toMatch(/schedulingGroup was added in Kubernetes 1\.36; you are checking against 1\.35/u);
  });

  it('takes Pulumi\'s required flags for a type of 1.35 alone', () => {
    expect(problems(pod('workloadRef: {name: training}'), '1.35')).toEqual(['6 schema-required-field The required field podGroup is missing.']);
  });
});

describe('every release', () => {
  const everyRelease = (text: string) => releaseAcceptance(RELEASES.map((release) => ({ release, result: check(text, release) })));

  it('groups the releases that reject a document the same way', () => {
    const [pod] = everyRelease(sidecar);
    expect(pod?.accepted).toEqual(['1.33', '1.34', '1.35', '1.36']);
    expect(pod?.rejected.map((r) => [r.releases, r.diagnostic.line])).toEqual([[['1.27'], 9], [['1.28', '1.29', '1.30', '1.31', '1.32'], 14]]);
    expect(pod?.unchecked).toEqual([]);
    expect(acceptanceSummary(pod!, 'en')).toBe(
      'accepted by 1.33–1.36; rejected by 1.27 (line 9: restartPolicy was added in Kubernetes 1.28; you are checking against 1.27, which does not have it.); '
      + 'rejected by 1.28–1.32 (line 14: stopSignal was added in Kubernetes 1.33; you are checking against 1.32, which does not have it.)',
    );
    expect(acceptanceSummary(pod!, 'ko')).toMatch(/^통과: 1\.33–1\.36; 거부: 1\.27 \(9행: restartPolicy는 /u);
  });

  it('names the releases left unchecked, which break the ranges', () => {
    // every release has data now (1.35 since its field set came from Pulumi); a caller may still check fewer
    const [pod] = releaseAcceptance(RELEASES.filter((release) => release !== '1.35').map((release) => ({ release, result: check(sidecar, release) })));
    expect(pod?.unchecked).toEqual(['1.35']);
    expect(acceptanceSummary(pod!, 'en')).toMatch(/^accepted by 1\.33–1\.34, 1\.36; .*; no API data for 1\.35$/u);
  });

  it('a document with an error in every release is accepted by none', () => {
    const [bad] = everyRelease(flowSchema('v1').replace('FlowSchema', 'FlowSchemo'));
    expect(bad?.accepted).toEqual([]);
    expect(acceptanceSummary(bad!, 'en')).toMatch(/^accepted by no release; rejected by 1\.27–1\.36 \(line 2: /u);
  });

  it('writes neighbouring releases as ranges, with a missing release breaking them', () => {
    expect(releaseRanges(['1.36', '1.27', '1.28', '1.29', '1.31'])).toBe('1.27–1.29, 1.31, 1.36');
    expect(releaseRanges(['1.34', '1.36'])).toBe('1.34, 1.36');
    expect(releaseRanges([])).toBe('');
  });
});
