// Container names must be unique across containers and initContainers of one Pod.
import type { ResourceRule } from '../types.ts';
import { containersOfResource } from '../workload.ts';

export const duplicateContainerName: ResourceRule = {
  id: 'duplicate-container-name',
  severity: 'error',
  category: 'semantics',
  messages: {
    duplicate: {
      ko: '컨테이너 이름 {name|이} 이 파드 안에서 중복된다.',
      en: 'The container name {name} is used more than once in this Pod.',
    },
  },
  docs: {
    summary: { ko: '한 파드 안에서 같은 컨테이너 이름을 찾는다.', en: 'Finds container names used twice in one Pod.' },
    why: {
      ko: '컨테이너 이름은 `kubectl logs -c`, 상태 보고, 재시작 기록의 기준이다. 초기화 컨테이너를 포함해 파드 안에서 같은 이름은 거부된다.',
      en: 'Container names identify containers in `kubectl logs -c`, status and restarts; a name repeated in one Pod, init containers included, is rejected.',
    },
    fix: { ko: '각 컨테이너에 다른 이름을 주자.', en: 'Give every container its own name.' },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: app\n    image: nginx:1.30\n  - name: app\n    image: busybox:1.36\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: app\n    image: nginx:1.30\n  - name: log-shipper\n    image: busybox:1.36\n',
  },
  check(ctx) {
    const seen = new Set<string>();
    for (const at of containersOfResource(ctx.resource, ['initContainers', 'containers', 'ephemeralContainers'])) {
      const name = at.container.name;
      if (typeof name !== 'string') continue;
      if (seen.has(name)) ctx.report({ messageId: 'duplicate', data: { name }, path: [...at.path, 'name'], at: 'value' });
      seen.add(name);
    }
  },
};
