// A CRD's openAPIV3Schema must be structural (apiextensions v1 refuses the CRD otherwise): a type on
// the root, on every property and on every array's items, except where x-kubernetes-int-or-string or
// x-kubernetes-preserve-unknown-fields is true; the root an object without additionalProperties; at
// the root, metadata restricted to name and generateName and no default in metadata, apiVersion or
// kind; the Kubernetes extensions consistent; no spec.preserveUnknownFields: true (v1 refuses it). Upstream: apiextensions-apiserver's
// pkg/apiserver/schema/validation.go (ValidateStructural) and the per-node checks of
// pkg/apis/apiextensions/validation/validation.go. Value validations under allOf/anyOf/oneOf/not
// need no type and are not checked further here.
import type { ResourceRule } from '../types.ts';
import { crdSchemaNodes, isCrd, typeOf } from '../schema/crd-definition.ts';
import { isRecord } from '../resources.ts';
import { crdExample } from '../crd-examples.ts';

const TYPES = ['array', 'boolean', 'integer', 'number', 'object', 'string'];

const withSpec = (specLines: readonly string[]) => crdExample({
  schema: ['        type: object', '        properties:', '          spec:', ...specLines],
});

export const crdSchemaStructural: ResourceRule = {
  id: 'crd-schema-structural',
  severity: 'error',
  category: 'schema',
  kinds: ['CustomResourceDefinition'],
  messages: {
    'type-missing': {
      ko: '이 스키마에 type이 없다. CRD의 스키마는 구조적(structural)이어야 해서 루트, 모든 속성, 배열의 items에 type을 적어야 한다(x-kubernetes-int-or-string이나 x-kubernetes-preserve-unknown-fields가 true인 곳만 예외다).',
      en: 'This schema has no type. A CRD\'s schema must be structural: the root, every property and every array\'s items declare a type (except where x-kubernetes-int-or-string or x-kubernetes-preserve-unknown-fields is true).',
    },
    'type-unknown': {
      ko: 'type {type|은} 쓸 수 없다. array, boolean, integer, number, object, string 가운데 하나여야 한다.',
      en: 'type {type} is not supported; it must be one of array, boolean, integer, number, object, string.',
    },
    'root-not-object': {
      ko: '루트 스키마의 type은 object여야 한다({type}이다).',
      en: 'The root schema\'s type must be object (it is {type}).',
    },
    'items-missing': {
      ko: 'type: array인 스키마에는 요소의 스키마인 items가 있어야 한다.',
      en: 'A schema of type: array needs items, the schema of its elements.',
    },
    'additional-at-root': {
      ko: '루트 스키마에는 additionalProperties를 쓸 수 없다.',
      en: 'additionalProperties is not allowed at the root of the schema.',
    },
    'metadata-type': {
      ko: '루트의 metadata 스키마는 type: object여야 한다.',
      en: 'The root\'s metadata schema must have type: object.',
    },
    'metadata-restricted': {
      ko: '루트의 metadata 스키마에는 name과 generateName 말고는 속성을 적을 수 없다({property}). 나머지 metadata는 API 서버가 정의한다.',
      en: 'The root\'s metadata schema may declare no property but name and generateName ({property}); the API server defines the rest of metadata.',
    },
    'meta-default': {
      ko: '루트의 metadata, apiVersion, kind 스키마와 그 아래에는 default를 쓸 수 없다.',
      en: 'default is not allowed in the root\'s metadata, apiVersion or kind schema, nor below them.',
    },
    'preserve-false': {
      ko: 'x-kubernetes-preserve-unknown-fields는 true이거나 없어야 한다. false는 허용되지 않는다.',
      en: 'x-kubernetes-preserve-unknown-fields must be true or absent; false is not allowed.',
    },
    'int-or-string-preserve': {
      ko: 'x-kubernetes-int-or-string이 true이면 x-kubernetes-preserve-unknown-fields는 false(또는 없음)여야 한다.',
      en: 'x-kubernetes-preserve-unknown-fields must be false (or absent) when x-kubernetes-int-or-string is true.',
    },
    'int-or-string-type': {
      ko: 'x-kubernetes-int-or-string과 type: {type|을} 함께 적었다. type이 값을 {type|으로} 제한하므로 다른 형식의 값은 거부된다. type을 지우자.',
      en: 'x-kubernetes-int-or-string together with type: {type}: the type still restricts values to {type}, so the other form is refused. Remove the type.',
    },
    'spec-preserve': {
      ko: 'apiextensions.k8s.io/v1에서는 spec.preserveUnknownFields를 true로 둘 수 없다. 모르는 필드를 남길 곳에 x-kubernetes-preserve-unknown-fields: true를 쓰자.',
      en: 'spec.preserveUnknownFields cannot be true in apiextensions.k8s.io/v1; put x-kubernetes-preserve-unknown-fields: true in the schema where unknown fields may stay.',
    },
    'embedded-type': {
      ko: 'x-kubernetes-embedded-resource가 true인 스키마는 type: object여야 한다.',
      en: 'A schema with x-kubernetes-embedded-resource: true must have type: object.',
    },
  },
  docs: {
    summary: {
      ko: 'CRD의 openAPIV3Schema가 구조적(structural) 스키마인지 확인한다.',
      en: 'Checks that a CRD\'s openAPIV3Schema is a structural schema.',
    },
    why: {
      ko: 'apiextensions.k8s.io/v1의 CustomResourceDefinition은 구조적 스키마만 받는다. type이 빠진 속성, object가 아닌 루트, items 없는 배열, name과 generateName 말고도 제한하는 metadata가 있으면 API 서버가 CRD 전체를 거부한다. 모르는 필드 제거(pruning)와 기본값 적용이 이 구조에 기대기 때문이다.',
      en: 'An apiextensions.k8s.io/v1 CustomResourceDefinition must have a structural schema: a property without a type, a root that is not an object, an array without items or a metadata schema that restricts more than name and generateName make the API server refuse the whole CRD. Pruning of unknown fields and defaulting rely on that structure.',
    },
    fix: {
      ko: '메시지가 가리키는 스키마에 type을 적거나, 허용되지 않는 키워드를 지우자. 형식을 정하지 않을 값에는 x-kubernetes-preserve-unknown-fields: true를, 정수나 문자열인 값에는 x-kubernetes-int-or-string: true를 쓰자.',
      en: 'Give the schema the message points at a type, or remove the keyword that is not allowed. For a value of any shape use x-kubernetes-preserve-unknown-fields: true; for an integer or a string, x-kubernetes-int-or-string: true.',
    },
    bad: withSpec(['            properties:', '              schedule: {type: string}']),
    good: withSpec(['            type: object', '            properties:', '              schedule: {type: string}']),
  },
  check(ctx) {
    if (!isCrd(ctx.resource)) return;
    const spec = ctx.resource.value.spec;
    if (isRecord(spec) && spec.preserveUnknownFields === true) ctx.report({ messageId: 'spec-preserve', path: ['spec', 'preserveUnknownFields'], at: 'value' });
    for (const { schema, path, level, nested, topMeta } of crdSchemaNodes(ctx.resource)) {
      const type = typeOf(schema);
      const intOrString = schema['x-kubernetes-int-or-string'] === true;
      const preserve = schema['x-kubernetes-preserve-unknown-fields'];
      const rootMetadata = level === 'field' && !nested && path.length === 7 && path[6] === 'metadata';
      if (type !== '' && type !== 'null' && !TYPES.includes(type)) ctx.report({ messageId: 'type-unknown', data: { type }, path: [...path, 'type'], at: 'value' });
      if (rootMetadata) {
        if (type !== 'object') ctx.report({ messageId: 'metadata-type', path, at: 'key' });
        const properties = isRecord(schema.properties) ? Object.keys(schema.properties) : [];
        for (const property of properties.filter((p) => p !== 'name' && p !== 'generateName')) {
          ctx.report({ messageId: 'metadata-restricted', data: { property }, path: [...path, 'properties', property], at: 'key' });
        }
      } else if (type === '' && !nested && !intOrString && preserve !== true && schema['x-kubernetes-embedded-resource'] !== true) {
        ctx.report({ messageId: 'type-missing', path, at: 'key' });
      }
      if (level === 'root' && !nested) {
        if (type !== '' && type !== 'object') ctx.report({ messageId: 'root-not-object', data: { type }, path: [...path, 'type'], at: 'value' });
        if (schema.additionalProperties !== undefined) ctx.report({ messageId: 'additional-at-root', path: [...path, 'additionalProperties'], at: 'key' });
      }
      if (type === 'array' && schema.items === undefined && !nested) ctx.report({ messageId: 'items-missing', path: [...path, 'type'], at: 'key' });
      if (topMeta && schema.default !== undefined) ctx.report({ messageId: 'meta-default', path: [...path, 'default'], at: 'key' });
      if (preserve === false) ctx.report({ messageId: 'preserve-false', path: [...path, 'x-kubernetes-preserve-unknown-fields'], at: 'value' });
      if (intOrString && preserve === true) ctx.report({ messageId: 'int-or-string-preserve', path: [...path, 'x-kubernetes-preserve-unknown-fields'], at: 'key' });
      if (intOrString && type !== '' && !nested) ctx.report({ messageId: 'int-or-string-type', data: { type }, path: [...path, 'type'], at: 'key', severity: 'warning' });
      if (schema['x-kubernetes-embedded-resource'] === true && type !== 'object' && !nested) {
        ctx.report({ messageId: 'embedded-type', path: type === '' ? [...path, 'x-kubernetes-embedded-resource'] : [...path, 'type'], at: 'key' });
      }
    }
  },
};
