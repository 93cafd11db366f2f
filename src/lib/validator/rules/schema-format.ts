// A custom resource's string that does not match its CRD schema's pattern or format.
import type { ResourceRule } from '../types.ts';
import { reportFindings } from '../schema/findings.ts';
import { backupExample } from '../crd-examples.ts';

const schedule = ['              schedule:', '                type: string', '                pattern: \'^[0-9*/, -]+$\''];

export const schemaFormat: ResourceRule = {
  id: 'schema-format',
  severity: 'error',
  category: 'schema',
  needsSchema: true,
  messages: {
    pattern: {
      ko: '{value|은} 스키마가 요구하는 패턴 {pattern|과} 맞지 않는다.',
      en: '{value} does not match the pattern {pattern} the schema requires.',
    },
    format: {
      ko: '{value|은} 스키마가 요구하는 {format} 형식이 아니다.',
      en: '{value} is not in the {format} format the schema requires.',
    },
  },
  docs: {
    summary: {
      ko: '커스텀 리소스의 문자열이 CRD 스키마의 pattern과 format에 맞는지 확인한다.',
      en: 'Checks a custom resource\'s strings against the pattern and format of its CRD\'s schema.',
    },
    why: {
      ko: 'CustomResourceDefinition의 스키마는 문자열에 정규 표현식(pattern)이나 형식(format: hostname, ipv4, uri, date-time, duration 등)을 요구할 수 있고, API 서버는 맞지 않는 값을 거부한다. 검사기는 같은 입력에 있는 CRD로 검사한다. 지원하지 않는 format은 API 서버처럼 무시한다.',
      en: 'A CustomResourceDefinition\'s schema can require a regular expression (pattern) or a format (hostname, ipv4, uri, date-time, duration and others) of a string, and the API server rejects values that do not match. The validator checks against CRDs of the same input; formats the API server does not support are ignored, as it ignores them.',
    },
    fix: {
      ko: '스키마의 pattern이나 format에 맞는 값을 쓰자.',
      en: 'Write a value that matches the schema\'s pattern or format.',
    },
    bad: backupExample(schedule, ['  schedule: every-night']),
    good: backupExample(schedule, ['  schedule: "0 3 * * *"']),
  },
  check(ctx) {
    reportFindings(ctx, 'format');
  },
};
