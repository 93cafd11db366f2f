// x-kubernetes-list-type and x-kubernetes-list-map-keys in a CRD's schema, as apiextensions
// validation checks them: the list type is atomic, set or map and only on arrays; map-keys go with
// list-type map, which needs keys naming scalar properties of object items, each required or with
// a default; set and map items are not nullable; a set's items are scalars or atomic (a list with list-type atomic, an object with
// x-kubernetes-map-type: atomic). The API server refuses the CRD otherwise.
import type { ResourceRule } from '../types.ts';
import { crdSchemaNodes, isCrd, typeOf } from '../schema/crd-definition.ts';
import { isRecord } from '../resources.ts';
import { crdExample } from '../crd-examples.ts';

const LIST_TYPES = ['atomic', 'set', 'map'];

const withPorts = (portsLines: readonly string[]) => crdExample({
  schema: [
    '        type: object', '        properties:', '          spec:', '            type: object', '            properties:',
    '              ports:', '                type: array', ...portsLines,
    '                items:', '                  type: object', '                  required: [name]', '                  properties:',
    '                    name: {type: string}', '                    port: {type: integer}',
  ],
});

export const crdListType: ResourceRule = {
  id: 'crd-list-type',
  severity: 'error',
  category: 'schema',
  kinds: ['CustomResourceDefinition'],
  messages: {
    'unknown-type': {
      ko: 'x-kubernetes-list-type은 atomic, set, map 가운데 하나여야 한다({value}이다).',
      en: 'x-kubernetes-list-type must be atomic, set or map (it is {value}).',
    },
    'not-array': {
      ko: 'x-kubernetes-list-type은 type: array인 스키마에만 쓸 수 있다.',
      en: 'x-kubernetes-list-type is only allowed on a schema of type: array.',
    },
    'keys-without-map': {
      ko: 'x-kubernetes-list-map-keys는 x-kubernetes-list-type: map과 함께 써야 한다.',
      en: 'x-kubernetes-list-map-keys needs x-kubernetes-list-type: map.',
    },
    'map-without-keys': {
      ko: 'x-kubernetes-list-type: map에는 x-kubernetes-list-map-keys(요소를 구별하는 키 속성)가 있어야 한다.',
      en: 'x-kubernetes-list-type: map needs x-kubernetes-list-map-keys, the item properties that tell items apart.',
    },
    'map-items-not-object': {
      ko: 'x-kubernetes-list-type: map인 배열의 items는 type: object여야 한다.',
      en: 'The items of an array with x-kubernetes-list-type: map must be of type: object.',
    },
    'key-not-property': {
      ko: '{key|는} items의 속성이 아니다. x-kubernetes-list-map-keys의 항목은 모두 items의 속성 이름이어야 한다.',
      en: '{key} is not a property of the items; every entry of x-kubernetes-list-map-keys must name one.',
    },
    'key-not-scalar': {
      ko: '키 속성 {key|는} 스칼라(문자열, 정수, 수, 불리언)여야 한다(type: {type}이다).',
      en: 'The key property {key} must be a scalar (string, integer, number, boolean); it is of type: {type}.',
    },
    'key-duplicate': {
      ko: 'x-kubernetes-list-map-keys에 {key|가} 두 번 있다.',
      en: '{key} appears twice in x-kubernetes-list-map-keys.',
    },
    'key-optional': {
      ko: '키 속성 {key|는} items의 required에 있거나 default가 있어야 한다.',
      en: 'The key property {key} must be in the items\' required list or have a default.',
    },
    'items-nullable': {
      ko: 'x-kubernetes-list-type이 {listType}인 배열의 items에는 nullable: true를 쓸 수 없다.',
      en: 'The items of an array with x-kubernetes-list-type: {listType} cannot be nullable.',
    },
    'set-items-not-atomic': {
      ko: 'x-kubernetes-list-type: set인 배열의 요소가 {type}이다. 요소는 스칼라이거나, 배열이면 x-kubernetes-list-type: atomic, 객체면 x-kubernetes-map-type: atomic이어야 한다.',
      en: 'The items of an array with x-kubernetes-list-type: set are of type {type}; they must be scalars, lists with x-kubernetes-list-type: atomic or objects with x-kubernetes-map-type: atomic.',
    },
  },
  docs: {
    summary: {
      ko: 'CRD 스키마의 x-kubernetes-list-type과 x-kubernetes-list-map-keys가 서로 맞는지 확인한다.',
      en: 'Checks that x-kubernetes-list-type and x-kubernetes-list-map-keys in a CRD\'s schema agree.',
    },
    why: {
      ko: '목록 형식은 서버 측 적용(server-side apply)이 배열을 병합하는 방법을 정한다. map 목록은 요소를 키 속성으로 구별하므로 키는 객체 요소의 스칼라 속성이어야 하고 항상 값이 있어야(required 또는 default) 한다. set 목록은 요소 자체를 비교하므로 요소가 스칼라이거나 원자적(atomic)이어야 한다. 맞지 않으면 API 서버가 CRD를 거부한다.',
      en: 'The list type tells server-side apply how to merge an array. A map list tells items apart by key properties, so the keys must be scalar properties of object items that always have a value (required or defaulted); a set compares whole items, so they must be scalars or atomic. The API server refuses a CRD where they disagree.',
    },
    fix: {
      ko: '키 속성을 items의 required에 넣거나 default를 주고, 메시지가 가리키는 형식을 맞추자.',
      en: 'Put the key properties in the items\' required list or give them a default, and make the types the message names agree.',
    },
    bad: withPorts(['                x-kubernetes-list-type: map', '                x-kubernetes-list-map-keys: [port]']),
    good: withPorts(['                x-kubernetes-list-type: map', '                x-kubernetes-list-map-keys: [name]']),
  },
  check(ctx) {
    if (!isCrd(ctx.resource)) return;
    for (const { schema, path } of crdSchemaNodes(ctx.resource)) {
      const listType = schema['x-kubernetes-list-type'];
      const keys = Array.isArray(schema['x-kubernetes-list-map-keys']) ? schema['x-kubernetes-list-map-keys'] : [];
      const items = isRecord(schema.items) ? schema.items : undefined;
      if (keys.length > 0 && listType !== 'map') ctx.report({ messageId: 'keys-without-map', path: [...path, 'x-kubernetes-list-map-keys'], at: 'key' });
      if (listType === undefined) continue;
      const at = [...path, 'x-kubernetes-list-type'];
      if (typeof listType !== 'string' || !LIST_TYPES.includes(listType)) {
        ctx.report({ messageId: 'unknown-type', data: { value: String(listType) }, path: at, at: 'value' });
        continue;
      }
      if (typeOf(schema) !== 'array') ctx.report({ messageId: 'not-array', path: at, at: 'key' });
      if ((listType === 'set' || listType === 'map') && items?.nullable === true) {
        ctx.report({ messageId: 'items-nullable', data: { listType }, path: [...path, 'items', 'nullable'], at: 'key' });
      }
      if (listType === 'set' && items) {
        const itemType = typeOf(items);
        const atomicList = itemType === 'array' && (items['x-kubernetes-list-type'] ?? 'atomic') === 'atomic';
        const atomicMap = itemType === 'object' && items['x-kubernetes-map-type'] === 'atomic';
        if ((itemType === 'array' || itemType === 'object') && !atomicList && !atomicMap) {
          ctx.report({ messageId: 'set-items-not-atomic', data: { type: itemType }, path: at, at: 'value' });
        }
      }
      if (listType !== 'map') continue;
      if (keys.length === 0) ctx.report({ messageId: 'map-without-keys', path: at, at: 'value' });
      if (!items) continue;
      if (typeOf(items) !== 'object') {
        ctx.report({ messageId: 'map-items-not-object', path: [...path, 'items', ...(items.type === undefined ? [] : ['type'])], at: 'key' });
        continue;
      }
      const properties = isRecord(items.properties) ? items.properties : {};
      const required = Array.isArray(items.required) ? items.required : [];
      const seen = new Set<unknown>();
      keys.forEach((key, i) => {
        const keyPath = [...path, 'x-kubernetes-list-map-keys', i];
        const property = typeof key === 'string' && Object.hasOwn(properties, key) ? properties[key] : undefined;
        if (seen.has(key)) ctx.report({ messageId: 'key-duplicate', data: { key: String(key) }, path: keyPath, at: 'value' });
        seen.add(key);
        if (!isRecord(property)) {
          ctx.report({ messageId: 'key-not-property', data: { key: String(key) }, path: keyPath, at: 'value' });
          return;
        }
        const type = typeOf(property);
        if (type === 'array' || type === 'object') ctx.report({ messageId: 'key-not-scalar', data: { key: String(key), type }, path: keyPath, at: 'value' });
        else if (!required.includes(key) && property.default === undefined) ctx.report({ messageId: 'key-optional', data: { key: String(key) }, path: keyPath, at: 'value' });
      });
    }
  },
};
