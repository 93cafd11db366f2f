// A custom resource that breaks an x-kubernetes-validations (CEL) rule of its CRD's schema, evaluated
// after the schema walk (cel/evaluate.ts) as the API server evaluates it. A rule whose evaluation
// runs out of its cost bound is not judged: a warning says so instead of a verdict.
import type { ResourceRule } from '../types.ts';
import { schemaFindings } from '../schema/findings.ts';
import { backupExample } from '../crd-examples.ts';

const keepInWeeks = [
  '              keep:', '                type: integer', '                x-kubernetes-validations:',
  '                - rule: self % 7 == 0', '                  message: keep counts days in whole weeks (7, 14, 21...)',
];

export const schemaValidationRule: ResourceRule = {
  id: 'schema-validation-rule',
  severity: 'error',
  category: 'schema',
  needsSchema: true,
  messages: {
    failed: {
      ko: '{message} (CRD의 검증 규칙 `{rule}`)',
      en: '{message} (the CRD\'s validation rule `{rule}`)',
    },
    'failed-reason': {
      ko: '{message} ({reason}, CRD의 검증 규칙 `{rule}`)',
      en: '{message} ({reason}, the CRD\'s validation rule `{rule}`)',
    },
    error: {
      ko: 'CRD의 검증 규칙을 평가하다 오류가 났다: {error}. API 서버도 이 값을 거부한다(규칙 `{rule}`).',
      en: 'Evaluating the CRD\'s validation rule `{rule}` failed: {error}. The API server rejects the value too.',
    },
    cost: {
      ko: '계산량 한도를 넘어 CRD의 검증 규칙을 판정하지 않았다. 규칙이 도는 목록이나 문자열이 너무 크다(규칙 `{rule}`).',
      en: 'The CRD\'s validation rule `{rule}` went over the cost limit and was not judged: the lists or strings it walks are too large.',
    },
    budget: {
      ko: '입력 전체의 CEL 계산량 한도를 다 써서 이 리소스의 나머지 검증 규칙은 판정하지 않았다(첫 규칙 `{rule}`).',
      en: 'The CEL cost budget of the whole input is used up: `{rule}` and the rest of this resource\'s validation rules were not judged.',
    },
  },
  docs: {
    summary: {
      ko: '커스텀 리소스가 CRD 스키마의 CEL 검증 규칙(x-kubernetes-validations)을 지키는지 확인한다.',
      en: 'Checks that a custom resource passes the CEL validation rules (x-kubernetes-validations) of its CRD\'s schema.',
    },
    why: {
      ko: 'CRD는 x-kubernetes-validations에 CEL 식으로 규칙을 적을 수 있고(필드 사이의 관계, 목록 항목의 조건 등), API 서버는 규칙이 false인 값을 규칙의 메시지와 함께 거부한다. 이전 오브젝트와 비교하는 전환 규칙(oldSelf)은 파일 하나로는 판정할 수 없어 건너뛴다.',
      en: 'A CRD can state rules as CEL expressions in x-kubernetes-validations (relations between fields, conditions on list items, ...); the API server rejects a value for which a rule is false, with the rule\'s message. Transition rules (oldSelf), which compare with the stored object, cannot be judged from one file and are skipped.',
    },
    fix: { ko: '메시지가 말하는 조건에 맞게 값을 고치자.', en: 'Change the value so that it meets the condition the message states.' },
    bad: backupExample(keepInWeeks, ['  keep: 10']),
    good: backupExample(keepInWeeks, ['  keep: 14']),
  },
  check(ctx) {
    for (const finding of schemaFindings(ctx)) {
      if (finding.type !== 'rule') continue;
      const unjudged = finding.messageId === 'cost' || finding.messageId === 'budget';
      ctx.report({ messageId: finding.messageId, data: finding.data, path: finding.path, at: finding.at, ...(unjudged ? { severity: 'warning' as const } : {}) });
    }
  },
};
