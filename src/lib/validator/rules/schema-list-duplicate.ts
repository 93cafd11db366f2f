// Duplicate items in a custom resource's list that its CRD schema declares unique: uniqueItems,
// x-kubernetes-list-type: set, or x-kubernetes-list-type: map with its x-kubernetes-list-map-keys.
import type { ResourceRule } from '../types.ts';
import { reportFindings } from '../schema/findings.ts';
import { backupExample } from '../crd-examples.ts';

const targets = [
  '              targets:',
  '                type: array',
  '                x-kubernetes-list-type: map',
  '                x-kubernetes-list-map-keys: [name]',
  '                items:',
  '                  type: object',
  '                  required: [name]',
  '                  properties:',
  '                    name: {type: string}',
  '                    bucket: {type: string}',
];

export const schemaListDuplicate: ResourceRule = {
  id: 'schema-list-duplicate',
  severity: 'error',
  category: 'schema',
  needsSchema: true,
  messages: {
    duplicate: {
      ko: '{value|이} 이 목록에 이미 있다({first}번째 항목). 이 목록의 항목은 서로 달라야 한다.',
      en: '{value} is already in this list (item {first}); the items of this list must be unique.',
    },
    'map-key': {
      ko: '{keys}인 항목이 이 목록에 이미 있다({first}번째 항목). 이 목록은 키가 같은 항목을 둘 수 없다.',
      en: 'An item with {keys} is already in this list (item {first}); this list cannot hold two items with the same key.',
    },
  },
  docs: {
    summary: {
      ko: '커스텀 리소스에서 항목이 달라야 하는 목록의 중복을 찾는다.',
      en: 'Finds duplicates in a custom resource\'s lists whose items must be unique.',
    },
    why: {
      ko: 'CRD 스키마의 uniqueItems, x-kubernetes-list-type: set인 목록은 같은 값을 두 번 둘 수 없고, x-kubernetes-list-type: map인 목록은 x-kubernetes-list-map-keys가 같은 항목을 둘 수 없다. API 서버는 중복을 거부하고, 서버 사이드 어플라이는 항목을 키로 합친다.',
      en: 'A list with uniqueItems or x-kubernetes-list-type: set in a CRD schema cannot hold a value twice, and a list with x-kubernetes-list-type: map cannot hold two items with the same x-kubernetes-list-map-keys. The API server rejects duplicates; server-side apply merges items by their keys.',
    },
    fix: { ko: '중복된 항목을 지우거나 하나로 합치자.', en: 'Remove the duplicate or merge the two items.' },
    bad: backupExample(targets, ['  targets:', '  - name: s3', '    bucket: a', '  - name: s3', '    bucket: b']),
    good: backupExample(targets, ['  targets:', '  - name: s3', '    bucket: a', '  - name: gcs', '    bucket: b']),
  },
  check(ctx) {
    reportFindings(ctx, 'duplicate');
  },
};
