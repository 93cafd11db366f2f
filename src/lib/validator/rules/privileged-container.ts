// Privileged containers and privilege escalation. https://kubernetes.io/docs/concepts/security/pod-security-standards/
import type { ResourceRule } from '../types.ts';
import { isRecord } from '../resources.ts';
import { containerName, containersOfResource } from '../workload.ts';

export const privilegedContainer: ResourceRule = {
  id: 'privileged-container',
  severity: 'warning',
  category: 'best-practice',
  messages: {
    privileged: {
      ko: '컨테이너 {container|가} privileged로 실행된다. 노드의 모든 장치와 커널 기능에 접근할 수 있다.',
      en: 'Container {container} runs privileged: it can reach every device and kernel capability of the node.',
    },
  },
  docs: {
    summary: { ko: 'privileged 컨테이너를 찾는다.', en: 'Finds privileged containers.' },
    why: {
      ko: 'privileged 컨테이너는 사실상 노드의 root다. 컨테이너 하나가 뚫리면 노드 전체가 뚫린다. Pod Security Standards의 Baseline 정책도 이를 금지한다.',
      en: 'A privileged container is effectively root on the node; compromising it compromises the node. The Baseline Pod Security Standard forbids it.',
    },
    fix: { ko: 'privileged를 빼고 필요한 capability만 securityContext.capabilities.add로 더하자.', en: 'Drop privileged and add only the capabilities you need under securityContext.capabilities.add.' },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    securityContext:\n      privileged: true\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    securityContext:\n      allowPrivilegeEscalation: false\n',
  },
  check(ctx) {
    for (const at of containersOfResource(ctx.resource, ['initContainers', 'containers', 'ephemeralContainers'])) {
      const security = at.container.securityContext;
      if (isRecord(security) && security.privileged === true) {
        ctx.report({ messageId: 'privileged', data: { container: containerName(at) }, path: [...at.path, 'securityContext', 'privileged'], at: 'value' });
      }
    }
  },
};
