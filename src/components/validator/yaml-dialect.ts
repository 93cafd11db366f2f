// The rules page's "YAML as kubectl reads it" table: where kubectl's YAML reading (apimachinery's
// YAMLReader, then sigs.k8s.io/yaml over go-yaml v2) differs from YAML 1.2 and from js-yaml, and what
// the validator does. Each row is exercised by tests/unit/validator/yaml-dialect.test.ts.
import type { Lang } from '../../i18n/index.ts';

export interface DialectRow {
  /** what a person writes; rendered as code */
  input: string;
  kubectl: Record<Lang, string>;
  validator: Record<Lang, string>;
}

const same = { ko: 'kubectl과 같다.', en: 'Same as kubectl.' };

export const dialectRows: readonly DialectRow[] = [
  {
    input: '"it\\\'s"',
    kubectl: { ko: '아포스트로피다: `it\'s`.', en: 'An apostrophe: `it\'s`.' },
    validator: { ko: 'kubectl과 같다(js-yaml은 거부하지만 kubectl처럼 읽는다).', en: 'Same as kubectl (js-yaml refuses it; we read it as kubectl does).' },
  },
  {
    input: '"a\\/b"',
    kubectl: { ko: '거부한다: "found unknown escape character". go-yaml v2는 `\\/`를 모른다.', en: 'Refused: "found unknown escape character"; go-yaml v2 has no `\\/`.' },
    validator: { ko: '이스케이프 위치에 `yaml-syntax` 오류.', en: '`yaml-syntax` error at the escape.' },
  },
  {
    input: '"\\ud83d\\ude00"',
    kubectl: { ko: '거부한다: 서로게이트 쌍의 절반은 이스케이프로 쓸 수 없다. `\\U0001F600`이나 문자 그대로 쓴다.', en: 'Refused: half of a surrogate pair cannot be escaped; write `\\U0001F600` or the character itself.' },
    validator: { ko: '이스케이프 위치에 `yaml-syntax` 오류.', en: '`yaml-syntax` error at the escape.' },
  },
  {
    input: '{"a": "x\\/y"}',
    kubectl: { ko: '`{`로 시작하는 입력은 JSON으로 읽는다(encoding/json). `\\/`와 서로게이트 쌍은 괜찮고 `\\\'`는 거부한다.', en: 'Input that starts with `{` is read as JSON (encoding/json): `\\/` and surrogate pairs are fine, `\\\'` is refused.' },
    validator: { ko: '이스케이프는 kubectl과 같다. 주석이나 끝의 쉼표 같은 JSON 밖의 문법은 아직 검사하지 않는다.', en: 'Same for escapes; syntax outside JSON (comments, trailing commas) is not checked yet.' },
  },
  {
    input: 'key:<TAB>value   key: value<TAB># note',
    kubectl: { ko: '받아들인다. `키:` 뒤, 값 안, 주석 앞, `[ ]`와 `{ }` 안의 탭은 공백처럼 쓰인다.', en: 'Accepted: a tab after `key:`, inside a value, before a comment or inside `[ ]` and `{ }` counts as a space.' },
    validator: same,
  },
  {
    input: '<TAB>   -<TAB>item',
    kubectl: { ko: '거부한다: "found character that cannot start any token". 줄 첫머리의 탭은 빈 줄이나 주석만 있는 줄에서도, `-`와 `?` 바로 뒤의 탭도 안 된다. 일반 값 뒤의 빈 줄에서만 값의 블록보다 오른쪽이면 괜찮다.', en: 'Refused: "found character that cannot start any token". A tab that begins a line, even a blank or comment-only one, or follows `-` or `?`, is an error; only on the blank lines after a plain value is it fine, right of that value\'s block.' },
    validator: { ko: '탭 위치에 `yaml-syntax` 오류.', en: '`yaml-syntax` error at the tab.' },
  },
  {
    input: 'mode: fast\nmode: safe',
    kubectl: { ko: '마지막 값만 남기고 앞의 값은 말없이 버린다. API 서버는 반복을 보지 못한다.', en: 'Keeps the last value and silently drops the first; the API server never sees the repetition.' },
    validator: { ko: '두 번째 키에 `duplicate-key`.', en: '`duplicate-key` at the second key.' },
  },
  {
    input: '<<: *base',
    kubectl: { ko: '적힌 순서대로 합친다. `<<` 아래에 쓴 키가 이기고, 위에 쓴 키는 합친 값으로 바뀐다. 목록이면 앞의 매핑이 이긴다.', en: 'Merges in written order: keys below `<<` win, keys above it are replaced by the merged ones; in a list the first mapping wins.' },
    validator: same,
  },
  {
    input: 'yes  no  on  off  y  n',
    kubectl: { ko: '불리언 true/false다(YAML 1.1, 소문자·첫 글자 대문자·모두 대문자). 환경 변수의 `value: yes`는 문자열 자리에 불리언이 와서 API 서버가 거부한다.', en: 'Booleans true/false (YAML 1.1, in lower, title or upper case). `value: yes` in an env var puts a boolean where a string belongs, and the API server refuses it.' },
    validator: { ko: 'kubectl과 같다. `schema-type-mismatch`가 따옴표를 제안한다.', en: 'Same as kubectl; `schema-type-mismatch` suggests quotes.' },
  },
  {
    input: '0644  0o644  0x1F  0B11  1_000  08',
    kubectl: { ko: '정수 420, 420, 31, 3, 1000, 8이다. `defaultMode: 0644`는 8진수로 읽힌다.', en: 'Integers 420, 420, 31, 3, 1000, 8: `defaultMode: 0644` is octal.' },
    validator: same,
  },
  {
    input: '1:20  1e3  .5  2024-01-01  ~',
    kubectl: { ko: '문자열 "1:20"(60진수는 읽지 않는다), 숫자 1000과 0.5, 문자열 "2024-01-01"(타임스탬프도 문자열로 남는다), null이다.', en: 'The string "1:20" (no base 60), the numbers 1000 and 0.5, the string "2024-01-01" (timestamps stay strings), null.' },
    validator: same,
  },
  {
    input: '.inf  -.inf  .nan',
    kubectl: { ko: 'JSON에 없는 숫자라서 멈춘다: "json: unsupported value: +Inf". 키로 쓰면 문자열 `.inf`가 된다.', en: 'Numbers JSON cannot hold, so kubectl stops: "json: unsupported value: +Inf". As keys they become the strings `.inf` and so on.' },
    validator: { ko: '값 위치에 `yaml-syntax` 오류.', en: '`yaml-syntax` error at the value.' },
  },
  {
    input: '9007199254740993',
    kubectl: { ko: '64비트 정수를 그대로 보낸다. 64비트를 넘으면 실수가 되어 int64 필드가 거부한다.', en: 'Sends all 64 bits; beyond 64 bits it becomes a float, which int64 fields refuse.' },
    validator: { ko: 'JavaScript 숫자로 읽어 2^53까지만 정확하다(9007199254740992로 읽는다). 범위는 아직 검사하지 않는다.', en: 'Read as a JavaScript number, exact up to 2^53 (reads 9007199254740992); ranges are not checked yet.' },
  },
  {
    input: '!!binary aGVsbG8=',
    kubectl: { ko: 'base64를 풀어 문자열 "hello"가 된다. UTF-8이 아닌 바이트는 U+FFFD가 되고, 잘못된 base64는 거부한다.', en: 'Decoded to the string "hello"; bytes that are not UTF-8 become U+FFFD, invalid base64 is refused.' },
    validator: same,
  },
  {
    input: '!Ref name   !!set {a: 1}',
    kubectl: { ko: '다른 태그는 모두 무시하고 노드를 그대로 읽는다. 태그가 붙은 스칼라는 문자열이다(`!foo 12`는 "12").', en: 'Every other tag is ignored and the node read as it stands; a tagged scalar is a string (`!foo 12` is "12").' },
    validator: same,
  },
  {
    input: '1: a   true: b   ~: c   ? [a, b]',
    kubectl: { ko: '숫자와 불리언 키는 문자열 "1", "true"가 된다. null 키와 목록·매핑 키는 JSON 키가 될 수 없어 거부한다.', en: 'Number and boolean keys become the strings "1" and "true"; a null key or a list or mapping key cannot be a JSON key and is refused.' },
    validator: { ko: 'kubectl과 같다. 거부되는 키에는 `yaml-syntax` 오류.', en: 'Same as kubectl; `yaml-syntax` error at a refused key.' },
  },
  {
    input: '---   --- # note   ---<spaces>',
    kubectl: { ko: '0열에서 시작하는 이 줄들이 문서를 나눈다. 들여 쓴 `---`는 내용이다. 빈 문서와 `~`만 있는 문서는 건너뛴다.', en: 'These lines, starting at column 0, separate documents; an indented `---` is content. Empty documents and ones holding only `~` are skipped.' },
    validator: same,
  },
  {
    input: '--- {a: 1}   ----   ---x',
    kubectl: { ko: '거부한다: "invalid Yaml document separator". `---` 뒤에는 주석만 올 수 있다.', en: 'Refused: "invalid Yaml document separator"; only a comment may follow `---`.' },
    validator: { ko: '그 줄에 `yaml-syntax` 오류. 다음 문서는 계속 검사한다.', en: '`yaml-syntax` error at that line; the next document is still checked.' },
  },
  {
    input: '...',
    kubectl: { ko: '문서가 끝난다. 다음 `---`까지 뒤의 내용은 읽지 않는다. 오류 없이 적용에서 빠진다.', en: 'Ends the document: what follows, up to the next `---`, is never read. It is left out of the apply without an error.' },
    validator: { ko: '`...` 줄에 `document-end-marker`.', en: '`document-end-marker` at the `...` line.' },
  },
  {
    input: '%YAML 1.1',
    kubectl: { ko: '거부한다. YAMLReader가 `---` 줄을 떼어 내므로 지시자 뒤에 문서 시작이 없다.', en: 'Refused: YAMLReader cuts the `---` line away, so the directive has no document start after it.' },
    validator: same,
  },
  {
    input: '<BOM>   CRLF   CR',
    kubectl: { ko: '받아들인다. 바이트 순서 표시는 첫 문서에도 뒤의 문서에도 올 수 있다.', en: 'Accepted; a byte order mark may start the first or a later document.' },
    validator: { ko: 'kubectl과 같고, 줄과 열 번호는 원문 그대로다.', en: 'Same as kubectl, with line and column numbers of the original text.' },
  },
];
