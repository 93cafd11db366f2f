// EndpointSlice discovery.k8s.io/v1beta1 -> v1
// (https://kubernetes.io/docs/reference/using-api/deprecation-guide/#endpointslice-v125): an endpoint's
// topology map is gone (v1's deprecatedTopology cannot be written); its kubernetes.io/hostname becomes
// nodeName and its topology.kubernetes.io/zone becomes zone, written where topology was. A topology with
// other keys, with comments inside it, or anchored or aliased, is left for the schema rules to report.
import type { TextEdit } from '../types.ts';
import { isRecord } from '../resources.ts';
import { valueOf, type YNode } from '../yaml/node.ts';
import { blockEntry, contentEnd, flowYaml, isFlow, isFlowContext, itemsAt, keyNodeOf, removeEntry } from './yaml-edits.ts';

const TOPOLOGY_FIELDS: Record<string, string> = {
  'kubernetes.io/hostname': 'nodeName',
  'topology.kubernetes.io/zone': 'zone',
};

export function migrateEndpointSlice(text: string, node: YNode): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const endpoint of itemsAt(node, 'endpoints')) {
    const key = endpoint.kind === 'map' ? keyNodeOf(endpoint, 'topology') : undefined;
    const topology = valueOf(endpoint, 'topology');
    // an anchored or aliased topology is shared text: rewriting it here would break or change the other uses
    if (!key || !topology || !isRecord(topology.value) || text[topology.start] === '&' || text[topology.start] === '*') continue;
    const entries = Object.entries(topology.value);
    if (entries.some(([name, value]) => !TOPOLOGY_FIELDS[name] || typeof value !== 'string' || valueOf(endpoint, TOPOLOGY_FIELDS[name] as string))) continue;
    if (entries.length === 0) {
      const removal = removeEntry(text, endpoint, key, topology);
      if (removal) edits.push(removal);
      continue;
    }
    const end = isFlow(text, topology) ? topology.end : contentEnd(topology);
    if (text.slice(key.start, end).includes('#')) continue;
    const fields = Object.fromEntries(entries.map(([name, value]) => [TOPOLOGY_FIELDS[name] as string, value]));
    edits.push({ start: key.start, end, text: fieldsSource(text, key, fields) });
  }
  return edits;
}

/** `a: 1, b: 2` inside a flow mapping, or block lines at the key's column (the first without its indent). */
function fieldsSource(text: string, key: YNode, fields: Record<string, unknown>): string {
  if (isFlowContext(text, key)) return flowYaml(fields).slice(1, -1);
  const column = key.start - (text.lastIndexOf('\n', key.start - 1) + 1);
  return Object.entries(fields).map(([name, value]) => blockEntry(name, value, column)).join('').slice(column).replace(/\n$/, '');
}
