// Fields the API marks as required.
import type { ResourceRule } from '../types.ts';
import { reportFindings } from '../schema/findings.ts';

export const schemaRequiredField: ResourceRule = {
  id: 'schema-required-field',
  severity: 'error',
  category: 'schema',
  needsSchema: true,
  messages: {
    missing: {
      ko: '필수 필드 {field|가} 없다.',
      en: 'The required field {field} is missing.',
    },
  },
  docs: {
    summary: { ko: '필수 필드가 빠졌는지 확인한다.', en: 'Checks that required fields are present.' },
    why: {
      ko: '컨테이너의 name, 파드의 containers처럼 API가 필수로 정한 필드가 없으면 API 서버가 오브젝트를 거부한다.',
      en: 'When a field the API requires is missing, such as a container\'s name or a Pod\'s containers, the API server rejects the object.',
    },
    fix: { ko: '메시지가 가리키는 위치에 필드를 추가하자.', en: 'Add the field where the message points.' },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - image: nginx:1.30\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n',
  },
  check(ctx) {
    reportFindings(ctx, 'required');
  },
};
