// The Pods of a Deployment, ReplicaSet, StatefulSet, DaemonSet or ReplicationController are kept
// running by their controller: the template must use restartPolicy Always and cannot set
// activeDeadlineSeconds (ValidatePodTemplateSpecForReplicaSet, ValidateStatefulSetSpec and
// ValidateDaemonSetSpec in pkg/apis/apps/validation, ValidatePodTemplateSpecForRC in pkg/apis/core/validation).
// Jobs are job-restart-policy's. https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy
import type { ResourceRule } from '../types.ts';
import { podSpecOf } from '../workload.ts';

export const podTemplateRestartPolicy: ResourceRule = {
  id: 'pod-template-restart-policy',
  severity: 'error',
  category: 'semantics',
  kinds: ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController'],
  messages: {
    policy: {
      ko: '{kind}의 파드 템플릿에는 restartPolicy: Always만 쓸 수 있다({value|는} 거부된다).',
      en: 'A {kind}\'s Pod template only accepts restartPolicy: Always ({value} is rejected).',
    },
    deadline: {
      ko: '{kind}의 파드 템플릿에는 activeDeadlineSeconds를 쓸 수 없다. 컨트롤러가 파드를 계속 실행하기 때문이다.',
      en: 'A {kind}\'s Pod template cannot set activeDeadlineSeconds: its controller keeps the Pods running.',
    },
  },
  docs: {
    summary: {
      ko: '계속 실행되는 워크로드의 파드 템플릿에 restartPolicy: Always가 아닌 값이나 activeDeadlineSeconds가 있는지 확인한다.',
      en: 'Checks that the Pod template of a long-running workload keeps restartPolicy: Always and sets no activeDeadlineSeconds.',
    },
    why: {
      ko: '디플로이먼트, 레플리카셋, 스테이트풀셋, 데몬셋, 레플리케이션컨트롤러는 파드를 계속 실행하려고 만든다. 그래서 API 서버는 이들의 파드 템플릿에서 OnFailure나 Never를 "Unsupported value"로, activeDeadlineSeconds를 "not Supported"로 거부한다. 끝나는 작업에는 잡(Job)을 쓴다.',
      en: 'Deployments, ReplicaSets, StatefulSets, DaemonSets and ReplicationControllers exist to keep Pods running, so the API server rejects OnFailure or Never in their Pod template ("Unsupported value") and activeDeadlineSeconds ("not Supported"). Work that finishes belongs in a Job.',
    },
    fix: {
      ko: 'restartPolicy와 activeDeadlineSeconds를 지우거나, 끝나는 작업이라면 잡으로 바꾸자.',
      en: 'Remove restartPolicy and activeDeadlineSeconds, or make it a Job if the work finishes.',
    },
    bad: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      restartPolicy: OnFailure\n      containers:\n      - name: web\n        image: nginx:1.30\n',
    good: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      restartPolicy: Always\n      containers:\n      - name: web\n        image: nginx:1.30\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    if (!at) return;
    const { kind } = ctx.resource;
    const policy = at.spec.restartPolicy;
    if (typeof policy === 'string' && policy !== 'Always') ctx.report({ messageId: 'policy', data: { kind, value: policy }, path: [...at.path, 'restartPolicy'], at: 'value' });
    const deadline = at.spec.activeDeadlineSeconds;
    if (deadline !== undefined && deadline !== null) ctx.report({ messageId: 'deadline', data: { kind }, path: [...at.path, 'activeDeadlineSeconds'] });
  },
};
