// Environment variables as ValidateEnv, validateEnvVarValueFrom and ValidateEnvFrom check them
// (pkg/apis/core/validation/validation.go): a name, value or valueFrom but not both, exactly one
// valueFrom source, downward API field paths and resources that exist, well-formed keys and names.
// https://kubernetes.io/docs/tasks/inject-data-application/environment-variable-expose-pod-information/
import type { PathSegment, ResourceRule, RuleContext } from '../types.ts';
import { isConfigMapKey, isEnvVarName } from '../api-formats.ts';
import { isDnsSubdomain, maskTrailingDash } from '../names.ts';
import { mappingsOf, record, text } from '../pod-spec.ts';
import { containersOf, podSpecOf } from '../workload.ts';
import { DOWNWARD_MESSAGES, downwardFieldProblem, resourceFieldProblem } from '../downward-api.ts';

const VALUE_SOURCES = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef', 'fileKeyRef'];
const ENV_FROM_SOURCES = ['configMapRef', 'secretRef'];

export const podEnv: ResourceRule = {
  id: 'pod-env',
  severity: 'error',
  category: 'semantics',
  messages: {
    'name-required': { ko: '환경 변수 이름이 비어 있다.', en: 'The environment variable name is empty.' },
    'name-format': {
      ko: '환경 변수 이름 {name|은} =를 뺀 출력 가능한 ASCII 문자로만 쓸 수 있다.',
      en: 'The environment variable name {name} may only hold printable ASCII characters other than =.',
    },
    'value-and-from': {
      ko: '환경 변수 {name}에 value와 valueFrom이 함께 있다. 하나만 쓰자.',
      en: 'Environment variable {name} sets both value and valueFrom; use one.',
    },
    'from-none': {
      ko: 'valueFrom에 출처가 없다. fieldRef, resourceFieldRef, configMapKeyRef, secretKeyRef, fileKeyRef 중 하나를 쓰자.',
      en: 'valueFrom names no source; use one of fieldRef, resourceFieldRef, configMapKeyRef, secretKeyRef or fileKeyRef.',
    },
    'from-several': {
      ko: 'valueFrom에 출처가 여러 개({sources}) 있다. 하나만 쓸 수 있다.',
      en: 'valueFrom names several sources ({sources}); only one is allowed.',
    },
    ...DOWNWARD_MESSAGES,
    'key-required': { ko: '{source}.key가 비어 있다.', en: '{source}.key is empty.' },
    'key-format': {
      ko: '키 {key|는} 253자 이하의 영숫자, -, _, .로 써야 하고 .이나 ..으로 시작할 수 없다.',
      en: 'The key {key} must be at most 253 letters, digits, -, _ and ., and may not be . or start with ..',
    },
    'ref-name': {
      ko: '{source}의 이름 {name|은} DNS 서브도메인(소문자, 숫자, -, .)이어야 한다.',
      en: 'The {source} name {name} must be a DNS subdomain (lower-case letters, digits, - and .).',
    },
    'env-from-none': {
      ko: 'envFrom 항목에 configMapRef나 secretRef가 없다.',
      en: 'The envFrom item names neither configMapRef nor secretRef.',
    },
    'env-from-several': {
      ko: 'envFrom 항목 하나에 configMapRef와 secretRef가 함께 있다. 항목을 나누자.',
      en: 'One envFrom item names both configMapRef and secretRef; split it in two.',
    },
    prefix: {
      ko: 'envFrom.prefix {prefix|는} =를 뺀 출력 가능한 ASCII 문자로만 쓸 수 있다.',
      en: 'envFrom.prefix {prefix} may only hold printable ASCII characters other than =.',
    },
  },
  docs: {
    summary: { ko: '환경 변수(env, envFrom)의 형식과 출처를 확인한다.', en: 'Checks environment variables (env, envFrom) and their sources.' },
    why: {
      ko: '환경 변수는 value와 valueFrom 중 하나로 값을 받고, valueFrom은 출처를 정확히 하나 가리켜야 한다. 다운워드(downward) API의 fieldRef는 정해진 필드(metadata.name, status.podIP 등)만, resourceFieldRef는 limits.cpu, requests.memory 같은 자원만 읽는다. 어긋나면 API 서버가 파드나 워크로드를 거부한다.',
      en: 'An environment variable gets its value from either value or valueFrom, and valueFrom must name exactly one source. A downward API fieldRef reads only certain fields (metadata.name, status.podIP, ...) and resourceFieldRef only resources such as limits.cpu or requests.memory. Anything else makes the API server reject the Pod or workload.',
    },
    fix: {
      ko: 'value와 valueFrom 중 하나를 지우고, fieldPath와 resource는 지원되는 값으로 고치자.',
      en: 'Drop one of value and valueFrom, and use a supported fieldPath or resource.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    env:\n    - name: NODE\n      valueFrom:\n        fieldRef:\n          fieldPath: spec.hostname\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    env:\n    - name: NODE\n      valueFrom:\n        fieldRef:\n          fieldPath: spec.nodeName\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    if (!at) return;
    for (const c of containersOf(at)) {
      for (const { index, item } of mappingsOf(c.container.env)) checkVariable(ctx, item, [...c.path, 'env', index]);
      for (const { index, item } of mappingsOf(c.container.envFrom)) checkEnvFrom(ctx, item, [...c.path, 'envFrom', index]);
    }
  },
};

function checkVariable(ctx: RuleContext, variable: Record<string, unknown>, path: PathSegment[]): void {
  const name = text(variable, 'name');
  if (name === '') ctx.report({ messageId: 'name-required', path: [...path, 'name'], at: 'value' });
  else if (name !== undefined && !isEnvVarName(name)) ctx.report({ messageId: 'name-format', data: { name }, path: [...path, 'name'], at: 'value' });
  const from = record(variable, 'valueFrom');
  if (!from) return;
  const fromPath = [...path, 'valueFrom'];
  const sources = VALUE_SOURCES.filter((s) => from[s] !== undefined && from[s] !== null);
  if (sources.length === 0) ctx.report({ messageId: 'from-none', path: fromPath });
  else if (typeof variable.value === 'string' && variable.value !== '') {
    ctx.report({ messageId: 'value-and-from', data: { name: name ?? '' }, path: fromPath });
  } else if (sources.length > 1) ctx.report({ messageId: 'from-several', data: { sources: sources.join(', ') }, path: fromPath });
  const fieldRef = record(from, 'fieldRef');
  if (fieldRef) {
    const problem = downwardFieldProblem(fieldRef, 'env');
    if (problem) ctx.report({ messageId: problem.messageId, data: problem.data, path: [...fromPath, 'fieldRef', problem.field], at: 'value' });
  }
  const resourceRef = record(from, 'resourceFieldRef');
  if (resourceRef) {
    const problem = resourceFieldProblem(resourceRef);
    if (problem) ctx.report({ messageId: problem.messageId, data: problem.data, path: [...fromPath, 'resourceFieldRef', problem.field], at: 'value' });
  }
  for (const source of ['configMapKeyRef', 'secretKeyRef']) {
    const ref = record(from, source);
    if (!ref) continue;
    const refName = text(ref, 'name');
    if (refName && !isDnsSubdomain(refName)) ctx.report({ messageId: 'ref-name', data: { source, name: refName }, path: [...fromPath, source, 'name'], at: 'value' });
    const key = text(ref, 'key');
    if (key === '') ctx.report({ messageId: 'key-required', data: { source }, path: [...fromPath, source, 'key'], at: 'value' });
    else if (key !== undefined && !isConfigMapKey(key)) ctx.report({ messageId: 'key-format', data: { key }, path: [...fromPath, source, 'key'], at: 'value' });
  }
}

function checkEnvFrom(ctx: RuleContext, item: Record<string, unknown>, path: PathSegment[]): void {
  const prefix = text(item, 'prefix');
  if (prefix && !isEnvVarName(prefix)) ctx.report({ messageId: 'prefix', data: { prefix }, path: [...path, 'prefix'], at: 'value' });
  const sources = ENV_FROM_SOURCES.filter((s) => item[s] !== undefined && item[s] !== null);
  if (sources.length === 0) ctx.report({ messageId: 'env-from-none', path });
  else if (sources.length > 1) ctx.report({ messageId: 'env-from-several', path: [...path, sources[1] as string] });
  for (const source of sources) {
    const refName = text(record(item, source), 'name');
    // ValidateConfigMapName(name, prefix=true): the name is checked as a prefix, a trailing '-' passes
    if (refName && !isDnsSubdomain(maskTrailingDash(refName))) ctx.report({ messageId: 'ref-name', data: { source, name: refName }, path: [...path, source, 'name'], at: 'value' });
  }
}
