// metav1.Time fields take RFC 3339 timestamps.
import type { ResourceRule } from '../types.ts';
import { reportFindings } from '../schema/findings.ts';

export const dateTimeFormat: ResourceRule = {
  id: 'date-time-format',
  severity: 'error',
  category: 'schema',
  needsSchema: true,
  messages: {
    invalid: {
      ko: '{value|는} RFC 3339 시각 형식이 아니다. 예: 2025-01-31T09:00:00Z.',
      en: '{value} is not an RFC 3339 timestamp; example: 2025-01-31T09:00:00Z.',
    },
  },
  docs: {
    summary: { ko: '시각 필드가 RFC 3339 형식인지 확인한다.', en: 'Checks that timestamp fields use RFC 3339.' },
    why: {
      ko: '시각 필드는 날짜, 시간, 시간대를 모두 갖춘 RFC 3339 문자열만 받는다. 날짜만 쓰거나 시간대를 빼면 거부된다.',
      en: 'Timestamp fields accept only RFC 3339 strings with date, time and time zone; a bare date or a missing zone is rejected.',
    },
    fix: { ko: '`2025-01-31T09:00:00Z`처럼 쓰자.', en: 'Write it like `2025-01-31T09:00:00Z`.' },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  creationTimestamp: 2025-01-31\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  creationTimestamp: "2025-01-31T09:00:00Z"\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n',
  },
  check(ctx) {
    reportFindings(ctx, 'date-time');
  },
};
