// Pods sharing the node's network, PID or IPC namespace. https://kubernetes.io/docs/concepts/security/pod-security-standards/
import type { ResourceRule } from '../types.ts';
import { podSpecOf } from '../workload.ts';

const FIELDS = ['hostNetwork', 'hostPID', 'hostIPC'];

export const hostNamespaces: ResourceRule = {
  id: 'host-namespaces',
  severity: 'warning',
  category: 'best-practice',
  messages: {
    shared: {
      ko: '{field}: true로 파드가 노드의 네임스페이스를 공유한다. 노드의 네트워크나 프로세스가 파드에 그대로 보인다.',
      en: '{field}: true makes the Pod share the node\'s namespace; the node\'s network or processes become visible to it.',
    },
  },
  docs: {
    summary: { ko: 'hostNetwork, hostPID, hostIPC를 쓰는 파드를 찾는다.', en: 'Finds Pods using hostNetwork, hostPID or hostIPC.' },
    why: {
      ko: '호스트 네임스페이스를 공유하면 파드 격리가 사라진다. hostNetwork 파드는 노드의 포트를 직접 차지하고, hostPID 파드는 노드의 모든 프로세스를 본다. Baseline 정책이 금지한다.',
      en: 'Sharing host namespaces removes Pod isolation: a hostNetwork Pod takes the node\'s ports directly and a hostPID Pod sees every process on the node. The Baseline policy forbids them.',
    },
    fix: { ko: '정말 필요한 시스템 에이전트가 아니라면 빼자.', en: 'Remove them unless this is a system agent that truly needs them.' },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostNetwork: true\n  containers:\n  - name: web\n    image: nginx:1.30\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    if (!at) return;
    for (const field of FIELDS) {
      if (at.spec[field] === true) ctx.report({ messageId: 'shared', data: { field }, path: [...at.path, field] });
    }
  },
};
