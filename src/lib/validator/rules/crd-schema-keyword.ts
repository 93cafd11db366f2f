// JSON Schema keywords a CRD's openAPIV3Schema may not use (apiextensions validation's
// specStandardValidatorV3 and ValidateCustomResourceDefinitionOpenAPISchema): $ref, definitions,
// patternProperties, dependencies, additionalItems, id, type: null, items as an array,
// uniqueItems: true, and additionalProperties next to properties. The API server refuses the CRD.
import type { ResourceRule } from '../types.ts';
import { crdSchemaNodes, isCrd } from '../schema/crd-definition.ts';
import { isRecord } from '../resources.ts';
import { crdExample } from '../crd-examples.ts';

const UNSUPPORTED = ['$ref', 'definitions', 'patternProperties', 'dependencies', 'additionalItems', 'id'];

const withSpec = (specLines: readonly string[]) => crdExample({
  schema: ['        type: object', '        properties:', '          spec:', '            type: object', ...specLines],
});

export const crdSchemaKeyword: ResourceRule = {
  id: 'crd-schema-keyword',
  severity: 'error',
  category: 'schema',
  kinds: ['CustomResourceDefinition'],
  messages: {
    unsupported: {
      ko: 'CRD의 스키마에서는 {keyword|를} 지원하지 않는다. 참조할 스키마는 그 자리에 직접 펼쳐 적자.',
      en: '{keyword} is not supported in a CRD\'s schema; write the schema out in place.',
    },
    'type-null': {
      ko: 'type에는 null을 쓸 수 없다. null도 받으려면 nullable: true를 쓰자.',
      en: 'type cannot be null; use nullable: true to accept null.',
    },
    'items-array': {
      ko: 'items는 스키마 하나여야 하며 배열일 수 없다.',
      en: 'items must be one schema, not an array of schemas.',
    },
    'unique-items': {
      ko: 'uniqueItems: true는 쓸 수 없다(검사 비용이 요소 수의 제곱으로 늘어난다). x-kubernetes-list-type: set을 쓰자.',
      en: 'uniqueItems: true is not allowed (its cost grows with the square of the items); use x-kubernetes-list-type: set.',
    },
    'additional-with-properties': {
      ko: 'additionalProperties와 properties는 함께 쓸 수 없다. 정해진 필드는 properties로, 임의의 키를 가진 맵은 additionalProperties로 정의하자.',
      en: 'additionalProperties and properties are mutually exclusive: properties define a structure, additionalProperties a map of any keys.',
    },
  },
  docs: {
    summary: {
      ko: 'CRD의 스키마에 허용되지 않는 JSON 스키마 키워드가 있는지 확인한다.',
      en: 'Checks a CRD\'s schema for JSON Schema keywords Kubernetes does not allow.',
    },
    why: {
      ko: 'CustomResourceDefinition의 openAPIV3Schema는 OpenAPI v3 스키마의 일부만 쓸 수 있다. $ref, definitions, patternProperties, dependencies, additionalItems, id, type: null, 배열 형태의 items, uniqueItems: true, properties와 함께 쓴 additionalProperties가 있으면 API 서버가 CRD를 거부한다.',
      en: 'A CustomResourceDefinition\'s openAPIV3Schema is a subset of OpenAPI v3: $ref, definitions, patternProperties, dependencies, additionalItems, id, type: null, items as an array, uniqueItems: true and additionalProperties next to properties make the API server refuse the CRD.',
    },
    fix: {
      ko: '참조($ref, definitions)는 스키마를 그 자리에 펼쳐 적고, 그 밖의 키워드는 메시지가 알려 주는 대안으로 바꾸자.',
      en: 'Write referenced schemas ($ref, definitions) out in place, and replace the other keywords with the alternative the message names.',
    },
    bad: withSpec(['            properties:', '              schedule:', '                $ref: "#/definitions/schedule"']),
    good: withSpec(['            properties:', '              schedule: {type: string}']),
  },
  check(ctx) {
    if (!isCrd(ctx.resource)) return;
    for (const { schema, path } of crdSchemaNodes(ctx.resource)) {
      for (const keyword of UNSUPPORTED) {
        if (Object.hasOwn(schema, keyword)) ctx.report({ messageId: 'unsupported', data: { keyword }, path: [...path, keyword], at: 'key' });
      }
      if (schema.type === 'null') ctx.report({ messageId: 'type-null', path: [...path, 'type'], at: 'value' });
      if (Array.isArray(schema.items)) ctx.report({ messageId: 'items-array', path: [...path, 'items'], at: 'key' });
      if (schema.uniqueItems === true) ctx.report({ messageId: 'unique-items', path: [...path, 'uniqueItems'], at: 'key' });
      const properties = isRecord(schema.properties) && Object.keys(schema.properties).length > 0;
      if (properties && (schema.additionalProperties === false || isRecord(schema.additionalProperties))) {
        ctx.report({ messageId: 'additional-with-properties', path: [...path, 'additionalProperties'], at: 'key' });
      }
    }
  },
};
