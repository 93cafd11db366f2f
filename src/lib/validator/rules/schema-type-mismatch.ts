// A value of the wrong type for its field, as the API server's JSON decoding sees it.
import type { ResourceRule } from '../types.ts';
import { reportFindings } from '../schema/findings.ts';

export const schemaTypeMismatch: ResourceRule = {
  id: 'schema-type-mismatch',
  severity: 'error',
  category: 'schema',
  fixes: ['safe'],
  needsSchema: true,
  messages: {
    mismatch: {
      ko: '이 필드에는 {expectedKo} 값이 와야 하는데 {actualKo} 값이 있다.',
      en: 'This field expects {expected}, but the value is {actual}.',
    },
    'needs-quotes': {
      ko: '이 필드는 문자열이어야 한다. YAML은 따옴표 없는 {source|을} {actualKo|으로} 읽으므로 "{source}"처럼 따옴표로 감싸자.',
      en: 'This field takes a string. YAML reads the unquoted {source} as {actual}, so put it in quotes: "{source}".',
    },
    'remove-quotes': {
      ko: '이 필드에는 {expectedKo} 값이 와야 하는데 따옴표 때문에 문자열이 되었다. 따옴표를 빼자.',
      en: 'This field expects {expected}, but the quotes make the value a string; remove them.',
    },
  },
  docs: {
    summary: { ko: '필드 값의 타입이 스키마와 맞는지 확인한다.', en: 'Checks that each value has the type its field expects.' },
    why: {
      ko: 'YAML은 따옴표 없는 `123`, `true`, `yes`를 숫자와 불리언으로 읽는다. 문자열 필드(env의 value, 컨피그맵의 data)에 이런 값을 쓰면 kubectl이 "cannot unmarshal number into Go struct field" 오류를 낸다. 반대로 `replicas: "2"`처럼 숫자 필드에 문자열을 써도 거부된다.',
      en: 'YAML reads unquoted `123`, `true` and `yes` as numbers and booleans. In a string field (an env value, ConfigMap data) kubectl fails with "cannot unmarshal number into Go struct field"; a string in a number field such as `replicas: "2"` is rejected as well.',
    },
    fix: {
      ko: '문자열 필드의 값은 따옴표로 감싸고(`"8080"`), 숫자 필드의 값에서는 따옴표를 빼자.',
      en: 'Quote values of string fields (`"8080"`) and remove the quotes from values of number fields.',
    },
    bad: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  port: 8080\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  port: "8080"\n',
  },
  check(ctx) {
    reportFindings(ctx, 'type');
  },
};
