// A transition rule (one that reads `oldSelf`) compares a custom resource with its stored version, so
// only an update can judge it: from a file it is skipped, and this says so once per rule.
import type { ResourceRule } from '../types.ts';
import { crdSchemaNodes, isCrd } from '../schema/crd-definition.ts';
import { crdWithRule } from '../crd-examples.ts';
import { VALIDATIONS_KEY, isTransitionRule, validationEntries } from '../cel/rules.ts';

const withRule = (rule: string) => crdWithRule('schedule', 'string', rule);

export const crdValidationRuleTransition: ResourceRule = {
  id: 'crd-validation-rule-transition',
  severity: 'info',
  category: 'schema',
  kinds: ['CustomResourceDefinition'],
  messages: {
    skipped: {
      ko: '전환 규칙(oldSelf와 비교하는 규칙)은 저장된 오브젝트가 있어야 판정할 수 있어서 파일에서는 검사하지 않는다.',
      en: 'A transition rule (one that compares with oldSelf) needs the stored object, so it is not checked from a file.',
    },
  },
  docs: {
    summary: {
      ko: 'oldSelf를 쓰는 CEL 전환 규칙을 검사하지 않고 건너뛴다고 알린다.',
      en: 'Says that CEL transition rules, which use oldSelf, are skipped.',
    },
    why: {
      ko: '전환 규칙은 업데이트할 때 새 값(self)과 저장된 값(oldSelf)을 비교한다(예: 바꿀 수 없는 필드). 파일 하나에는 저장된 값이 없어서 판정할 수 없다.',
      en: 'A transition rule compares the new value (self) with the stored one (oldSelf) on an update, an immutable field for example. A file has no stored value, so it cannot be judged.',
    },
    fix: {
      ko: '고칠 것은 없다. 클러스터에서 오브젝트를 업데이트할 때 API 서버가 판정한다.',
      en: 'Nothing to fix: the API server judges the rule when the object is updated in a cluster.',
    },
    bad: withRule('self == oldSelf'),
    good: withRule('self.size() > 0'),
  },
  check(ctx) {
    if (!isCrd(ctx.resource)) return;
    for (const { schema, path, nested } of crdSchemaNodes(ctx.resource)) {
      if (nested) continue;
      for (const { index, rule } of validationEntries(schema)) {
        if (isTransitionRule(rule)) ctx.report({ messageId: 'skipped', path: [...path, VALIDATIONS_KEY, index, 'rule'], at: 'value' });
      }
    }
  },
};
