// Containers that may run as root. https://kubernetes.io/docs/concepts/security/pod-security-standards/ (Restricted)
import type { ResourceRule } from '../types.ts';
import { isRecord } from '../resources.ts';
import { containerName, containersOf, podSpecOf } from '../workload.ts';

export const runAsNonRoot: ResourceRule = {
  id: 'run-as-non-root',
  severity: 'warning',
  category: 'best-practice',
  messages: {
    missing: {
      ko: '컨테이너 {container|가} root로 실행될 수 있다. securityContext.runAsNonRoot: true를 쓰자.',
      en: 'Container {container} may run as root; set securityContext.runAsNonRoot: true.',
    },
  },
  docs: {
    summary: { ko: 'root로 실행될 수 있는 컨테이너를 찾는다.', en: 'Finds containers that may run as root.' },
    why: {
      ko: '많은 이미지가 기본으로 root 사용자로 실행된다. runAsNonRoot: true면 kubelet이 root로 시작하려는 컨테이너를 막는다. Restricted 정책이 요구한다.',
      en: 'Many images run as root by default; with runAsNonRoot: true the kubelet refuses to start such a container. The Restricted policy requires it.',
    },
    fix: {
      ko: '파드 또는 컨테이너의 securityContext에 runAsNonRoot: true(필요하면 runAsUser)를 쓰자.',
      en: 'Set runAsNonRoot: true (and runAsUser if needed) in the Pod or container securityContext.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    runAsNonRoot: true\n    runAsUser: 101\n  containers:\n  - name: web\n    image: nginx:1.30\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    if (!at) return;
    const podLevel = isRecord(at.spec.securityContext) ? at.spec.securityContext : {};
    for (const container of containersOf(at, ['initContainers', 'containers'])) {
      const own = isRecord(container.container.securityContext) ? container.container.securityContext : {};
      // the container's setting wins over the Pod's
      const nonRoot = own.runAsNonRoot ?? podLevel.runAsNonRoot;
      const uid = own.runAsUser ?? podLevel.runAsUser;
      if (nonRoot === true || (typeof uid === 'number' && uid > 0)) continue;
      ctx.report({ messageId: 'missing', data: { container: containerName(container) }, path: [...container.path, 'name'], at: 'value' });
    }
  },
};
