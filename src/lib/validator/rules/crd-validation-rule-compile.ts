// x-kubernetes-validations entries the API server refuses when it compiles the CRD: a rule (or a
// messageExpression) that does not parse or type-check, calls an unknown function, or does not give
// a bool (a string for messageExpression); an entry without a rule.
import type { ResourceRule } from '../types.ts';
import { crdSchemaNodes, isCrd } from '../schema/crd-definition.ts';
import { isRecord } from '../resources.ts';
import { crdWithRule } from '../crd-examples.ts';
import { VALIDATIONS_KEY } from '../cel/rules.ts';
import { compileExpression } from '../cel/compile.ts';

const withRule = (rule: string) => crdWithRule('keep', 'integer', rule);

export const crdValidationRuleCompile: ResourceRule = {
  id: 'crd-validation-rule-compile',
  severity: 'error',
  category: 'schema',
  kinds: ['CustomResourceDefinition'],
  messages: {
    rule: {
      ko: 'CEL 규칙이 컴파일되지 않는다: {error}.',
      en: 'The CEL rule does not compile: {error}.',
    },
    'message-expression': {
      ko: 'messageExpression이 컴파일되지 않는다: {error}.',
      en: 'The messageExpression does not compile: {error}.',
    },
    'missing-rule': {
      ko: 'x-kubernetes-validations의 항목에는 CEL 식을 담은 rule이 있어야 한다.',
      en: 'An entry of x-kubernetes-validations needs a rule, a CEL expression.',
    },
  },
  docs: {
    summary: {
      ko: 'CRD 스키마의 CEL 검증 규칙(x-kubernetes-validations)이 컴파일되는지 확인한다.',
      en: 'Checks that the CEL validation rules (x-kubernetes-validations) of a CRD\'s schema compile.',
    },
    why: {
      ko: 'API 서버는 CRD를 만들 때 모든 rule과 messageExpression을 컴파일하고, 문법 오류나 없는 함수, bool이 아닌 결과(messageExpression은 문자열)가 있으면 CRD를 거부한다.',
      en: 'The API server compiles every rule and messageExpression when a CRD is created and refuses the CRD on a syntax error, an unknown function, or a result that is not a bool (a string for messageExpression).',
    },
    fix: {
      ko: '메시지가 가리키는 곳을 고치자. 규칙은 `self`(이 노드의 값)에 대한 bool 식이어야 한다.',
      en: 'Fix what the message points at; a rule is a bool expression on `self`, the value of its node.',
    },
    bad: withRule('self >= 1 &&'),
    good: withRule('self >= 1'),
  },
  check(ctx) {
    if (!isCrd(ctx.resource)) return;
    for (const { schema, path, nested } of crdSchemaNodes(ctx.resource)) {
      const entries = schema[VALIDATIONS_KEY];
      if (nested || !Array.isArray(entries)) continue;
      entries.forEach((entry, index) => {
        const at = [...path, VALIDATIONS_KEY, index];
        if (!isRecord(entry) || typeof entry.rule !== 'string') {
          ctx.report({ messageId: 'missing-rule', path: at, at: 'key' });
          return;
        }
        const rule = compileExpression(entry.rule, 'bool');
        if (!rule.ok && !rule.unsupported) ctx.report({ messageId: 'rule', data: { error: rule.error }, path: [...at, 'rule'], at: 'value' });
        if (typeof entry.messageExpression !== 'string') return;
        const message = compileExpression(entry.messageExpression, 'string');
        if (!message.ok && !message.unsupported) ctx.report({ messageId: 'message-expression', data: { error: message.error }, path: [...at, 'messageExpression'], at: 'value' });
      });
    }
  },
};
