// A suppression (kube-field-guide-disable comment or ignore-check annotation, see ../suppress.ts) that
// names no rule of ours would silently suppress nothing, usually a typo; say so where it is written.
import type { DocumentRule } from '../types.ts';
import { directivesIn, ignoredByAnnotations, IGNORE_ANNOTATION_PREFIX, SUPPRESSION_RULE_ID } from '../suppress.ts';
import { rules } from './index.ts';

/** The rule ids, made once rather than for every document (not at load time: index.ts imports this file) */
let knownCache: Set<string> | undefined;
const knownIds = (): Set<string> => (knownCache ??= new Set(rules.map((rule) => rule.id)));

export const suppressionUnknownRule: DocumentRule = {
  id: SUPPRESSION_RULE_ID,
  scope: 'document',
  severity: 'error',
  category: 'semantics',
  messages: {
    comment: {
      ko: '주석 {directive}에 쓴 규칙 {rule|은} 없는 규칙이라 아무것도 끄지 않는다. 규칙 페이지에서 규칙 ID를 확인하자.',
      en: 'The comment {directive} names {rule}, which is not a rule, so it suppresses nothing; check the rule id on the rules page.',
    },
    annotation: {
      ko: '어노테이션 {annotation}의 규칙 {rule|은} 없는 규칙이라 아무것도 끄지 않는다. 규칙 페이지에서 규칙 ID를 확인하자.',
      en: 'The annotation {annotation} names {rule}, which is not a rule, so it suppresses nothing; check the rule id on the rules page.',
    },
    empty: {
      ko: '주석 {directive} 뒤에 끌 규칙 ID가 없다. `# {directive} image-tag`처럼 규칙을 적자.',
      en: 'The comment {directive} names no rule; write the rules to suppress, as in `# {directive} image-tag`.',
    },
  },
  docs: {
    summary: {
      ko: '검사를 끄는 주석(`# kube-field-guide-disable…`)이나 어노테이션(`ignore-check.kube-field-guide.dev/…`)에서 없는 규칙 ID를 찾는다.',
      en: 'Finds rule ids that do not exist in suppression comments (`# kube-field-guide-disable…`) and annotations (`ignore-check.kube-field-guide.dev/…`).',
    },
    why: {
      ko: '`# kube-field-guide-disable-next-line 규칙`은 다음 줄의, `# kube-field-guide-disable 규칙`은 그 문서 전체의, 어노테이션 `ignore-check.kube-field-guide.dev/규칙`은 그 오브젝트의 문제를 끈다. 끈 문제는 요약에 개수로 남는다. 규칙 ID를 잘못 쓰면 아무것도 꺼지지 않는데 끈 줄 알기 쉽다.',
      en: '`# kube-field-guide-disable-next-line RULE` suppresses the problems on the next line, `# kube-field-guide-disable RULE` those of the whole document, and the annotation `ignore-check.kube-field-guide.dev/RULE` those of its object; suppressed problems are still counted in the summary. A misspelt rule id suppresses nothing while looking as if it did.',
    },
    fix: {
      ko: '규칙 페이지의 ID로 고치자. 여러 규칙은 쉼표로 나누고, 이유는 ` -- ` 뒤에 적는다.',
      en: 'Use an id from the rules page. Separate several rules with commas; give a reason after ` -- `.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    # kube-field-guide-disable-next-line image-latest\n    image: nginx\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    # kube-field-guide-disable-next-line image-tag -- a local test Pod\n    image: nginx\n',
  },
  check(ctx) {
    const known = knownIds();
    const { text, document } = ctx;
    for (const directive of directivesIn(text, document.start, document.end)) {
      const name = directive.scope === 'next-line' ? 'kube-field-guide-disable-next-line' : 'kube-field-guide-disable';
      if (directive.rules.length === 0) {
        ctx.report({ messageId: 'empty', data: { directive: name }, start: directive.at, end: directive.at + 1 + name.length });
      }
      for (const rule of directive.rules) {
        if (!known.has(rule.id)) ctx.report({ messageId: 'comment', data: { directive: name, rule: rule.id }, start: rule.start, end: rule.end });
      }
    }
    const value = document.node?.value;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return;
    const items = (value as Record<string, unknown>)['items'];
    const objects = [value, ...(Array.isArray(items) ? items : [])].filter((item): item is Record<string, unknown> => !!item && typeof item === 'object');
    for (const object of objects) {
      for (const id of ignoredByAnnotations(object)) {
        if (known.has(id)) continue;
        const annotation = `${IGNORE_ANNOTATION_PREFIX}${id}`;
        // the key's place in the text; the document start when it is written in an unusual way (quoted, escaped)
        const found = text.indexOf(annotation, document.start);
        const start = found !== -1 && found < document.end ? found : document.start;
        ctx.report({ messageId: 'annotation', data: { annotation, rule: id }, start, end: start === found ? found + annotation.length : start });
      }
    }
  },
};
