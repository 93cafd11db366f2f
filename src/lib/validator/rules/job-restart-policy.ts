// Pods of a Job (and a CronJob's Jobs) must say restartPolicy OnFailure or Never; the Pod default,
// Always, is rejected. https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-template
import type { ResourceRule } from '../types.ts';
import { podSpecOf } from '../workload.ts';

export const jobRestartPolicy: ResourceRule = {
  id: 'job-restart-policy',
  severity: 'error',
  category: 'semantics',
  kinds: ['Job', 'CronJob'],
  messages: {
    missing: {
      ko: '잡(Job)의 파드 템플릿에는 restartPolicy: OnFailure 또는 Never가 필요하다. 파드의 기본값 Always는 거부된다.',
      en: 'A Job\'s Pod template needs restartPolicy: OnFailure or Never; the Pod default, Always, is rejected.',
    },
    always: {
      ko: '잡(Job)의 파드에는 restartPolicy: Always를 쓸 수 없다. OnFailure 또는 Never를 쓰자.',
      en: 'A Job\'s Pods cannot use restartPolicy: Always; use OnFailure or Never.',
    },
  },
  docs: {
    summary: { ko: '잡과 크론잡의 파드 템플릿에 알맞은 restartPolicy가 있는지 확인한다.', en: 'Checks that Job and CronJob Pod templates set a valid restartPolicy.' },
    why: {
      ko: '잡은 끝나는 작업을 위한 것이라서 파드가 계속 재시작되는 Always를 허용하지 않는다. restartPolicy를 빼면 기본값 Always가 되어 "Unsupported value" 오류로 거부된다.',
      en: 'A Job is for work that finishes, so it does not allow Always, which restarts Pods forever. Leaving restartPolicy out means the default Always, rejected with "Unsupported value".',
    },
    fix: {
      ko: '실패한 컨테이너를 같은 파드에서 다시 돌리려면 OnFailure, 새 파드로 다시 시도하려면 Never를 쓰자.',
      en: 'Use OnFailure to retry the container in the same Pod, or Never to retry with a new Pod.',
    },
    bad: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n  template:\n    spec:\n      containers:\n      - name: migrate\n        image: busybox:1.36\n',
    good: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: migrate\n        image: busybox:1.36\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    if (!at) return;
    const policy = at.spec.restartPolicy;
    if (policy === undefined || policy === null) ctx.report({ messageId: 'missing', path: [...at.path, 'restartPolicy'] });
    else if (policy === 'Always') ctx.report({ messageId: 'always', path: [...at.path, 'restartPolicy'], at: 'value' });
  },
};
