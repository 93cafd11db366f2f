// Every object needs apiVersion and kind (strings): without them the API server cannot tell what it is.
// Runs per document so that a document that is not a mapping at all is reported too. Configuration
// files (kustomization.yaml, Chart.yaml, JSON patches) are config-file's to report.
import type { DocumentContext, DocumentRule, PathSegment } from '../types.ts';
import { entryOf, itemsOf, valueOf, type YNode } from '../yaml/node.ts';
import { rangeOf } from '../locate.ts';
import { configFileOf } from '../config-files.ts';

export const apiVersionKindRequired: DocumentRule = {
  id: 'apiversion-kind-required',
  scope: 'document',
  severity: 'error',
  category: 'api',
  messages: {
    'not-object': {
      ko: '이 문서는 매핑(키: 값)이 아니다. 쿠버네티스 오브젝트는 apiVersion, kind, metadata를 가진 매핑이다.',
      en: 'This document is not a mapping (key: value); a Kubernetes object is a mapping with apiVersion, kind and metadata.',
    },
    missing: {
      ko: '{field} 필드가 없다. 모든 오브젝트에는 apiVersion과 kind가 필요하다.',
      en: 'The {field} field is missing; every object needs apiVersion and kind.',
    },
    'not-string': {
      ko: '{field} 값은 문자열이어야 한다.',
      en: 'The value of {field} must be a string.',
    },
  },
  docs: {
    summary: {
      ko: '모든 문서에 apiVersion과 kind가 있는지 확인한다.',
      en: 'Checks that every document has apiVersion and kind.',
    },
    why: {
      ko: 'API 서버는 apiVersion과 kind로 오브젝트의 종류와 스키마를 정한다. 둘 중 하나라도 없으면 kubectl은 "apiVersion not set" 또는 "kind not set" 오류를 낸다.',
      en: 'The API server uses apiVersion and kind to decide what an object is and which schema applies; without either, kubectl fails with "apiVersion not set" or "kind not set".',
    },
    fix: {
      ko: '문서 맨 위에 `apiVersion: v1`, `kind: Pod`처럼 두 필드를 쓰자.',
      en: 'Add both fields at the top of the document, e.g. `apiVersion: v1` and `kind: Pod`.',
    },
    bad: 'kind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n',
  },
  check(ctx) {
    const root = ctx.document.node;
    if (!root || configFileOf(root.value)) return;
    if (root.kind !== 'map') {
      ctx.report({ messageId: 'not-object', start: root.start, end: root.start === root.end ? root.end : root.start + 1 });
      return;
    }
    checkObject(ctx, root, []);
    const kind = valueOf(root, 'kind')?.value;
    const items = valueOf(root, 'items');
    if (typeof kind === 'string' && kind.endsWith('List') && items?.kind === 'seq') {
      itemsOf(items).forEach((item, i) => {
        if (item.kind === 'map') checkObject(ctx, item, ['items', i]);
        else ctx.report({ messageId: 'not-object', path: ['items', i], start: item.start, end: item.end });
      });
    }
  },
};

function checkObject(ctx: DocumentContext, node: YNode, base: PathSegment[]): void {
  for (const field of ['apiVersion', 'kind']) {
    const entry = entryOf(node, field);
    if (!entry) {
      ctx.report({ messageId: 'missing', data: { field }, path: [...base, field], ...rangeOf(node, [field], 'key') });
    } else if (typeof entry.value.value !== 'string' || entry.value.value === '') {
      ctx.report({ messageId: 'not-string', data: { field }, path: [...base, field], ...rangeOf(node, [field], 'value') });
    }
  }
}
