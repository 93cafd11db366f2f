// From parsed documents to resources: a document that is a mapping is one resource; a v1 List
// (or a typed list such as DeploymentList) contributes each of its items, checked one by one like
// `kubectl apply` does. A configuration file (config-files.ts) is no resource: no resource rule sees it.
import type { ParsedDocument } from './yaml/parse.ts';
import type { Resource } from './types.ts';
import { itemsOf, valueOf, type YNode } from './yaml/node.ts';
import { configFileOf } from './config-files.ts';

export function resourcesOf(doc: ParsedDocument): Resource[] {
  const node = doc.node;
  if (!node || node.kind !== 'map' || configFileOf(node.value)) return [];
  const top = toResource(doc.index, node, []);
  const items = valueOf(node, 'items');
  if (top.kind.endsWith('List') && items?.kind === 'seq') {
    return itemsOf(items).flatMap((item, i) => (item.kind === 'map' ? [toResource(doc.index, item, ['items', i])] : []));
  }
  return [top];
}

function toResource(document: number, node: YNode, base: (string | number)[]): Resource {
  const value = node.value as Record<string, unknown>;
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  return {
    document,
    node,
    value,
    base,
    apiVersion: typeof value.apiVersion === 'string' ? value.apiVersion : '',
    kind: typeof value.kind === 'string' ? value.kind : '',
    name: typeof metadata.name === 'string' ? metadata.name : '',
    namespace: typeof metadata.namespace === 'string' ? metadata.namespace : '',
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
