// Containers without resource requests and limits. https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
import type { ResourceRule } from '../types.ts';
import { isRecord } from '../resources.ts';
import { containerName, containersOfResource } from '../workload.ts';

export const resourcesMissing: ResourceRule = {
  id: 'resources-missing',
  severity: 'warning',
  category: 'best-practice',
  messages: {
    requests: {
      ko: '컨테이너 {container}에 CPU와 메모리 요청(request)이 없다. 스케줄러가 자리를 가늠할 수 없고 파드는 BestEffort QoS 클래스가 된다.',
      en: 'Container {container} has no CPU and memory requests; the scheduler cannot size it and the Pod gets the BestEffort QoS class.',
    },
    'memory-limit': {
      ko: '컨테이너 {container}에 메모리 제한(limit)이 없다. 메모리가 새면 노드 전체를 압박한다.',
      en: 'Container {container} has no memory limit; a leak puts the whole node under pressure.',
    },
  },
  docs: {
    summary: { ko: '리소스 요청과 메모리 제한이 없는 컨테이너를 찾는다.', en: 'Finds containers without resource requests or a memory limit.' },
    why: {
      ko: '요청이 없으면 스케줄러는 파드를 아무 노드에나 놓고, 노드에 압박이 생기면 가장 먼저 축출된다. 메모리 제한이 없으면 한 컨테이너가 노드의 메모리를 다 쓸 수 있다.',
      en: 'Without requests the scheduler places the Pod anywhere, and it is the first to be evicted under node pressure; without a memory limit one container can use all of a node\'s memory.',
    },
    fix: { ko: 'resources.requests에 cpu와 memory를, resources.limits에 memory를 쓰자.', en: 'Set cpu and memory under resources.requests and memory under resources.limits.' },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n    resources:\n      requests:\n        cpu: 100m\n        memory: 128Mi\n      limits:\n        memory: 256Mi\n',
  },
  check(ctx) {
    for (const at of containersOfResource(ctx.resource, ['containers'])) {
      const resources = isRecord(at.container.resources) ? at.container.resources : {};
      const requests = isRecord(resources.requests) ? resources.requests : {};
      const limits = isRecord(resources.limits) ? resources.limits : {};
      const container = containerName(at);
      // a limit alone also sets the request to the same value
      const hasRequest = (name: string) => requests[name] !== undefined || limits[name] !== undefined;
      if (!hasRequest('cpu') || !hasRequest('memory')) ctx.report({ messageId: 'requests', data: { container }, path: [...at.path, 'name'], at: 'value' });
      else if (limits.memory === undefined) ctx.report({ messageId: 'memory-limit', data: { container }, path: [...at.path, 'resources'] });
    }
  },
};
