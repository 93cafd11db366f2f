// A Service's targetPort that none of the containers it selects in the same paste declares. The
// EndpointSlice controller resolves a numeric targetPort without looking at the Pod, so the ready Pods
// stay in the EndpointSlices and connections are refused when nothing listens there; a named targetPort
// is looked up among the Pod's ports by name and protocol, and a Pod without it gets no endpoint for
// that port (https://kubernetes.io/docs/concepts/services-networking/service/#field-spec-ports).
// Declaring a containerPort is optional, so a number is only questioned when the selected containers
// declare ports at all. A Service port without targetPort sends to its own number, checked the same way.
// The fixes are suggestions, one per declared port: which one was meant is a guess.
import type { Fix, PathSegment, Resource, ResourceRule } from '../types.ts';
import { isRecord } from '../resources.ts';
import { containersOfResource, workloadsSelectedBy } from '../workload.ts';
import { mappingsOf, text } from '../pod-spec.ts';
import { descend, type YNode } from '../yaml/node.ts';
import { addEntry } from '../fix/yaml-edits.ts';
import { scalarEdit, suggestedFix } from '../fix/make.ts';

interface DeclaredPort {
  number: number;
  name?: string;
}

/** The ports the selected Pods' containers (and sidecar init containers) declare for `protocol`; once per selection (workloadsSelectedBy shares it between Services). */
const declaredCache = new WeakMap<readonly Resource[], Map<string, DeclaredPort[]>>();
function declaredPorts(selected: readonly Resource[], protocol: string): DeclaredPort[] {
  let byProtocol = declaredCache.get(selected);
  if (!byProtocol) declaredCache.set(selected, (byProtocol = new Map()));
  let ports = byProtocol.get(protocol);
  if (!ports) byProtocol.set(protocol, (ports = collectPorts(selected, protocol)));
  return ports;
}

function collectPorts(selected: readonly Resource[], protocol: string): DeclaredPort[] {
  // each distinct port once, in the order first declared: many copies of one workload declare the same
  const out = new Map<string, DeclaredPort>();
  for (const workload of selected) {
    for (const at of containersOfResource(workload)) {
      // an init container serves only as a sidecar (restartPolicy: Always): the others have exited
      if (at.group === 'initContainers' && at.container.restartPolicy !== 'Always') continue;
      for (const { item } of mappingsOf(at.container.ports)) {
        if (typeof item.containerPort !== 'number' || (text(item, 'protocol') ?? 'TCP') !== protocol) continue;
        const name = text(item, 'name');
        const key = `${item.containerPort}/${name ?? ''}`;
        if (!out.has(key)) out.set(key, name ? { number: item.containerPort, name } : { number: item.containerPort });
      }
    }
  }
  return [...out.values()];
}

/** What a targetPort could have meant: each declared number, or for a name the declared names (numbers of unnamed ports). */
function candidates(declared: readonly DeclaredPort[], byName: boolean): (string | number)[] {
  const values = declared.map((port) => (byName && port.name ? port.name : port.number));
  return [...new Set(values)];
}

/** targetPort's value rewritten to each candidate (a number plain, a name in the quotes it had). */
function replacements(source: string, node: YNode, path: PathSegment[], options: readonly (string | number)[]): Fix[] {
  const at = descend(node, path);
  if (at.depth !== path.length) return [];
  return options.map((value) => {
    const edit = scalarEdit(source, at.node, String(value));
    return suggestedFix(String(value), typeof value === 'number' ? { ...edit, text: String(value) } : edit);
  });
}

/** A targetPort added to the port's mapping, one fix per candidate. */
function additions(source: string, node: YNode, path: PathSegment[], options: readonly (string | number)[]): Fix[] {
  const at = descend(node, path);
  if (at.depth !== path.length || at.node.kind !== 'map') return [];
  return options.map((value) => suggestedFix(String(value), addEntry(source, at.node, 'targetPort', value)));
}

export const serviceTargetPort: ResourceRule = {
  id: 'service-target-port',
  severity: 'warning',
  category: 'cross-document',
  kinds: ['Service'],
  fixes: ['suggestion'],
  messages: {
    number: {
      ko: '이 서비스가 고른 파드의 어느 컨테이너도 containerPort {targetPort|을} 선언하지 않았다(선언한 포트: {declared}). 준비된 파드는 그대로 엔드포인트슬라이스에 올라가지만, 그 포트에서 기다리는 프로세스가 없으면 연결이 거부된다.',
      en: 'No container of the Pods this Service selects declares containerPort {targetPort} (declared: {declared}); the ready Pods are still listed in the Service\'s EndpointSlices, but connections are refused when nothing listens on that port.',
    },
    'number-default': {
      ko: 'targetPort를 적지 않아 port {targetPort|이} 그대로 targetPort가 되지만, 이 서비스가 고른 파드의 어느 컨테이너도 containerPort {targetPort|을} 선언하지 않았다(선언한 포트: {declared}). 준비된 파드는 그대로 엔드포인트슬라이스에 올라가지만, 그 포트에서 기다리는 프로세스가 없으면 연결이 거부된다.',
      en: 'With no targetPort, the port {targetPort} is also the targetPort, but no container of the Pods this Service selects declares containerPort {targetPort} (declared: {declared}); the ready Pods are still listed in the Service\'s EndpointSlices, but connections are refused when nothing listens on that port.',
    },
    name: {
      ko: '이 서비스가 고른 파드의 어느 컨테이너에도 이름이 {targetPort}인 {protocol} 포트가 없다(선언한 포트: {declared}). 이름으로 포트를 찾지 못한 파드는 이 포트의 엔드포인트가 되지 않으므로 연결이 실패한다.',
      en: 'No container of the Pods this Service selects has a {protocol} port named {targetPort} (declared: {declared}); a Pod where the name is missing gets no endpoint for this port, so connections to it fail.',
    },
    'name-undeclared': {
      ko: '이 서비스가 고른 파드의 컨테이너는 포트를 하나도 선언하지 않아 targetPort 이름 {targetPort|을} 찾을 수 없다. 이름으로 포트를 찾지 못한 파드는 이 포트의 엔드포인트가 되지 않으므로 연결이 실패한다.',
      en: 'The containers of the Pods this Service selects declare no ports, so the targetPort name {targetPort} is found nowhere; a Pod where the name is missing gets no endpoint for this port, so connections to it fail.',
    },
  },
  docs: {
    summary: {
      ko: '서비스의 targetPort를 함께 붙여 넣은 파드 템플릿의 컨테이너가 선언했는지 확인한다.',
      en: 'Checks that a Service\'s targetPort is declared by the containers of the Pod templates pasted with it.',
    },
    why: {
      ko: '숫자 targetPort는 파드를 보지 않고 그대로 쓰이므로, 준비된 파드는 엔드포인트슬라이스에 올라가도 그 포트에서 아무도 기다리지 않으면 연결이 거부된다. 이름 targetPort는 파드의 포트 이름으로 찾으며, 이름이 없는 파드는 그 포트의 엔드포인트가 되지 않는다. 어느 쪽도 적용할 때 오류가 나지 않는다.',
      en: 'A numeric targetPort is used as it is, without looking at the Pod: the ready Pods are listed in the EndpointSlices, and connections are refused when nothing listens on that port. A named targetPort is looked up among the Pod\'s port names, and a Pod without the name gets no endpoint for that port. Neither fails when applied.',
    },
    fix: {
      ko: 'targetPort를 컨테이너가 실제로 여는 containerPort(또는 그 포트의 이름)로 바꾸거나, 컨테이너에 그 포트를 선언하자.',
      en: 'Point targetPort at the containerPort the container really listens on (or that port\'s name), or declare the port on the container.',
    },
    bad: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n    targetPort: 8080\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    ports:\n    - containerPort: 80\n',
    good: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n    targetPort: http\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    ports:\n    - name: http\n      containerPort: 80\n',
  },
  check(ctx) {
    const service = ctx.resource;
    const spec = service.value.spec;
    if (!isRecord(spec) || !isRecord(spec.selector) || Object.keys(spec.selector).length === 0) return;
    const selector = spec.selector;
    const selected = workloadsSelectedBy(ctx.resources, service, selector);
    // no Pods selected is service-selector-no-match's to say
    if (selected.length === 0) return;
    for (const { index, item: port } of mappingsOf(spec.ports)) {
      // without a targetPort the Service sends to its port's number
      const written = port.targetPort !== undefined && port.targetPort !== null;
      const target = written ? port.targetPort : port.port;
      // an all-digit string is no port name (service-ports reports it)
      const byName = typeof target === 'string' && !/^[0-9]+$/.test(target);
      if (typeof target !== 'number' && !byName) continue;
      const protocol = text(port, 'protocol') ?? 'TCP';
      const declared = declaredPorts(selected, protocol);
      if (byName ? declared.some((p) => p.name === target) : declared.some((p) => p.number === target)) continue;
      // a container may listen on a port it does not declare: a number is only questioned next to declared ones
      if (!byName && declared.length === 0) continue;
      const options = candidates(declared, byName);
      const path = ['spec', 'ports', index, written ? 'targetPort' : 'port'];
      const fixes = written ? replacements(ctx.text, service.node, path, options) : additions(ctx.text, service.node, path.slice(0, -1), options);
      const messageId = byName ? (declared.length > 0 ? 'name' : 'name-undeclared') : written ? 'number' : 'number-default';
      ctx.report({
        messageId,
        data: { targetPort: String(target), declared: options.join(', '), protocol },
        path, at: 'value', ...(fixes.length > 0 ? { fixes } : {}),
      });
    }
  },
};
