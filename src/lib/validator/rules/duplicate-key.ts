// A key written twice in one mapping. kubectl converts YAML to JSON with sigs.k8s.io/yaml's lenient
// YAMLToJSON (go-yaml v2 without UnmarshalStrict), which keeps the last value and drops the first
// without a word, so the API server never sees the repetition. Only YAML sent to the API server as it
// is meets the strict decoder ("duplicate field"). Either way one of the two values is lost.
import type { DocumentRule } from '../types.ts';

export const duplicateKey: DocumentRule = {
  id: 'duplicate-key',
  scope: 'document',
  severity: 'error',
  category: 'syntax',
  messages: {
    duplicate: {
      ko: '키 {key|가} 같은 매핑 안에 두 번 나온다. kubectl은 마지막 값만 남기고 앞의 값은 말없이 버린다. 하나만 남기자.',
      en: 'The key {key} appears twice in the same mapping; kubectl keeps the last value and silently drops the earlier one. Keep only one.',
    },
  },
  docs: {
    summary: { ko: '같은 매핑 안에서 중복된 키를 찾는다.', en: 'Finds keys written twice in one mapping.' },
    why: {
      ko: '`kubectl apply`는 YAML을 JSON으로 바꾸면서 마지막 값만 남기므로 오류 없이 적용되지만, 앞에 쓴 값은 클러스터에 닿지 않는다. YAML을 그대로 API 서버에 보내면 엄격한 필드 검증이 "duplicate field"로 거부한다. 어느 쪽이든 값 하나가 사라진다.',
      en: '`kubectl apply` converts YAML to JSON keeping only the last value, so it applies without an error, but the value written first never reaches the cluster. YAML sent to the API server as it is meets strict field validation, which refuses it ("duplicate field"). Either way one value is lost.',
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
