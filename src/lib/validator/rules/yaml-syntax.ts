// YAML the reader cannot load, explained for people at the place to fix (see yaml/explain.ts).
import type { DocumentRule } from '../types.ts';

export const yamlSyntax: DocumentRule = {
  id: 'yaml-syntax',
  scope: 'document',
  severity: 'error',
  category: 'syntax',
  messages: {
    'tab-indent': {
      ko: '들여쓰기에 탭 문자가 있다. YAML 들여쓰기는 공백(스페이스)만 쓸 수 있다.',
      en: 'A tab character is used for indentation; YAML indentation must use spaces only.',
    },
    'unterminated-quote': {
      ko: '여기서 시작한 {quote} 따옴표 문자열이 닫히지 않았다. 같은 따옴표로 끝을 닫자.',
      en: 'The {quote}-quoted string that starts here is never closed; end it with the same quote.',
    },
    'missing-colon': {
      ko: '이 줄에 키와 값을 나누는 콜론(:)이 없다. `키: 값` 형태로 쓰자.',
      en: 'This line has no colon between key and value; write it as `key: value`.',
    },
    'bad-indent': {
      ko: '들여쓰기가 맞지 않는다. 같은 수준의 필드는 같은 칸에서 시작해야 한다.',
      en: 'The indentation is wrong: fields at the same level must start in the same column.',
    },
    'flow-collection': {
      ko: '[ ] 또는 { } 목록이 제대로 끝나지 않았다. 쉼표와 닫는 괄호를 확인하자.',
      en: 'A [ ] or { } collection is not well formed; check the commas and the closing bracket.',
    },
    'unknown-alias': {
      ko: '앵커 &{alias}가 앞에서 정의되지 않았는데 별칭 *{alias}를 썼다. 앵커는 다른 문서(---)로 이어지지 않는다.',
      en: 'The alias *{alias} refers to an anchor &{alias} that is not defined before it; anchors do not carry over to the next document (---).',
    },
    'unknown-tag': {
      ko: '알 수 없는 YAML 태그 {tag}이다. 쿠버네티스 매니페스트에는 태그가 필요 없다.',
      en: 'Unknown YAML tag {tag}; Kubernetes manifests do not need tags.',
    },
    other: {
      ko: 'YAML을 읽을 수 없다: {reason}',
      en: 'The YAML cannot be read: {reason}',
    },
  },
  docs: {
    summary: {
      ko: 'YAML 문법 오류를 정확한 위치와 함께 알려 준다.',
      en: 'Reports YAML syntax errors at their exact position.',
    },
    why: {
      ko: '문법 오류가 있는 문서는 kubectl이 아예 읽지 못한다. 흔한 원인은 탭 들여쓰기, 닫히지 않은 따옴표, 어긋난 들여쓰기, 빠진 콜론이다.',
      en: 'kubectl cannot read a document with a syntax error at all. The usual causes are tab indentation, an unclosed quote, misaligned indentation and a missing colon.',
    },
    fix: {
      ko: '표시된 줄을 고치자. 들여쓰기는 공백 두 칸을 권한다.',
      en: 'Fix the marked line; two spaces per indentation level is the convention.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: "nginx:1.27\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: "nginx:1.27"\n',
  },
  check(ctx) {
    for (const problem of ctx.document.problems) {
      if (problem.code !== 'syntax') continue;
      ctx.report({ messageId: problem.messageId, data: problem.data, start: problem.start, end: problem.end });
    }
  },
};
