// A container's request may not exceed its limit for the same resource.
import type { ResourceRule } from '../types.ts';
import { isRecord } from '../resources.ts';
import { quantityValue } from '../schema/formats.ts';
import { containerName, containersOfResource } from '../workload.ts';
import { display } from '../display.ts';

export const requestsExceedLimits: ResourceRule = {
  id: 'requests-exceed-limits',
  severity: 'error',
  category: 'semantics',
  messages: {
    exceeds: {
      ko: '컨테이너 {container}의 {resource} 요청(request) {request|이} 제한(limit) {limit}보다 크다.',
      en: 'Container {container} requests more {resource} ({request}) than its limit ({limit}).',
    },
  },
  docs: {
    summary: { ko: '요청(request)이 제한(limit)보다 큰지 확인한다.', en: 'Checks that requests do not exceed limits.' },
    why: {
      ko: '요청은 스케줄러가 자리를 잡는 기준이고 제한은 넘을 수 없는 상한이다. 요청이 제한보다 크면 API 서버가 "must be less than or equal to ... limit" 오류로 거부한다. 단위 실수(`512Mi`와 `1G`의 혼동)가 흔한 원인이다.',
      en: 'A request is what the scheduler reserves and a limit is a ceiling; a request above the limit is rejected with "must be less than or equal to ... limit". Unit slips (`512Mi` versus `1G`) are a common cause.',
    },
    fix: { ko: '요청을 제한 이하로 낮추거나 제한을 올리자.', en: 'Lower the request or raise the limit.' },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    resources:\n      requests:\n        memory: 1Gi\n      limits:\n        memory: 512Mi\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    resources:\n      requests:\n        memory: 256Mi\n      limits:\n        memory: 512Mi\n',
  },
  check(ctx) {
    for (const at of containersOfResource(ctx.resource)) {
      const resources = at.container.resources;
      if (!isRecord(resources) || !isRecord(resources.requests) || !isRecord(resources.limits)) continue;
      for (const [name, request] of Object.entries(resources.requests)) {
        const limit = resources.limits[name];
        const r = quantityValue(request);
        const l = quantityValue(limit);
        if (r === undefined || l === undefined || r <= l) continue;
        ctx.report({
          messageId: 'exceeds',
          data: { container: containerName(at), resource: name, request: display(request), limit: display(limit) },
          path: [...at.path, 'resources', 'requests', name], at: 'value',
        });
      }
    }
  },
};
