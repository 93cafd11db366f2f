// Long-running containers without readiness or liveness probes: one warning per container naming what
// is missing. A readiness probe decides when a container receives traffic, so it is expected only from
// a container that declares ports; init containers and Jobs (run to completion) are not checked.
// https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-probes
import type { ResourceRule } from '../types.ts';
import { containerName, containersOfResource, LONG_RUNNING_KINDS } from '../workload.ts';

export const probesMissing: ResourceRule = {
  id: 'probes-missing',
  severity: 'warning',
  category: 'best-practice',
  kinds: LONG_RUNNING_KINDS,
  messages: {
    readiness: {
      ko: '컨테이너 {container}에 준비성 프로브(readiness probe)가 없다. 준비되기 전에 트래픽을 받을 수 있다.',
      en: 'Container {container} has no readiness probe; it may receive traffic before it is ready.',
    },
    liveness: {
      ko: '컨테이너 {container}에 활성 프로브(liveness probe)가 없다. 멈춘 프로세스를 kubelet이 재시작하지 못한다.',
      en: 'Container {container} has no liveness probe; the kubelet cannot restart a hung process.',
    },
    both: {
      ko: '컨테이너 {container}에 준비성 프로브(readiness probe)도 활성 프로브(liveness probe)도 없다. 준비되기 전에 트래픽을 받을 수 있고, 멈춘 프로세스를 kubelet이 재시작하지 못한다.',
      en: 'Container {container} has no readiness or liveness probe; it may receive traffic before it is ready, and the kubelet cannot restart a hung process.',
    },
  },
  docs: {
    summary: {
      ko: '준비성 프로브나 활성 프로브가 없는 컨테이너를 찾아 컨테이너마다 무엇이 없는지 알려 준다.',
      en: 'Finds containers without readiness or liveness probes, one warning per container naming what is missing.',
    },
    why: {
      ko: '준비성 프로브가 없으면 시작 중인 파드도 서비스 엔드포인트에 들어가 요청을 실패시킨다. 활성 프로브가 없으면 교착 상태에 빠진 프로세스가 계속 Running으로 남는다. 준비성 프로브는 포트(ports)를 선언한 컨테이너에만 기대한다. 잡(Job)이나 크론잡(CronJob)처럼 끝나는 워크로드와 초기화 컨테이너는 검사하지 않는다.',
      en: 'Without a readiness probe a starting Pod joins the Service endpoints and fails requests; without a liveness probe a deadlocked process stays Running forever. A readiness probe is expected only from a container that declares ports. Run-to-completion workloads (Jobs, CronJobs) and init containers are not checked.',
    },
    fix: {
      ko: 'readinessProbe와 livenessProbe를 추가하자. 활성 프로브는 준비성 프로브보다 느슨하게 잡자.',
      en: 'Add a readinessProbe and a livenessProbe; make the liveness probe more lenient than the readiness probe.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    ports:\n    - containerPort: 80\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    ports:\n    - containerPort: 80\n    readinessProbe:\n      httpGet:\n        path: /\n        port: 80\n    livenessProbe:\n      tcpSocket:\n        port: 80\n      periodSeconds: 20\n',
  },
  check(ctx) {
    for (const at of containersOfResource(ctx.resource, ['containers'])) {
      const { ports, readinessProbe, livenessProbe } = at.container;
      const serves = Array.isArray(ports) && ports.length > 0;
      const noReadiness = serves && readinessProbe == null;
      const noLiveness = livenessProbe == null;
      const messageId = noReadiness && noLiveness ? 'both' : noReadiness ? 'readiness' : noLiveness ? 'liveness' : undefined;
      if (messageId) ctx.report({ messageId, data: { container: containerName(at) }, path: [...at.path, 'name'], at: 'value' });
    }
  },
};
