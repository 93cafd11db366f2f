// Containers without resource requests and a memory limit, one warning per container naming exactly
// what is missing, with the Pod's QoS class computed like the kubelet does (../qos.ts). When the Pod
// sets resources at Pod level (spec.resources), those decide the class and are what is checked.
// https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
import type { ResourceRule } from '../types.ts';
import { containerName, containersOfResource, podSpecOf } from '../workload.ts';
import { hasPodLevelResources, isPositive, podQosClass, resourcesOf, type Resources } from '../qos.ts';

export const resourcesMissing: ResourceRule = {
  id: 'resources-missing',
  severity: 'warning',
  category: 'best-practice',
  messages: {
    requests: {
      ko: '컨테이너 {container}에 CPU와 메모리 요청(request)도 제한(limit)도 없다. 스케줄러가 자리를 가늠할 수 없고 파드는 BestEffort QoS 클래스가 되어 노드에 압박이 생기면 가장 먼저 축출된다.',
      en: 'Container {container} has no CPU or memory requests or limits; the scheduler cannot size it and the Pod gets the BestEffort QoS class, the first to be evicted under node pressure.',
    },
    missing: {
      ko: '컨테이너 {container}에 {missing|이} 없다. 요청하지 않은 만큼은 스케줄러가 자리를 잡아 주지 않는다. 파드의 QoS 클래스는 {qos}이다.',
      en: 'Container {container} is missing {missing}; the scheduler reserves nothing that is not requested. The Pod\'s QoS class is {qos}.',
    },
    'memory-limit': {
      ko: '컨테이너 {container}에 메모리 제한(limit)이 없다. 메모리가 새면 노드 전체를 압박한다. 파드의 QoS 클래스는 {qos}이다.',
      en: 'Container {container} has no memory limit; a leak puts the whole node under pressure. The Pod\'s QoS class is {qos}.',
    },
    'pod-level': {
      ko: '파드 수준 리소스(spec.resources)에 {missing|이} 없다. 파드 수준 리소스가 있으면 QoS 클래스는 그것으로 정해진다. 파드의 QoS 클래스는 {qos}이다.',
      en: 'The Pod-level resources (spec.resources) are missing {missing}; when set, they decide the QoS class. The Pod\'s QoS class is {qos}.',
    },
  },
  docs: {
    summary: {
      ko: '리소스 요청과 메모리 제한이 없는 컨테이너를 찾고, 무엇이 없는지와 파드의 QoS 클래스를 알려 준다.',
      en: 'Finds containers without resource requests or a memory limit, naming what is missing and the Pod\'s QoS class.',
    },
    why: {
      ko: '요청이 없으면 스케줄러는 그만큼의 자리를 잡아 주지 않고, 요청도 제한도 없는 파드는 BestEffort QoS 클래스가 되어 노드에 압박이 생기면 가장 먼저 축출된다. 제한만 쓰면 요청은 제한과 같은 값이 된다. 메모리 제한이 없으면 한 컨테이너가 노드의 메모리를 다 쓸 수 있다. 모든 컨테이너의 CPU와 메모리 요청이 제한과 같으면 Guaranteed, 그 밖에는 Burstable이다. 파드 수준 리소스(spec.resources)가 있으면 그것이 QoS 클래스를 정한다.',
      en: 'What is not requested is not reserved by the scheduler, and a Pod with no requests or limits at all gets the BestEffort QoS class, the first evicted under node pressure. A limit alone sets the request to the same value. Without a memory limit one container can use all of a node\'s memory. When every container\'s CPU and memory requests equal its limits the Pod is Guaranteed, otherwise Burstable; Pod-level resources (spec.resources), when set, decide the class instead.',
    },
    fix: {
      ko: 'resources.requests에 cpu와 memory를, resources.limits에 memory를 쓰자. Guaranteed가 필요하면 cpu와 memory의 요청과 제한을 같게 쓰자.',
      en: 'Set cpu and memory under resources.requests and memory under resources.limits; for Guaranteed, set requests equal to limits for both cpu and memory.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    resources:\n      requests:\n        memory: 128Mi\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    resources:\n      requests:\n        cpu: 100m\n        memory: 128Mi\n      limits:\n        memory: 256Mi\n',
  },
  check(ctx) {
    const pod = podSpecOf(ctx.resource);
    if (!pod) return;
    const qos = podQosClass(pod.spec);
    if (hasPodLevelResources(pod.spec)) {
      const missing = missingOf(resourcesOf(pod.spec.resources));
      if (missing.length > 0) ctx.report({ messageId: 'pod-level', data: { missing: missing.join(', '), qos }, path: [...pod.path, 'resources'] });
      return;
    }
    for (const at of containersOfResource(ctx.resource, ['containers'])) {
      const resources = resourcesOf(at.container.resources);
      const missing = missingOf(resources);
      if (missing.length === 0) continue;
      const container = containerName(at);
      const nothing = !['cpu', 'memory'].some((name) => isPositive(resources.requests[name]));
      if (nothing && qos === 'BestEffort') ctx.report({ messageId: 'requests', data: { container }, path: [...at.path, 'name'], at: 'value' });
      else if (missing.length === 1 && missing[0] === 'limits.memory') ctx.report({ messageId: 'memory-limit', data: { container, qos }, path: [...at.path, 'resources'] });
      else ctx.report({ messageId: 'missing', data: { container, missing: missing.join(', '), qos }, path: [...at.path, 'name'], at: 'value' });
    }
  },
};

/** The fields a container (or the Pod) lacks, by their names under `resources`. */
function missingOf({ requests, limits }: Resources): string[] {
  const missing: string[] = [];
  if (!isPositive(requests.cpu)) missing.push('requests.cpu');
  if (!isPositive(requests.memory)) missing.push('requests.memory');
  if (!isPositive(limits.memory)) missing.push('limits.memory');
  return missing;
}
