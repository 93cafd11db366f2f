// Annotation keys follow the label key syntax; all annotations together must stay under 256 KiB.
// https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/#syntax-and-character-set
import type { ResourceRule } from '../types.ts';
import { checkQualifiedName } from '../names.ts';
import { isRecord } from '../resources.ts';
import { display } from '../display.ts';
import { utf8Length } from '../utf8.ts';

const MAX_TOTAL_BYTES = 256 * 1024;

export const annotationFormat: ResourceRule = {
  id: 'annotation-format',
  severity: 'error',
  category: 'semantics',
  messages: {
    key: {
      ko: '어노테이션 키 {key}의 형식이 잘못되었다. `접두사/이름` 형태이고 이름은 63자 이하의 영숫자, -, _, .이어야 한다.',
      en: 'The annotation key {key} is invalid: use `prefix/name`, where the name is at most 63 letters, digits, -, _ or .',
    },
    'value-not-string': {
      ko: '어노테이션 값은 문자열이어야 한다. {value|을} 따옴표로 감싸자.',
      en: 'Annotation values must be strings; put {value} in quotes.',
    },
    'too-large': {
      ko: '어노테이션 전체 크기가 {size}바이트로 256KiB 제한을 넘는다.',
      en: 'The annotations total {size} bytes, over the 256 KiB limit.',
    },
  },
  docs: {
    summary: { ko: '어노테이션 키의 형식과 전체 크기를 확인한다.', en: 'Checks annotation keys and their total size.' },
    why: {
      ko: '어노테이션 값은 자유로운 문자열이지만 키는 레이블 키와 같은 규칙을 따른다. 값이 숫자나 불리언이면 거부되고, 전체 크기는 256KiB를 넘을 수 없다.',
      en: 'Annotation values are free text, but keys follow the label key rules; numeric or boolean values are rejected, and the total may not exceed 256 KiB.',
    },
    fix: { ko: '키는 `example.com/owner`처럼 쓰고, 값은 따옴표로 감싸자.', en: 'Write keys like `example.com/owner` and quote the values.' },
    bad: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  annotations:\n    "owner email": ops@example.com\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  annotations:\n    example.com/owner-email: ops@example.com\n',
  },
  check(ctx) {
    const metadata = ctx.resource.value.metadata;
    const annotations = isRecord(metadata) ? metadata.annotations : undefined;
    if (!isRecord(annotations)) return;
    let size = 0;
    for (const [key, value] of Object.entries(annotations)) {
      const path = ['metadata', 'annotations', key];
      if (checkQualifiedName(key)) ctx.report({ messageId: 'key', data: { key }, path });
      if (value !== null && typeof value !== 'string' && !ctx.schema) {
        ctx.report({ messageId: 'value-not-string', data: { value: display(value) }, path, at: 'value' });
      }
      size += key.length + (typeof value === 'string' ? utf8Length(value) : 0);
    }
    if (size > MAX_TOTAL_BYTES) ctx.report({ messageId: 'too-large', data: { size }, path: ['metadata', 'annotations'] });
  },
};
