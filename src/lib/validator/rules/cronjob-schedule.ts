// CronJob schedules use the standard five-field cron syntax (robfig/cron ParseStandard) or a macro.
// https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#schedule-syntax
import type { ResourceRule } from '../types.ts';
import { get } from '../workload.ts';

const MACROS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface Field {
  name: string;
  min: number;
  max: number;
  names?: string[];
  /** value of the first name (JAN = 1, SUN = 0) */
  nameBase?: number;
}
const FIELDS: Field[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS, nameBase: 1 },
  { name: 'day of week', min: 0, max: 6, names: DAYS, nameBase: 0 },
];

/** Returns undefined when valid, else a message id and data. */
export function checkSchedule(schedule: string): { messageId: string; data: Record<string, string | number> } | undefined {
  const trimmed = schedule.trim();
  if (/^(CRON_)?TZ=/.test(trimmed)) return { messageId: 'time-zone', data: {} };
  if (trimmed.startsWith('@')) {
    if (MACROS.has(trimmed) || /^@every\s+\S+$/.test(trimmed)) return undefined;
    return { messageId: 'macro', data: { value: trimmed } };
  }
  const parts = trimmed.split(/\s+/);
  if (parts.length !== 5) return { messageId: 'field-count', data: { count: parts.length } };
  for (let i = 0; i < 5; i += 1) {
    const field = FIELDS[i] as Field;
    const part = parts[i] as string;
    if (!isValidField(part, field, i === 2 || i === 4)) return { messageId: 'field', data: { field: field.name, value: part, min: field.min, max: field.max } };
  }
  return undefined;
}

function isValidField(part: string, field: Field, allowQuestion: boolean): boolean {
  return part.split(',').every((item) => {
    if (item === '') return false;
    const [range, step, extra] = item.split('/');
    if (extra !== undefined || range === undefined) return false;
    if (step !== undefined && !/^[0-9]+$/.test(step)) return false;
    if (step !== undefined && parseInt(step, 10) === 0) return false;
    if (range === '*' || (allowQuestion && range === '?')) return true;
    const bounds = range.split('-');
    if (bounds.length > 2) return false;
    const values = bounds.map((b) => valueOf(b, field));
    if (values.some((v) => v === undefined || v < field.min || v > field.max)) return false;
    return values.length === 1 || (values[0] as number) <= (values[1] as number);
  });
}

function valueOf(token: string, field: Field): number | undefined {
  if (/^[0-9]+$/.test(token)) return parseInt(token, 10);
  const index = field.names?.indexOf(token.toUpperCase()) ?? -1;
  return index === -1 ? undefined : index + (field.nameBase ?? 0);
}

export const cronjobSchedule: ResourceRule = {
  id: 'cronjob-schedule',
  severity: 'error',
  category: 'semantics',
  kinds: ['CronJob'],
  messages: {
    'field-count': {
      ko: '크론 스케줄은 공백으로 나뉜 필드 5개(분 시 일 월 요일)여야 하는데 {count}개다.',
      en: 'A cron schedule has five space-separated fields (minute hour day-of-month month day-of-week); this one has {count}.',
    },
    field: {
      ko: '{field} 필드의 {value|이} 잘못되었다. 허용 범위는 {min}-{max}이다.',
      en: 'The {field} field {value} is invalid; the allowed range is {min}-{max}.',
    },
    macro: {
      ko: '{value|는} 알 수 없는 매크로다. @hourly, @daily, @weekly, @monthly, @yearly를 쓸 수 있다.',
      en: '{value} is not a known macro; use @hourly, @daily, @weekly, @monthly or @yearly.',
    },
    'time-zone': {
      ko: '스케줄 안의 TZ=, CRON_TZ=는 지원되지 않는다. spec.timeZone 필드를 쓰자.',
      en: 'TZ= or CRON_TZ= inside the schedule is not supported; use the spec.timeZone field.',
    },
  },
  docs: {
    summary: { ko: '크론잡 스케줄의 문법을 확인한다.', en: 'Checks the syntax of a CronJob schedule.' },
    why: {
      ko: '스케줄이 잘못되면 크론잡이 거부되거나 한 번도 실행되지 않는다. 초 단위 필드를 넣은 6필드 형식(Quartz)은 쿠버네티스에서 쓸 수 없다.',
      en: 'A wrong schedule gets the CronJob rejected or never run. The six-field (Quartz) form with seconds does not work in Kubernetes.',
    },
    fix: { ko: '`"*/5 * * * *"`처럼 필드 5개를 쓰고 따옴표로 감싸자.', en: 'Write five fields and quote them, e.g. `"*/5 * * * *"`.' },
    bad: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: report\nspec:\n  schedule: "0 */5 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n          - name: report\n            image: busybox:1.36\n',
    good: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: report\nspec:\n  schedule: "*/5 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n          - name: report\n            image: busybox:1.36\n',
  },
  check(ctx) {
    const schedule = get(ctx.resource.value, ['spec', 'schedule']);
    if (typeof schedule !== 'string') return;
    const problem = checkSchedule(schedule);
    if (problem) ctx.report({ ...problem, path: ['spec', 'schedule'], at: 'value' });
  },
};
