// Container resources as ValidateContainerResourceRequirements, validateContainerResourceName,
// ValidateResourceQuantityValue, validateResizePolicy and validateOverhead check them
// (pkg/apis/core/validation/validation.go). A request above its limit is requests-exceed-limits'.
// https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
import type { PathSegment, ResourceRule, RuleContext } from '../types.ts';
import { mappingsOf, record, text } from '../pod-spec.ts';
import { containerName, containersOf, podSpecOf, type ContainerAt } from '../workload.ts';
import { quantityValue } from '../schema/formats.ts';
import { display } from '../display.ts';
import { containerResourceNameProblem, hugePageSize, isHugePages, isIntegerResource, isOvercommitAllowed } from '../resource-names.ts';

const RESIZABLE = ['cpu', 'memory'];
const RESIZE_POLICIES = ['NotRequired', 'RestartContainer'];

export const podResources: ResourceRule = {
  id: 'pod-resources',
  severity: 'error',
  category: 'semantics',
  messages: {
    'resource-name-format': {
      ko: '자원 이름 {name|은} 레이블 키 같은 이름이어야 한다(접두사/이름).',
      en: 'The resource name {name} must be a qualified name (prefix/name), like a label key.',
    },
    'resource-standard': {
      ko: '{name|은} 컨테이너의 표준 자원(cpu, memory, ephemeral-storage, hugepages-<크기>)이 아니다. 확장 자원은 example.com/gpu처럼 도메인을 붙이자.',
      en: '{name} is not a standard container resource (cpu, memory, ephemeral-storage, hugepages-<size>); extended resources take a domain, as in example.com/gpu.',
    },
    'resource-extended': {
      ko: '{name|은} 확장 자원 이름의 규칙에 맞지 않는다.',
      en: '{name} does not follow the extended resource name standard.',
    },
    negative: { ko: '{name}의 값 {value|는} 음수일 수 없다.', en: 'The value {value} of {name} cannot be negative.' },
    integer: {
      ko: '확장 자원 {name}의 값 {value|는} 정수여야 한다.',
      en: 'The value {value} of the extended resource {name} must be an integer.',
    },
    'must-equal': {
      ko: '{name}의 요청(request) {request|은} 제한(limit) {limit|과} 같아야 한다. 확장 자원과 hugepages는 초과 할당할 수 없다.',
      en: 'The {name} request {request} must equal its limit {limit}: extended resources and huge pages cannot be overcommitted.',
    },
    'limit-required': {
      ko: '{name}에는 요청(request)만 있고 제한(limit)이 없다. 초과 할당할 수 없는 자원은 제한이 필요하다.',
      en: '{name} has a request but no limit; a resource that cannot be overcommitted needs a limit.',
    },
    'huge-pages-multiple': {
      ko: '{name}의 값 {value|는} 페이지 크기 {size}의 정수배여야 한다.',
      en: 'The value {value} of {name} must be a whole multiple of the page size {size}.',
    },
    'huge-pages-cpu-memory': {
      ko: '컨테이너 {container}에 hugepages가 있으면 cpu나 memory도 요청하거나 제한해야 한다.',
      en: 'Container {container} uses huge pages, which require a cpu or memory request or limit as well.',
    },
    'claim-unknown': {
      ko: 'resources.claims의 {name|은} spec.resourceClaims에 없다.',
      en: '{name} in resources.claims is not in spec.resourceClaims.',
    },
    'claim-duplicate': { ko: 'resources.claims에 {name|이} 두 번 있다.', en: '{name} appears twice in resources.claims.' },
    'resize-resource': {
      ko: 'resizePolicy.resourceName {name|은} 지원되지 않는다. cpu나 memory를 쓰자.',
      en: 'resizePolicy.resourceName {name} is not supported; use cpu or memory.',
    },
    'resize-duplicate': { ko: 'resizePolicy에 {name|이} 두 번 있다.', en: '{name} appears twice in resizePolicy.' },
    'resize-policy': {
      ko: 'resizePolicy.restartPolicy {value|는} 지원되지 않는다. NotRequired나 RestartContainer를 쓰자.',
      en: 'resizePolicy.restartPolicy {value} is not supported; use NotRequired or RestartContainer.',
    },
    'resize-never': {
      ko: '파드의 restartPolicy가 Never이면 resizePolicy.restartPolicy는 NotRequired여야 한다.',
      en: 'With the Pod\'s restartPolicy Never, resizePolicy.restartPolicy must be NotRequired.',
    },
  },
  docs: {
    summary: { ko: '컨테이너 자원의 이름과 값, 확장 자원과 hugepages의 규칙을 확인한다.', en: 'Checks container resource names and values, and the rules for extended resources and huge pages.' },
    why: {
      ko: '이름에 도메인이 없는 자원은 cpu, memory, ephemeral-storage, hugepages-<크기>뿐이다. GPU 같은 확장 자원은 초과 할당할 수 없어서 요청과 제한이 같아야 하고 값은 정수다. 어긋나면 API 서버가 거부한다.',
      en: 'The only resources without a domain are cpu, memory, ephemeral-storage and hugepages-<size>. Extended resources such as GPUs cannot be overcommitted, so request and limit must be equal and whole numbers. The API server rejects anything else.',
    },
    fix: {
      ko: '자원 이름의 오타를 고치고(gpu → nvidia.com/gpu), 확장 자원은 제한만 쓰거나 요청과 제한을 같게 두자.',
      en: 'Fix the resource name (gpu -> nvidia.com/gpu), and give extended resources a limit only, or equal request and limit.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: train\nspec:\n  containers:\n  - name: train\n    image: nginx:1.30\n    resources:\n      requests:\n        example.com/gpu: 1\n      limits:\n        example.com/gpu: 2\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: train\nspec:\n  containers:\n  - name: train\n    image: nginx:1.30\n    resources:\n      limits:\n        example.com/gpu: 1\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    if (!at) return;
    const claims = new Set(mappingsOf(at.spec.resourceClaims).map(({ item }) => text(item, 'name')));
    for (const c of containersOf(at)) {
      const resources = record(c.container, 'resources');
      if (resources) checkRequirements(ctx, c, resources, [...c.path, 'resources'], claims);
      checkResizePolicy(ctx, c, at.spec.restartPolicy === 'Never');
    }
    const overhead = record(at.spec, 'overhead');
    if (overhead) checkList(ctx, overhead, [...at.path, 'overhead']);
  },
};

/** Names and values of one requests or limits list. */
function checkList(ctx: RuleContext, list: Record<string, unknown>, path: PathSegment[]): void {
  for (const [name, quantity] of Object.entries(list)) {
    const problem = containerResourceNameProblem(name);
    if (problem) ctx.report({ messageId: problem, data: { name }, path: [...path, name] });
    const value = quantityValue(quantity);
    if (value === undefined) continue;
    const shown = display(quantity);
    if (value < 0) ctx.report({ messageId: 'negative', data: { name, value: shown }, path: [...path, name], at: 'value' });
    else if (isIntegerResource(name) && !Number.isInteger(value)) ctx.report({ messageId: 'integer', data: { name, value: shown }, path: [...path, name], at: 'value' });
    const size = isHugePages(name) ? quantityValue(hugePageSize(name)) : undefined;
    if (size && size > 0 && value % size !== 0) ctx.report({ messageId: 'huge-pages-multiple', data: { name, value: shown, size: hugePageSize(name) }, path: [...path, name], at: 'value' });
  }
}

function checkRequirements(ctx: RuleContext, c: ContainerAt, resources: Record<string, unknown>, path: PathSegment[], claims: Set<string | undefined>): void {
  const limits = record(resources, 'limits') ?? {};
  const requests = record(resources, 'requests') ?? {};
  checkList(ctx, limits, [...path, 'limits']);
  checkList(ctx, requests, [...path, 'requests']);
  for (const [name, request] of Object.entries(requests)) {
    if (isOvercommitAllowed(name)) continue;
    if (!(name in limits)) {
      ctx.report({ messageId: 'limit-required', data: { name }, path: [...path, 'requests', name] });
      continue;
    }
    const r = quantityValue(request);
    const l = quantityValue(limits[name]);
    if (r !== undefined && l !== undefined && r !== l) {
      ctx.report({ messageId: 'must-equal', data: { name, request: display(request), limit: display(limits[name]) }, path: [...path, 'requests', name], at: 'value' });
    }
  }
  const names = [...Object.keys(limits), ...Object.keys(requests)];
  if (names.some(isHugePages) && !names.some((name) => name === 'cpu' || name === 'memory')) {
    ctx.report({ messageId: 'huge-pages-cpu-memory', data: { container: containerName(c) }, path });
  }
  const seen = new Set<string>();
  for (const { index, item } of mappingsOf(resources.claims)) {
    const name = text(item, 'name');
    if (!name) continue;
    const key = `${name}/${text(item, 'request') ?? ''}`;
    if (!claims.has(name)) ctx.report({ messageId: 'claim-unknown', data: { name }, path: [...path, 'claims', index, 'name'], at: 'value' });
    else if (seen.has(key)) ctx.report({ messageId: 'claim-duplicate', data: { name }, path: [...path, 'claims', index, 'name'], at: 'value' });
    seen.add(key);
  }
}

function checkResizePolicy(ctx: RuleContext, c: ContainerAt, podNeverRestarts: boolean): void {
  const seen = new Set<string>();
  for (const { index, item } of mappingsOf(c.container.resizePolicy)) {
    const path = [...c.path, 'resizePolicy', index];
    const name = text(item, 'resourceName');
    if (name) {
      if (!RESIZABLE.includes(name)) ctx.report({ messageId: 'resize-resource', data: { name }, path: [...path, 'resourceName'], at: 'value' });
      else if (seen.has(name)) ctx.report({ messageId: 'resize-duplicate', data: { name }, path: [...path, 'resourceName'], at: 'value' });
      seen.add(name);
    }
    const policy = text(item, 'restartPolicy');
    if (policy && !RESIZE_POLICIES.includes(policy)) ctx.report({ messageId: 'resize-policy', data: { value: policy }, path: [...path, 'restartPolicy'], at: 'value' });
    else if (podNeverRestarts && policy && policy !== 'NotRequired') ctx.report({ messageId: 'resize-never', path: [...path, 'restartPolicy'], at: 'value' });
  }
}
