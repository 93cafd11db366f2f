// Ingress extensions/v1beta1 and networking.k8s.io/v1beta1 -> networking.k8s.io/v1: backend.serviceName
// and servicePort become backend.service.name and port.number (a number) or port.name (a name),
// spec.backend becomes spec.defaultBackend, and a path without pathType gets ImplementationSpecific,
// what the beta versions defaulted it to.
import type { TextEdit } from '../types.ts';
import { valueOf, type YNode } from '../yaml/node.ts';
import { addEntry, itemsAt, keyNodeOf, removeEntry, replaceEntry } from './yaml-edits.ts';
import { scalarEdit } from './make.ts';

export function migrateIngress(text: string, node: YNode): TextEdit[] {
  const spec = valueOf(node, 'spec');
  if (!spec || spec.kind !== 'map') return [];
  const edits: TextEdit[] = [];
  const backend = valueOf(spec, 'backend');
  const backendKey = keyNodeOf(spec, 'backend');
  if (backend && backendKey && !valueOf(spec, 'defaultBackend')) {
    edits.push(scalarEdit(text, backendKey, 'defaultBackend'));
    edits.push(...migrateBackend(text, backend));
  }
  for (const rule of itemsAt(spec, 'rules')) {
    const http = valueOf(rule, 'http');
    for (const path of itemsAt(http, 'paths')) {
      if (path.kind !== 'map') continue;
      const pathBackend = valueOf(path, 'backend');
      if (pathBackend) edits.push(...migrateBackend(text, pathBackend));
      if (!valueOf(path, 'pathType')) edits.push(addEntry(text, path, 'pathType', 'ImplementationSpecific'));
    }
  }
  return edits;
}

/** serviceName + servicePort -> service: {name, port: {number | name}}, written where serviceName was. */
function migrateBackend(text: string, backend: YNode): TextEdit[] {
  const nameKey = keyNodeOf(backend, 'serviceName');
  const name = valueOf(backend, 'serviceName');
  if (!nameKey || !name || valueOf(backend, 'service')) return [];
  const portKey = keyNodeOf(backend, 'servicePort');
  const port = valueOf(backend, 'servicePort');
  const portValue = port?.value;
  const service: Record<string, unknown> = { name: name.value };
  if (typeof portValue === 'number') service.port = { number: portValue };
  else if (typeof portValue === 'string') service.port = /^\d+$/.test(portValue) ? { number: Number(portValue) } : { name: portValue };
  const edits = [replaceEntry(text, nameKey, name, 'service', service)];
  if (portKey && port) {
    const removal = removeEntry(text, backend, portKey, port);
    if (!removal) return [];
    edits.push(removal);
  }
  return edits;
}
