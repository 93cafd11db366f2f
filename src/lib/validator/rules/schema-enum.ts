// Values outside a field's closed set (imagePullPolicy, restartPolicy, Service type, ...).
import type { ResourceRule } from '../types.ts';
import { reportFindings } from '../schema/findings.ts';

export const schemaEnum: ResourceRule = {
  id: 'schema-enum',
  severity: 'error',
  category: 'schema',
  fixes: ['safe'],
  needsSchema: true,
  messages: {
    'not-allowed': {
      ko: '{value|는} 허용되지 않는 값이다. 허용되는 값: {allowed}.',
      en: '{value} is not an allowed value; allowed values: {allowed}.',
    },
  },
  docs: {
    summary: { ko: '정해진 값만 받는 필드의 값을 확인한다.', en: 'Checks values of fields that accept a fixed set of values.' },
    why: {
      ko: '`imagePullPolicy`, `restartPolicy`, 서비스의 `type` 같은 필드는 정해진 값만 받고 대소문자를 구분한다. `always`는 `Always`와 다르다.',
      en: 'Fields such as `imagePullPolicy`, `restartPolicy` and a Service\'s `type` accept a fixed, case-sensitive set of values: `always` is not `Always`.',
    },
    fix: { ko: '메시지에 나온 값 중 하나를 그대로 쓰자.', en: 'Use one of the listed values exactly.' },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  restartPolicy: always\n  containers:\n  - name: web\n    image: nginx:1.30\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  restartPolicy: Always\n  containers:\n  - name: web\n    image: nginx:1.30\n',
  },
  check(ctx) {
    reportFindings(ctx, 'enum');
  },
};
