// A probe needs exactly one handler: exec, httpGet, tcpSocket or grpc.
import type { ResourceRule } from '../types.ts';
import { isRecord } from '../resources.ts';
import { containersOfResource } from '../workload.ts';

const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];

export const probeHandler: ResourceRule = {
  id: 'probe-handler',
  severity: 'error',
  category: 'semantics',
  messages: {
    none: {
      ko: '{probe}에 검사 방법이 없다. exec, httpGet, tcpSocket, grpc 중 하나를 쓰자.',
      en: '{probe} has no handler; give it one of exec, httpGet, tcpSocket or grpc.',
    },
    several: {
      ko: '{probe}에 검사 방법이 여러 개({handlers}) 있다. 하나만 쓸 수 있다.',
      en: '{probe} has more than one handler ({handlers}); only one is allowed.',
    },
  },
  docs: {
    summary: { ko: '프로브에 검사 방법이 정확히 하나 있는지 확인한다.', en: 'Checks that each probe has exactly one handler.' },
    why: {
      ko: '프로브는 exec, httpGet, tcpSocket, grpc 중 정확히 하나로 컨테이너를 검사한다. 없거나 둘 이상이면 API 서버가 "must specify a handler type" 또는 "may not specify more than 1 handler type" 오류로 거부한다.',
      en: 'A probe checks the container with exactly one of exec, httpGet, tcpSocket or grpc; none or several is rejected with "must specify a handler type" or "may not specify more than 1 handler type".',
    },
    fix: { ko: '검사 방법 하나만 남기자. 들여쓰기 실수로 handler가 프로브 밖에 있지 않은지도 보자.', en: 'Keep exactly one handler, and check that indentation did not move it out of the probe.' },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    readinessProbe:\n      periodSeconds: 5\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    readinessProbe:\n      httpGet:\n        path: /healthz\n        port: 80\n      periodSeconds: 5\n',
  },
  check(ctx) {
    for (const at of containersOfResource(ctx.resource)) {
      for (const probe of PROBES) {
        const value = at.container[probe];
        if (!isRecord(value)) continue;
        const handlers = HANDLERS.filter((h) => value[h] !== undefined && value[h] !== null);
        if (handlers.length === 1) continue;
        ctx.report({
          messageId: handlers.length === 0 ? 'none' : 'several',
          data: handlers.length === 0 ? { probe } : { probe, handlers: handlers.join(', ') },
          path: [...at.path, probe],
        });
      }
    }
  },
};
