// A custom resource's value outside its CRD schema's bounds: numbers (minimum, maximum, multipleOf),
// string lengths (in characters, as Go counts runes), list items and object properties.
import type { ResourceRule } from '../types.ts';
import { reportFindings } from '../schema/findings.ts';
import { backupExample } from '../crd-examples.ts';

const keep = ['              keep:', '                type: integer', '                minimum: 1', '                maximum: 30'];

export const schemaBounds: ResourceRule = {
  id: 'schema-bounds',
  severity: 'error',
  category: 'schema',
  needsSchema: true,
  messages: {
    minimum: { ko: '{value|은} 최솟값 {limit}보다 작다.', en: '{value} is less than the minimum {limit}.' },
    'exclusive-minimum': { ko: '{value|은} {limit}보다 커야 한다.', en: '{value} must be greater than {limit}.' },
    maximum: { ko: '{value|은} 최댓값 {limit}보다 크다.', en: '{value} is greater than the maximum {limit}.' },
    'exclusive-maximum': { ko: '{value|은} {limit}보다 작아야 한다.', en: '{value} must be less than {limit}.' },
    'multiple-of': { ko: '{value|은} {limit}의 배수여야 한다.', en: '{value} must be a multiple of {limit}.' },
    'min-length': { ko: '{actual}자다. 최소 {limit}자여야 한다.', en: 'It has {actual} characters; at least {limit} are required.' },
    'max-length': { ko: '{actual}자다. 최대 {limit}자까지 쓸 수 있다.', en: 'It has {actual} characters; at most {limit} are allowed.' },
    'min-items': { ko: '항목이 {actual}개다. 최소 {limit}개가 필요하다.', en: 'It has {actual} item(s); at least {limit} are required.' },
    'max-items': { ko: '항목이 {actual}개다. 최대 {limit}개까지 쓸 수 있다.', en: 'It has {actual} item(s); at most {limit} are allowed.' },
    'min-properties': { ko: '필드가 {actual}개다. 최소 {limit}개가 필요하다.', en: 'It has {actual} field(s); at least {limit} are required.' },
    'max-properties': { ko: '필드가 {actual}개다. 최대 {limit}개까지 쓸 수 있다.', en: 'It has {actual} field(s); at most {limit} are allowed.' },
  },
  docs: {
    summary: {
      ko: '커스텀 리소스의 값이 CRD 스키마가 정한 범위 안에 있는지 확인한다.',
      en: 'Checks that a custom resource\'s values stay within the bounds of its CRD\'s schema.',
    },
    why: {
      ko: 'CustomResourceDefinition의 스키마는 숫자의 최솟값과 최댓값(minimum, maximum, multipleOf), 문자열 길이(minLength, maxLength), 목록의 항목 수(minItems, maxItems), 오브젝트의 필드 수(minProperties, maxProperties)를 정할 수 있고, API 서버는 범위를 벗어난 값을 거부한다.',
      en: 'A CustomResourceDefinition\'s schema can bound numbers (minimum, maximum, multipleOf), string lengths (minLength, maxLength), list sizes (minItems, maxItems) and object sizes (minProperties, maxProperties); the API server rejects values out of bounds.',
    },
    fix: { ko: '스키마가 정한 범위 안의 값을 쓰자.', en: 'Use a value within the schema\'s bounds.' },
    bad: backupExample(keep, ['  keep: 0']),
    good: backupExample(keep, ['  keep: 7']),
  },
  check(ctx) {
    reportFindings(ctx, 'bounds');
  },
};
