// A key written twice in one mapping. The API server's strict decoding rejects it ("duplicate field"),
// and lenient readers silently keep the last one, which hides the first value.
import type { DocumentRule } from '../types.ts';

export const duplicateKey: DocumentRule = {
  id: 'duplicate-key',
  scope: 'document',
  severity: 'error',
  category: 'syntax',
  messages: {
    duplicate: {
      ko: '키 {key}가 같은 매핑 안에 두 번 나온다. 하나만 남기자.',
      en: 'The key {key} appears twice in the same mapping; keep only one.',
    },
  },
  docs: {
    summary: { ko: '같은 매핑 안에서 중복된 키를 찾는다.', en: 'Finds keys written twice in one mapping.' },
    why: {
      ko: '`kubectl apply`는 중복 필드가 있는 매니페스트를 거부하고, 관대한 도구는 마지막 값만 조용히 남긴다. 어느 쪽이든 의도한 값이 아닐 수 있다.',
      en: '`kubectl apply` rejects a manifest with a duplicated field, and lenient tools silently keep the last value; either way the result may not be what you meant.',
    },
    fix: { ko: '두 값을 합치거나 하나를 지우자.', en: 'Merge the two values or delete one of them.' },
    bad: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  mode: fast\n  mode: safe\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  mode: safe\n',
  },
  check(ctx) {
    for (const problem of ctx.document.problems) {
      if (problem.code !== 'duplicate-key') continue;
      ctx.report({ messageId: problem.messageId, data: problem.data, start: problem.start, end: problem.end });
    }
  },
};
