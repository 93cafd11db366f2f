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
      ko: '앵커 &{alias|가} 앞에서 정의되지 않았는데 별칭 *{alias|를} 썼다. 앵커는 다른 문서(---)로 이어지지 않는다.',
      en: 'The alias *{alias} refers to an anchor &{alias} that is not defined before it; anchors do not carry over to the next document (---).',
    },
    'tab-after-indicator': {
      ko: '`{indicator}` 뒤에 탭 문자가 있다. kubectl의 YAML 파서(go-yaml)는 여기서 탭을 받지 않으니 공백으로 바꾸자.',
      en: 'A tab follows `{indicator}`; kubectl\'s YAML parser (go-yaml) refuses a tab here, so use a space.',
    },
    'invalid-separator': {
      ko: '`---` 줄 뒤에 다른 내용이 있다: `{rest}`. kubectl은 `---` 뒤에 주석만 허용하고 "invalid Yaml document separator"로 거부한다. 내용은 다음 줄로 옮기자.',
      en: 'The `---` line goes on with `{rest}`; kubectl allows only a comment after `---` and refuses it ("invalid Yaml document separator"). Move the content to the next line.',
    },
    'unknown-escape': {
      ko: '큰따옴표 문자열의 이스케이프 {escape|를} kubectl이 모른다. 역슬래시 없이 {char}만 쓰고, 역슬래시 자체가 필요하면 \\\\로 쓰자.',
      en: 'kubectl does not know the escape {escape} in a double-quoted string. Write {char} without the backslash, or \\\\ for a backslash itself.',
    },
    'surrogate-escape': {
      ko: '이스케이프 {escape|는} UTF-16 서로게이트 쌍의 절반이라 kubectl의 YAML 파서가 거부한다. 문자를 그대로 쓰거나 \\U와 전체 코드 포인트(예: \\U0001F600)로 쓰자.',
      en: 'The escape {escape} is half of a UTF-16 surrogate pair, which kubectl\'s YAML parser refuses. Write the character itself, or \\U with the whole code point (e.g. \\U0001F600).',
    },
    'null-key': {
      ko: '비어 있거나 null인 키다. kubectl은 YAML을 JSON으로 바꿀 때 이런 키를 쓸 수 없어 거부한다. 키 이름을 쓰자.',
      en: 'This key is empty or null; kubectl converts YAML to JSON and cannot write such a key, so it refuses the document. Give the key a name.',
    },
    'collection-key': {
      ko: '목록이나 매핑이 키로 쓰였다. JSON 키는 문자열뿐이라 kubectl이 거부한다("invalid map key").',
      en: 'A list or mapping is used as a key; JSON keys are strings only, so kubectl refuses it ("invalid map key").',
    },
    'not-json-number': {
      ko: '{value|는} YAML에서는 무한대나 NaN 숫자지만 JSON에는 없는 값이라 kubectl이 "json: unsupported value"로 멈춘다. 문자열이라면 따옴표로 감싸자.',
      en: '{value} is an infinite or NaN number in YAML, which JSON cannot hold, so kubectl stops with "json: unsupported value". Quote it if a string is meant.',
    },
    'invalid-binary': {
      ko: '!!binary 값이 올바른 base64가 아니어서 kubectl의 YAML 파서가 거부한다.',
      en: 'The !!binary value is not valid base64, so kubectl\'s YAML parser refuses it.',
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
      ko: '문법 오류가 있는 문서는 kubectl이 아예 읽지 못한다. 흔한 원인은 탭 들여쓰기, 닫히지 않은 따옴표, 어긋난 들여쓰기, 빠진 콜론이다. 판정은 kubectl이 YAML을 읽는 방식(go-yaml v2, YAML 1.1)을 따른다. 자세한 차이는 아래 "kubectl이 읽는 YAML" 절에 있다.',
      en: 'kubectl cannot read a document with a syntax error at all. The usual causes are tab indentation, an unclosed quote, misaligned indentation and a missing colon. The verdict follows how kubectl reads YAML (go-yaml v2, YAML 1.1); the section "YAML as kubectl reads it" below lists the differences.',
    },
    fix: {
      ko: '표시된 줄을 고치자. 들여쓰기는 공백 두 칸을 권한다.',
      en: 'Fix the marked line; two spaces per indentation level is the convention.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: "nginx:1.30\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: "nginx:1.30"\n',
  },
  check(ctx) {
    for (const problem of ctx.document.problems) {
      if (problem.code !== 'syntax') continue;
      ctx.report({ messageId: problem.messageId, data: problem.data, start: problem.start, end: problem.end });
    }
  },
};
