// Label keys and values, wherever labels are written: metadata, Pod templates, selectors.
// https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set
import type { PathSegment, ResourceRule, RuleContext } from '../types.ts';
import { checkQualifiedName, isLabelValue } from '../names.ts';
import { isRecord } from '../resources.ts';
import { get, podSpecOf } from '../workload.ts';
import { display } from '../display.ts';

export const labelFormat: ResourceRule = {
  id: 'label-format',
  severity: 'error',
  category: 'semantics',
  messages: {
    'key-prefix': {
      ko: '레이블 키 {key}의 접두사(/ 앞부분)는 소문자 DNS 서브도메인이어야 한다(예: app.kubernetes.io).',
      en: 'The prefix of label key {key} (before /) must be a lower-case DNS subdomain, e.g. app.kubernetes.io.',
    },
    'key-name': {
      ko: '레이블 키 {key}의 이름 부분은 영숫자로 시작하고 끝나며 영숫자, -, _, .만 쓸 수 있다.',
      en: 'The name part of label key {key} must start and end with a letter or digit and contain only letters, digits, -, _ and .',
    },
    'key-name-length': {
      ko: '레이블 키 {key}의 이름 부분이 63자를 넘는다.',
      en: 'The name part of label key {key} is longer than 63 characters.',
    },
    value: {
      ko: '레이블 값 {value|은} 63자 이하이고 영숫자로 시작하고 끝나며 영숫자, -, _, .만 쓸 수 있다.',
      en: 'The label value {value} must be at most 63 characters, start and end with a letter or digit, and contain only letters, digits, -, _ and .',
    },
    'value-not-string': {
      ko: '레이블 값은 문자열이어야 한다. {value|을} 따옴표로 감싸자.',
      en: 'Label values must be strings; put {value} in quotes.',
    },
  },
  docs: {
    summary: { ko: '레이블 키와 값의 형식을 확인한다.', en: 'Checks the format of label keys and values.' },
    why: {
      ko: '레이블 값은 63자 이하의 짧은 식별자만 허용된다. 공백, 슬래시, 긴 문장은 거부된다. 따옴표 없는 `true`나 `1.0`은 문자열이 아니라서 역시 거부된다.',
      en: 'Label values are short identifiers of at most 63 characters; spaces, slashes and sentences are rejected. Unquoted `true` or `1.0` are not strings and are rejected too.',
    },
    fix: {
      ko: '긴 설명은 어노테이션에 두고, 레이블 값은 `v1.2.0`처럼 짧게 쓰자. 숫자나 불리언처럼 보이는 값은 따옴표로 감싸자.',
      en: 'Keep long text in annotations and short values in labels, e.g. `v1.2.0`; quote values that look like numbers or booleans.',
    },
    bad: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  labels:\n    owner: team web/frontend\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  labels:\n    owner: team-web-frontend\n',
  },
  check(ctx) {
    checkLabels(ctx, ['metadata', 'labels']);
    const at = podSpecOf(ctx.resource);
    if (at && ctx.resource.kind !== 'Pod') {
      const template = at.path.slice(0, -1);
      checkLabels(ctx, [...template, 'metadata', 'labels']);
      checkLabels(ctx, [...template.slice(0, -1), 'selector', 'matchLabels']);
    }
    if (ctx.resource.kind === 'Service') checkLabels(ctx, ['spec', 'selector']);
  },
};

function checkLabels(ctx: RuleContext, path: PathSegment[]): void {
  const labels = get(ctx.resource.value, path);
  if (!isRecord(labels)) return;
  for (const [key, value] of Object.entries(labels)) {
    const problem = checkQualifiedName(key);
    if (problem) ctx.report({ messageId: `key-${problem}`, data: { key }, path: [...path, key] });
    if (value === null) continue;
    if (typeof value !== 'string') {
      // with API data the schema rules report the type; without it, say it here
      if (!ctx.schema) ctx.report({ messageId: 'value-not-string', data: { value: display(value) }, path: [...path, key], at: 'value' });
      continue;
    }
    if (!isLabelValue(value)) ctx.report({ messageId: 'value', data: { value }, path: [...path, key], at: 'value' });
  }
}
