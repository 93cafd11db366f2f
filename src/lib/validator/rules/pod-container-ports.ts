// Container ports as validateContainerPorts, validatePodHostNetworkDeps and checkHostPortConflicts
// check them (pkg/apis/core/validation/validation.go): port numbers 1-65535, IANA service names unique
// in the container, hostPort equal to containerPort under hostNetwork, and no host port taken twice.
import type { ResourceRule, RuleContext } from '../types.ts';
import { isPortName, isPortNumber } from '../api-formats.ts';
import { mappingsOf } from '../pod-spec.ts';
import { containerName, containersOf, podSpecOf, type ContainerAt } from '../workload.ts';
import { display } from '../display.ts';

export const podContainerPorts: ResourceRule = {
  id: 'pod-container-ports',
  severity: 'error',
  category: 'semantics',
  messages: {
    'port-range': {
      ko: '{field} {value|은} 1에서 65535 사이여야 한다.',
      en: '{field} {value} must be between 1 and 65535.',
    },
    'name-format': {
      ko: '포트 이름 {name|은} 15자 이하의 소문자, 숫자, -로 쓰고 글자가 하나 이상 있어야 한다(IANA_SVC_NAME). -로 시작하거나 끝날 수 없고 --도 쓸 수 없다.',
      en: 'The port name {name} must be an IANA_SVC_NAME: at most 15 lower-case letters, digits and -, with at least one letter, no -- and no - at either end.',
    },
    'name-duplicate': {
      ko: '포트 이름 {name|이} 컨테이너 {container} 안에서 중복된다.',
      en: 'The port name {name} is used twice in container {container}.',
    },
    'host-network': {
      ko: 'hostNetwork: true인 파드에서는 hostPort({hostPort})가 containerPort({containerPort})와 같아야 한다.',
      en: 'With hostNetwork: true, hostPort ({hostPort}) must equal containerPort ({containerPort}).',
    },
    'host-port-taken': {
      ko: '호스트 포트 {hostPort}/{protocol|이} 이 파드에서 이미 쓰인다. 같은 노드의 포트를 두 번 열 수 없다.',
      en: 'Host port {hostPort}/{protocol} is already taken in this Pod; a node port cannot be opened twice.',
    },
  },
  docs: {
    summary: { ko: '컨테이너 포트의 번호, 이름, hostPort를 확인한다.', en: 'Checks container port numbers, names and host ports.' },
    why: {
      ko: 'containerPort와 hostPort는 1에서 65535 사이여야 하고, 포트 이름은 서비스의 targetPort가 가리킬 수 있는 IANA 서비스 이름(15자 이하)이어야 한다. hostNetwork 파드는 노드의 포트를 그대로 쓰므로 hostPort가 containerPort와 같아야 하고, 같은 호스트 포트를 두 컨테이너가 열 수 없다.',
      en: 'containerPort and hostPort must be 1-65535, and a port name must be an IANA service name (at most 15 characters) that a Service\'s targetPort can refer to. A hostNetwork Pod uses the node\'s ports as they are, so hostPort must equal containerPort, and two containers cannot open the same host port.',
    },
    fix: {
      ko: '포트 번호를 범위 안으로 고치고, 이름을 짧게(예: http, metrics) 줄이자.',
      en: 'Bring the numbers into range and shorten names (http, metrics).',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    ports:\n    - name: http-web-frontend\n      containerPort: 8080\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    ports:\n    - name: http\n      containerPort: 8080\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    if (!at) return;
    const hostNetwork = at.spec.hostNetwork === true;
    // regular containers run together; init containers one at a time, so each only against itself
    const taken = new Set<string>();
    for (const c of containersOf(at)) {
      checkPorts(ctx, c, hostNetwork, c.group === 'containers' ? taken : new Set());
    }
  },
};

function checkPorts(ctx: RuleContext, c: ContainerAt, hostNetwork: boolean, taken: Set<string>): void {
  const names = new Set<string>();
  for (const { index, item: port } of mappingsOf(c.container.ports)) {
    const path = [...c.path, 'ports', index];
    const { name, containerPort, hostPort } = port;
    if (typeof name === 'string' && name !== '') {
      if (!isPortName(name)) ctx.report({ messageId: 'name-format', data: { name }, path: [...path, 'name'], at: 'value' });
      else if (names.has(name)) ctx.report({ messageId: 'name-duplicate', data: { name, container: containerName(c) }, path: [...path, 'name'], at: 'value' });
      names.add(name);
    }
    for (const [field, value] of [['containerPort', containerPort], ['hostPort', hostPort]] as const) {
      if (typeof value !== 'number' || (field === 'hostPort' && value === 0) || isPortNumber(value)) continue;
      ctx.report({ messageId: 'port-range', data: { field, value }, path: [...path, field], at: 'value' });
    }
    if (typeof hostPort !== 'number' || hostPort === 0) continue;
    if (hostNetwork && c.group === 'containers' && hostPort !== containerPort) {
      ctx.report({ messageId: 'host-network', data: { hostPort, containerPort: display(containerPort ?? '') }, path: [...path, 'hostPort'], at: 'value' });
    }
    const protocol = typeof port.protocol === 'string' ? port.protocol : 'TCP';
    const key = `${protocol}/${typeof port.hostIP === 'string' ? port.hostIP : ''}/${hostPort}`;
    if (taken.has(key)) ctx.report({ messageId: 'host-port-taken', data: { hostPort, protocol }, path: [...path, 'hostPort'], at: 'value' });
    taken.add(key);
  }
}
