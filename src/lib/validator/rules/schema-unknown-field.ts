// Fields the API does not define, reported like `kubectl apply --validate=strict` does.
import type { ResourceRule } from '../types.ts';
import { reportFindings } from '../schema/findings.ts';

export const schemaUnknownField: ResourceRule = {
  id: 'schema-unknown-field',
  severity: 'error',
  category: 'schema',
  fixes: ['safe', 'suggestion'],
  needsSchema: true,
  messages: {
    unknown: {
      ko: '{field|는} 이 위치에 있을 수 없는 필드다.',
      en: '{field} is not a field at this position.',
    },
    'unknown-parent': {
      ko: '{field|는} 이 위치에 있을 수 없는 필드다. 한 단계 위, {other|와} 같은 수준에 써야 한다(들여쓰기를 확인하자).',
      en: '{field} is not a field at this position; it belongs one level up, beside {other} (check the indentation).',
    },
    'unknown-sibling': {
      ko: '{field|는} 이 위치에 있을 수 없는 필드다. {other} 아래에 써야 한다(들여쓰기를 확인하자).',
      en: '{field} is not a field at this position; it belongs under {other} (check the indentation).',
    },
    'unknown-suggest': {
      ko: '{field|는} 이 위치에 있을 수 없는 필드다. {suggestion|을} 뜻했는가?',
      en: '{field} is not a field at this position. Did you mean {suggestion}?',
    },
    // checked against an older release (issue 11): the field exists, just not in that release
    'added-later': {
      ko: '{field|는} 쿠버네티스 {since}에서 추가된 필드다. 지금 검사하는 {release}에는 이 필드가 없다.',
      en: '{field} was added in Kubernetes {since}; you are checking against {release}, which does not have it.',
    },
    'removed-earlier': {
      ko: '{field|는} 쿠버네티스 {removedIn}에서 제거된 필드다. 지금 검사하는 {release}에는 이 필드가 없다.',
      en: '{field} was removed in Kubernetes {removedIn}; you are checking against {release}, which does not have it.',
    },
  },
  docs: {
    summary: { ko: '스키마에 없는 필드를 찾는다.', en: 'Finds fields the schema does not define.' },
    why: {
      ko: '필드 이름의 오타(`imagePullpolicy`)나 잘못된 들여쓰기로 엉뚱한 곳에 들어간 필드는 기본 설정에서 조용히 무시되거나(경고만 표시) 엄격한 검증에서 거부된다. 무시되면 설정이 적용되지 않은 채 배포된다.',
      en: 'A misspelt field (`imagePullpolicy`) or a field indented into the wrong place is dropped with only a warning by default, or rejected under strict validation; when dropped, the setting silently never applies.',
    },
    fix: {
      ko: '필드 이름의 대소문자와 철자, 들여쓰기 수준을 확인하자.',
      en: 'Check the spelling and capitalisation of the field name and its indentation level.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    imagePullpolicy: Always\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    imagePullPolicy: Always\n',
  },
  check(ctx) {
    reportFindings(ctx, 'unknown-field');
  },
};
