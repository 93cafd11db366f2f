// What a Pod template refers to by name: ConfigMaps, Secrets, PersistentVolumeClaims, a ServiceAccount.
import type { PathSegment, Resource } from './types.ts';
import { isRecord } from './resources.ts';
import { containersOf, podSpecOf } from './workload.ts';

export interface PodReference {
  kind: 'ConfigMap' | 'Secret' | 'PersistentVolumeClaim' | 'ServiceAccount';
  name: string;
  /** path of the name value, relative to the resource */
  path: PathSegment[];
  /** `optional: true` references may be missing on purpose */
  optional: boolean;
}

const cache = new WeakMap<Resource, PodReference[]>();

/** Cached per resource: two rules ask. Callers must not modify the list. */
export function podReferencesOf(resource: Resource): readonly PodReference[] {
  let refs = cache.get(resource);
  if (!refs) cache.set(resource, (refs = collect(resource)));
  return refs;
}

function collect(resource: Resource): PodReference[] {
  const at = podSpecOf(resource);
  if (!at) return [];
  const refs: PodReference[] = [];
  const add = (kind: PodReference['kind'], holder: unknown, field: string, path: PathSegment[]): void => {
    if (!isRecord(holder) || typeof holder[field] !== 'string' || holder[field] === '') return;
    refs.push({ kind, name: holder[field] as string, path: [...path, field], optional: holder.optional === true });
  };
  const spec = at.spec;
  if (typeof spec.serviceAccountName === 'string' && spec.serviceAccountName !== 'default') {
    add('ServiceAccount', spec, 'serviceAccountName', at.path);
  }
  if (Array.isArray(spec.imagePullSecrets)) {
    spec.imagePullSecrets.forEach((s, i) => add('Secret', s, 'name', [...at.path, 'imagePullSecrets', i]));
  }
  if (Array.isArray(spec.volumes)) {
    spec.volumes.forEach((volume, i) => {
      if (!isRecord(volume)) return;
      const path = [...at.path, 'volumes', i];
      add('ConfigMap', volume.configMap, 'name', [...path, 'configMap']);
      add('Secret', volume.secret, 'secretName', [...path, 'secret']);
      add('PersistentVolumeClaim', volume.persistentVolumeClaim, 'claimName', [...path, 'persistentVolumeClaim']);
      const sources = isRecord(volume.projected) && Array.isArray(volume.projected.sources) ? volume.projected.sources : [];
      sources.forEach((source, s) => {
        if (!isRecord(source)) return;
        add('ConfigMap', source.configMap, 'name', [...path, 'projected', 'sources', s, 'configMap']);
        add('Secret', source.secret, 'name', [...path, 'projected', 'sources', s, 'secret']);
      });
    });
  }
  for (const container of containersOf(at, ['initContainers', 'containers', 'ephemeralContainers'])) {
    const { envFrom, env } = container.container;
    if (Array.isArray(envFrom)) {
      envFrom.forEach((source, i) => {
        if (!isRecord(source)) return;
        add('ConfigMap', source.configMapRef, 'name', [...container.path, 'envFrom', i, 'configMapRef']);
        add('Secret', source.secretRef, 'name', [...container.path, 'envFrom', i, 'secretRef']);
      });
    }
    if (Array.isArray(env)) {
      env.forEach((variable, i) => {
        const from = isRecord(variable) ? variable.valueFrom : undefined;
        if (!isRecord(from)) return;
        add('ConfigMap', from.configMapKeyRef, 'name', [...container.path, 'env', i, 'valueFrom', 'configMapKeyRef']);
        add('Secret', from.secretKeyRef, 'name', [...container.path, 'env', i, 'valueFrom', 'secretKeyRef']);
      });
    }
  }
  return refs;
}
