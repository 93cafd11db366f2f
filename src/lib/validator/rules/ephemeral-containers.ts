// Ephemeral containers are added to a running Pod through its ephemeralcontainers subresource
// (kubectl debug), never written in a manifest: ValidatePodCreate forbids spec.ephemeralContainers
// ("cannot be set on create") and ValidatePodTemplateSpec forbids them in every Pod template
// ("ephemeral containers not allowed in pod template"), pkg/apis/core/validation/validation.go.
// https://kubernetes.io/docs/concepts/workloads/pods/ephemeral-containers/
import type { ResourceRule } from '../types.ts';
import { podSpecOf, WORKLOAD_KINDS } from '../workload.ts';

export const ephemeralContainers: ResourceRule = {
  id: 'ephemeral-containers',
  severity: 'error',
  category: 'semantics',
  kinds: WORKLOAD_KINDS,
  messages: {
    pod: {
      ko: '파드를 만들 때는 spec.ephemeralContainers를 쓸 수 없고 API 서버가 거부한다. 임시 컨테이너는 실행 중인 파드에 `kubectl debug`로만 추가한다(ephemeralcontainers 하위 리소스).',
      en: 'spec.ephemeralContainers cannot be set when a Pod is created; the API server rejects it. Ephemeral containers are only added to a running Pod, with `kubectl debug` (the ephemeralcontainers subresource).',
    },
    template: {
      ko: '파드 템플릿에는 임시 컨테이너를 쓸 수 없어 API 서버가 이 {kind|을} 거부한다. 디버깅할 때는 실행 중인 파드에 `kubectl debug`로 추가하자.',
      en: 'Ephemeral containers are not allowed in a Pod template, so the API server rejects this {kind}. To debug, add one to a running Pod with `kubectl debug`.',
    },
  },
  docs: {
    summary: { ko: '매니페스트에 임시 컨테이너(ephemeralContainers)가 있는지 확인한다.', en: 'Checks that no manifest declares ephemeral containers.' },
    why: {
      ko: '임시 컨테이너는 이미 실행 중인 파드를 디버깅하려고 잠시 붙이는 컨테이너다. 파드를 만들 때나 디플로이먼트 같은 워크로드의 파드 템플릿에 쓰면 API 서버가 거부한다. 파드의 ephemeralcontainers 하위 리소스로만 추가할 수 있고, `kubectl debug`가 그 일을 한다.',
      en: 'An ephemeral container is attached for a while to a Pod that is already running, to debug it. Written into a Pod being created, or into the Pod template of a workload such as a Deployment, it is rejected by the API server. It can only be added through the Pod\'s ephemeralcontainers subresource, which is what `kubectl debug` does.',
    },
    fix: {
      ko: 'ephemeralContainers를 지우고, 파드가 실행된 뒤 `kubectl debug -it 파드이름 --image=busybox:1.36 --target=컨테이너이름`으로 붙이자.',
      en: 'Remove ephemeralContainers; once the Pod runs, attach one with `kubectl debug -it POD --image=busybox:1.36 --target=CONTAINER`.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n  ephemeralContainers:\n  - name: debugger\n    image: busybox:1.36\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    const list = at?.spec.ephemeralContainers;
    if (!at || !Array.isArray(list) || list.length === 0) return;
    const { kind } = ctx.resource;
    ctx.report({ messageId: kind === 'Pod' ? 'pod' : 'template', data: { kind }, path: [...at.path, 'ephemeralContainers'] });
  },
};
