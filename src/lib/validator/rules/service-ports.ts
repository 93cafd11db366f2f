// Service port numbers and names. https://kubernetes.io/docs/concepts/services-networking/service/
import type { ResourceRule } from '../types.ts';
import { isRecord } from '../resources.ts';

/** The API server's default --service-node-port-range. */
const NODE_PORT_MIN = 30000;
const NODE_PORT_MAX = 32767;
const PORT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export const servicePorts: ResourceRule = {
  id: 'service-ports',
  severity: 'error',
  category: 'semantics',
  kinds: ['Service'],
  messages: {
    'port-range': {
      ko: '포트 {port|은} 1에서 65535 사이여야 한다.',
      en: 'Port {port} must be between 1 and 65535.',
    },
    'node-port-range': {
      ko: 'nodePort {port|은} 기본 노드 포트 범위 30000-32767 밖이다.',
      en: 'nodePort {port} is outside the default node port range 30000-32767.',
    },
    'node-port-type': {
      ko: 'nodePort는 type이 NodePort 또는 LoadBalancer인 서비스에서만 쓸 수 있다(지금은 {type}).',
      en: 'nodePort is only allowed when the Service type is NodePort or LoadBalancer (it is {type}).',
    },
    'name-required': {
      ko: '포트가 둘 이상이면 모든 포트에 name이 필요하다.',
      en: 'When a Service has more than one port, every port needs a name.',
    },
    'duplicate-name': {
      ko: '포트 이름 {name|이} 중복된다.',
      en: 'The port name {name} is used twice.',
    },
    'target-port-name': {
      ko: 'targetPort 이름 {name|은} 15자 이하의 소문자, 숫자, -여야 하고 글자를 하나 이상 포함해야 한다.',
      en: 'The targetPort name {name} must be at most 15 lower-case letters, digits or -, with at least one letter.',
    },
  },
  docs: {
    summary: { ko: '서비스 포트 번호, nodePort 범위, 포트 이름을 확인한다.', en: 'Checks Service port numbers, the nodePort range and port names.' },
    why: {
      ko: 'port와 targetPort는 1-65535여야 하고, nodePort는 클러스터의 노드 포트 범위(기본 30000-32767) 안에 있어야 한다. 포트가 여러 개면 이름이 필요하다.',
      en: 'port and targetPort must be 1-65535, and nodePort must fall within the cluster\'s node port range (30000-32767 by default). Several ports need names.',
    },
    fix: { ko: 'nodePort는 비워 두면 자동으로 할당된다.', en: 'Leave nodePort out to get one assigned automatically.' },
    bad: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n  selector:\n    app: web\n  ports:\n  - port: 80\n    targetPort: 8080\n    nodePort: 8080\n',
    good: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n  selector:\n    app: web\n  ports:\n  - port: 80\n    targetPort: 8080\n    nodePort: 30080\n',
  },
  check(ctx) {
    const spec = ctx.resource.value.spec;
    if (!isRecord(spec) || !Array.isArray(spec.ports)) return;
    const type = typeof spec.type === 'string' ? spec.type : 'ClusterIP';
    const names = new Set<string>();
    spec.ports.forEach((port, i) => {
      if (!isRecord(port)) return;
      const path = ['spec', 'ports', i];
      for (const field of ['port', 'targetPort']) {
        const value = port[field];
        if (typeof value === 'number' && (value < 1 || value > 65535)) {
          ctx.report({ messageId: 'port-range', data: { port: value }, path: [...path, field], at: 'value' });
        }
      }
      const target = port.targetPort;
      if (typeof target === 'string' && !/^[0-9]+$/.test(target) && (target.length > 15 || !PORT_NAME.test(target) || !/[a-z]/.test(target))) {
        ctx.report({ messageId: 'target-port-name', data: { name: target }, path: [...path, 'targetPort'], at: 'value' });
      }
      const nodePort = port.nodePort;
      if (typeof nodePort === 'number' && nodePort !== 0) {
        if (type !== 'NodePort' && type !== 'LoadBalancer') {
          ctx.report({ messageId: 'node-port-type', data: { type }, path: [...path, 'nodePort'] });
        } else if (nodePort < NODE_PORT_MIN || nodePort > NODE_PORT_MAX) {
          ctx.report({ messageId: 'node-port-range', data: { port: nodePort }, path: [...path, 'nodePort'], at: 'value' });
        }
      }
      if (typeof port.name === 'string' && port.name !== '') {
        if (names.has(port.name)) ctx.report({ messageId: 'duplicate-name', data: { name: port.name }, path: [...path, 'name'], at: 'value' });
        names.add(port.name);
      } else if ((spec.ports as unknown[]).length > 1) {
        ctx.report({ messageId: 'name-required', path: [...path, 'name'] });
      }
    });
  },
};
