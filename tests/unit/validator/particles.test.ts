import { describe, expect, it } from 'vitest';
import { finalSound, particleFor, withParticle, PARTICLE_FORMS } from '../../../src/lib/i18n/particles.ts';
import { fillTemplate } from '../../../src/lib/i18n/template.ts';
import { formatMessage, validate } from '../../../src/lib/validator/index.ts';
import { messageParts, plainMessage } from '../../../src/lib/validator/format.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { yaml } from './helpers.ts';

// word, then the particles 이/가 and 으로/로 as a Korean reader attaches them
const READINGS: [string, string, string][] = [
  // Hangul: 받침, no 받침, ㄹ
  ['파드', '가', '로'], ['컨테이너', '가', '로'], ['서비스', '가', '로'], ['컨피그맵', '이', '으로'], ['잡', '이', '으로'],
  ['레이블', '이', '로'], ['네임스페이스', '가', '로'], ['디플로이먼트(Deployment)', '가', '로'], ['값', '이', '으로'], ['볼륨', '이', '으로'],
  // kinds
  ['Pod', '가', '로'], ['Deployment', '가', '로'], ['ReplicaSet', '이', '으로'], ['StatefulSet', '이', '으로'], ['DaemonSet', '이', '으로'],
  ['ConfigMap', '이', '으로'], ['Secret', '이', '으로'], ['Service', '가', '로'], ['Job', '이', '으로'], ['CronJob', '이', '으로'],
  ['Role', '이', '로'], ['ClusterRole', '이', '로'], ['RoleBinding', '이', '으로'], ['PersistentVolumeClaim', '이', '으로'], ['PersistentVolume', '이', '으로'],
  ['PodDisruptionBudget', '이', '으로'], ['NetworkPolicy', '가', '로'], ['HorizontalPodAutoscaler', '가', '로'], ['Ingress', '가', '로'], ['LimitRange', '가', '로'],
  ['CustomResourceDefinition', '이', '으로'], ['HTTPRoute', '가', '로'], ['Event', '가', '로'], ['APIService', '가', '로'], ['IPAddress', '가', '로'],
  // fields and values
  ['imagePullPolicy', '가', '로'], ['image', '가', '로'], ['name', '이', '으로'], ['spec', '이', '으로'], ['metadata', '가', '로'],
  ['template', '이', '으로'], ['containerPort', '가', '로'], ['targetPort', '가', '로'], ['mountPath', '가', '로'], ['command', '가', '로'],
  ['apiVersion', '이', '으로'], ['kind', '가', '로'], ['type', '이', '으로'], ['schedule', '이', '로'], ['envFrom', '이', '으로'],
  ['securityContext', '가', '로'], ['runAsNonRoot', '가', '로'], ['livenessProbe', '가', '로'], ['IfNotPresent', '가', '로'], ['Always', '가', '로'],
  ['OnFailure', '가', '로'], ['ClusterIP', '가', '로'], ['BestEffort', '가', '로'], ['Burstable', '이', '로'], ['Guaranteed', '가', '로'],
  ['latest', '가', '로'], ['nginx:1.29', '가', '로'], ['64Mi', '가', '로'], ['podIPs', '가', '로'],
  // container and resource names
  ['web', '이', '으로'], ['app', '이', '으로'], ['nginx', '가', '로'], ['api', '가', '로'], ['backend', '가', '로'],
  ['redis', '가', '로'], ['mysql', '이', '로'], ['db', '가', '로'], ['kubelet', '이', '으로'], ['kubectl', '이', '로'],
  ['sidecar', '가', '로'], ['init', '이', '으로'], ['alpine', '이', '으로'], ['busybox', '가', '로'], ['metrics-server', '가', '로'],
  ['web-1', '이', '로'], ['app2', '가', '로'], ['group', '이', '으로'], ['timeout', '이', '으로'], ['webhook', '이', '으로'],
  ['task', '가', '로'], ['root', '가', '로'], ['stack', '이', '으로'], ['help', '가', '로'], ['config', '가', '로'],
  ['string', '이', '으로'], ['log', '가', '로'], ['file', '이', '로'], ['value', '가', '로'], ['machine', '이', '으로'],
  ['sync', '가', '로'], ['logic', '이', '으로'], ['deep', '이', '으로'], ['loop', '가', '로'], ['herb', '가', '로'],
  // rule ids
  ['image-tag', '가', '로'], ['duplicate-key', '가', '로'], ['schema-enum', '이', '으로'], ['label-format', '이', '으로'], ['cronjob-schedule', '이', '로'],
  ['single-replica-pdb', '가', '로'], ['suppression-unknown-rule', '이', '로'], ['resources-missing', '이', '으로'],
  // abbreviations, read letter by letter unless said as a word
  ['A', '가', '로'], ['L', '이', '로'], ['M', '이', '으로'], ['N', '이', '으로'], ['R', '이', '로'],
  ['CPU', '가', '로'], ['TCP', '가', '로'], ['URL', '이', '로'], ['DNS', '가', '로'], ['CRD', '가', '로'],
  ['pvc', '가', '로'], ['svc', '가', '로'], ['cm', '이', '으로'], ['k8s', '가', '로'], ['QoS', '가', '로'],
  ['YAML', '이', '로'], ['JSON', '이', '으로'], ['RBAC', '이', '으로'], ['CIDR', '가', '로'], ['gRPC', '가', '로'], ['ep', '가', '로'],
  // numbers: Sino-Korean, English when glued to letters
  ['1', '이', '로'], ['2', '가', '로'], ['3', '이', '으로'], ['4', '가', '로'], ['6', '이', '으로'], ['7', '이', '로'], ['9', '가', '로'],
  ['0', '이', '으로'], ['10', '이', '으로'], ['100', '이', '으로'], ['1000', '이', '으로'], ['10000', '이', '으로'], ['1000000000000', '가', '로'],
  ['80', '이', '으로'], ['443', '이', '으로'], ['65536', '이', '으로'], ['8080', '이', '으로'], ['59,999', '가', '로'], ['32', '가', '로'], ['0.5', '가', '로'],
  ['1.36', '이', '으로'], ['v1', '이', '으로'], ['apps/v1', '이', '으로'], ['autoscaling/v2', '가', '로'], ['IPv6', '가', '로'], ['batch/v1beta1', '이', '으로'],
  // quotes, brackets and symbols
  ['"yes"', '가', '로'], ['`web`', '이', '으로'], ['(app)', '이', '으로'], ['50%', '가', '로'], ['-', '가', '로'], ['.', '이', '으로'], ['=', '이', '로'], ['!', '이', '으로'],
];

describe('particles', () => {
  it('covers 60+ words', () => expect(READINGS.length).toBeGreaterThan(60));
  it.each(READINGS)('%s takes %s and %s', (word, subject, direction) => {
    expect(particleFor(word, '이')).toBe(subject);
    expect(particleFor(word, '가')).toBe(subject);
    expect(particleFor(word, '으로')).toBe(direction);
    expect(particleFor(word, '로')).toBe(direction);
  });

  it('gives every pair the form of the same reading', () => {
    expect(['은', '을', '과', '이나', '이라', '아', '이어야'].map((p) => particleFor('web', p))).toEqual(['은', '을', '과', '이나', '이라', '아', '이어야']);
    expect(['는', '를', '와', '나', '라', '야', '여야'].map((p) => particleFor('Pod', p))).toEqual(['는', '를', '와', '나', '라', '야', '여야']);
    // ㄹ takes the 받침 form except for 으로/로
    expect(['이', '은', '을', '과', '으로', '으로는'].map((p) => particleFor('URL', p))).toEqual(['이', '은', '을', '과', '로', '로는']);
  });

  it('reads the examples from the review', () => {
    expect(withParticle('web', '가')).toBe('web이');
    expect(withParticle('imagePullPolicy', '을')).toBe('imagePullPolicy를');
    expect(finalSound('Pod')).toBe('vowel');
    expect(finalSound('nginx')).toBe('vowel');
  });

  it('refuses a particle it does not know', () => {
    expect(() => particleFor('web', '에')).toThrow(/unknown Korean particle/);
    expect(PARTICLE_FORMS).toContain('으로');
  });
});

describe('fillTemplate', () => {
  it('fills plain slots and slots with a particle', () => {
    expect(fillTemplate('컨테이너 {name|이} {image|을} 쓴다.', { name: 'web', image: 'nginx' })).toBe('컨테이너 web이 nginx를 쓴다.');
    expect(fillTemplate('{kind|은} {version|으로} 제공된다.', { kind: 'Pod', version: 'v1' })).toBe('Pod는 v1으로 제공된다.');
    expect(fillTemplate('{a|와} {b|과}', { a: 'Role', b: 'Service' })).toBe('Role과 Service와');
  });
  it('chooses the particle from the text shown, not from the raw value', () => {
    const grouped = (value: number) => new Intl.NumberFormat('ko-KR').format(value);
    expect(fillTemplate('{count|이} 넘는다', { count: 59999 }, grouped)).toBe('59,999가 넘는다');
    expect(fillTemplate('{count|이} 넘는다', { count: 10000 }, grouped)).toBe('10,000이 넘는다');
  });
  it('leaves unknown names and English text alone', () => {
    expect(fillTemplate('{missing|이} and {name}', { name: 'x' })).toBe('{missing|이} and x');
    expect(fillTemplate('{name} is {value}', { name: 'web', value: 3 })).toBe('web is 3');
  });
});

describe('formatMessage with particles', () => {
  const messages = (text: string, rule: string) =>
    validate(text, { schema: apiSchema }).diagnostics.filter((d) => d.ruleId === rule).map((d) => [formatMessage(d, 'ko'), formatMessage(d, 'en')]);
  const pod = (...containers: string[]) => yaml('apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec:', '  containers:', ...containers);

  it('a container named web: web이, in English unchanged', () => {
    expect(messages(pod('  - {name: web, image: nginx:1.29}', '  - {name: web, image: nginx:1.29}'), 'duplicate-container-name'))
      .toEqual([['컨테이너 이름 web이 이 파드 안에서 중복된다.', expect.stringContaining('web')]]);
    expect(messages(pod('  - {name: app, image: nginx:1.29}', '  - {name: app, image: nginx:1.29}'), 'duplicate-container-name')[0]?.[0])
      .toBe('컨테이너 이름 app이 이 파드 안에서 중복된다.');
    expect(messages(pod('  - {name: nginx, image: nginx:1.29}', '  - {name: nginx, image: nginx:1.29}'), 'duplicate-container-name')[0]?.[0])
      .toBe('컨테이너 이름 nginx가 이 파드 안에서 중복된다.');
  });

  it('a misspelt field: imagePullPolicy를 뜻했는가?', () => {
    const [ko, en] = messages(pod('  - {name: web, image: nginx:1.29, imagePullPolicyy: Always}'), 'schema-unknown-field')[0]!;
    expect(ko).toBe('imagePullPolicyy는 이 위치에 있을 수 없는 필드다. imagePullPolicy를 뜻했는가?');
    expect(en).toContain('imagePullPolicy');
    expect(en).not.toMatch(/[\uAC00-\uD7A3]/u);
  });

  it.each([['70000', '은'], ['99999', '는'], ['65536', '은'], ['0', '은']])('a number: 포트 %s%s', (port, particle) => {
    const service = yaml('apiVersion: v1', 'kind: Service', 'metadata: {name: s}', 'spec:', '  selector: {app: a}', '  ports:', `  - {port: ${port}}`);
    expect(messages(service, 'service-ports').map(([ko]) => ko)).toEqual([`포트 ${port}${particle} 1에서 65535 사이여야 한다.`]);
  });

  it('keeps code spans for the page and drops their backticks for plain text', () => {
    expect(messageParts('run `kubectl debug` on a `Pod`.')).toEqual([
      { text: 'run ', code: false }, { text: 'kubectl debug', code: true }, { text: ' on a ', code: false }, { text: 'Pod', code: true }, { text: '.', code: false },
    ]);
    expect(plainMessage('`---` 줄 뒤에 다른 내용이 있다: `x: 1`.')).toBe('--- 줄 뒤에 다른 내용이 있다: x: 1.');
  });
});
