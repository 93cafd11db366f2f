// resource.Quantity strings: `64Mi`, `500m`, `1.5`, `1e3`; not `64MB` or `500mi`.
// https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/
import type { ResourceRule } from '../types.ts';
import { reportFindings } from '../schema/findings.ts';

export const quantityFormat: ResourceRule = {
  id: 'quantity-format',
  severity: 'error',
  category: 'schema',
  needsSchema: true,
  messages: {
    invalid: {
      ko: '{value|는} 올바른 수량(quantity)이 아니다. 예: 64Mi, 1Gi, 500m, 0.5.',
      en: '{value} is not a valid quantity; examples: 64Mi, 1Gi, 500m, 0.5.',
    },
    'invalid-cpu-suggest': {
      ko: '{value|는} 올바른 수량(quantity)이 아니다. CPU는 코어 수(0.5) 또는 밀리코어({suggestion})로 쓴다.',
      en: '{value} is not a valid quantity; CPU is written in cores (0.5) or millicores ({suggestion}).',
    },
    'invalid-suggest': {
      ko: '{value|는} 올바른 수량(quantity)이 아니다. 이진 단위는 {suggestion}처럼 대문자와 i로 쓴다.',
      en: '{value} is not a valid quantity; binary units are written like {suggestion}.',
    },
  },
  docs: {
    summary: { ko: 'CPU와 메모리 같은 수량 값의 형식을 확인한다.', en: 'Checks the format of quantities such as CPU and memory.' },
    why: {
      ko: '수량은 `Ki, Mi, Gi`(2의 거듭제곱) 또는 `k, M, G`(10의 거듭제곱), 밀리 단위 `m`만 쓴다. `64MB`는 거부되고, `500mi`처럼 소문자 m으로 시작하면 메모리가 아니라 "밀리"로 읽혀 거부된다.',
      en: 'Quantities use `Ki, Mi, Gi` (powers of two), `k, M, G` (powers of ten) or `m` (milli). `64MB` is rejected, and `500mi` starts with a lower-case m, which means milli, so it is rejected too.',
    },
    fix: { ko: '메모리는 `64Mi`, `1Gi`처럼, CPU는 `500m`, `1`처럼 쓰자.', en: 'Write memory as `64Mi` or `1Gi` and CPU as `500m` or `1`.' },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    resources:\n      limits:\n        memory: 64MB\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    resources:\n      limits:\n        memory: 64Mi\n',
  },
  check(ctx) {
    reportFindings(ctx, 'quantity');
  },
};
