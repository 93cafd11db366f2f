// Where the Pod template sits in each workload kind, and helpers to visit its containers.
import type { PathSegment, Resource } from './types.ts';
import { isRecord } from './resources.ts';
import { display } from './display.ts';
import { matchesMap } from './selectors.ts';
import { sameNamespace } from './references.ts';

/** Path from the resource to its PodSpec, by kind. */
const POD_SPEC_PATHS: Record<string, PathSegment[]> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** Kinds whose Pods are meant to keep running (probes matter); Jobs run to completion. */
export const LONG_RUNNING_KINDS = ['Pod', 'Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet', 'DaemonSet'];
export const WORKLOAD_KINDS = Object.keys(POD_SPEC_PATHS);

export function get(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

export interface PodSpecAt {
  path: PathSegment[];
  spec: Record<string, unknown>;
}

// a dozen rules ask for the same Pod spec and containers of each resource: compute them once
const podSpecCache = new WeakMap<Resource, PodSpecAt | null>();
const containerCache = new WeakMap<Resource, Map<string, ContainerAt[]>>();

export function podSpecOf(resource: Resource): PodSpecAt | undefined {
  const cached = podSpecCache.get(resource);
  if (cached !== undefined) return cached ?? undefined;
  const path = POD_SPEC_PATHS[resource.kind];
  const spec = path ? get(resource.value, path) : undefined;
  const at = path && isRecord(spec) ? { path, spec } : undefined;
  podSpecCache.set(resource, at ?? null);
  return at;
}

/** Resources that make Pods (a PodTemplate makes none), for the rules that match Services to them; computed once per paste. */
const workloadCache = new WeakMap<readonly Resource[], Resource[]>();
export function workloadsOf(resources: readonly Resource[]): Resource[] {
  let workloads = workloadCache.get(resources);
  if (!workloads) {
    workloads = resources.filter((r) => WORKLOAD_KINDS.includes(r.kind) && r.kind !== 'PodTemplate');
    workloadCache.set(resources, workloads);
  }
  return workloads;
}

/** Labels of the Pods a resource creates (the Pod's own labels for a Pod); once per resource, as the Services of a big paste each ask for every workload's. */
const podLabelsCache = new WeakMap<Resource, Record<string, unknown> | null>();
export function podLabelsOf(resource: Resource): Record<string, unknown> | undefined {
  const cached = podLabelsCache.get(resource);
  if (cached !== undefined) return cached ?? undefined;
  const at = podSpecOf(resource);
  const labels = at ? get(resource.value, resource.kind === 'Pod' ? ['metadata', 'labels'] : [...at.path.slice(0, -1), 'metadata', 'labels']) : undefined;
  const found = isRecord(labels) ? labels : undefined;
  podLabelsCache.set(resource, found ?? null);
  return found;
}

/**
 * The workloads whose Pods a Service-style selector picks in the Service's namespace. Indexed once per
 * paste by label pair, so each Service looks only at the workloads carrying its selector's first
 * label: comparing every Service with every workload made an 8,000-document paste quadratic.
 */
const labelIndexCache = new WeakMap<readonly Resource[], Map<string, Resource[]>>();
const pairKey = (key: string, value: unknown): string => `${key}\u0000${display(value)}`;
function labelIndexOf(resources: readonly Resource[]): Map<string, Resource[]> {
  let index = labelIndexCache.get(resources);
  if (index) return index;
  index = new Map();
  for (const workload of workloadsOf(resources)) {
    const labels = podLabelsOf(workload);
    if (!labels) continue;
    for (const key of Object.keys(labels)) {
      const pair = pairKey(key, labels[key]);
      const list = index.get(pair);
      if (list) list.push(workload);
      else index.set(pair, [workload]);
    }
  }
  labelIndexCache.set(resources, index);
  return index;
}

/**
 * `selector` must have at least one key (an empty one selects nothing here, as for a Service). The
 * answer is kept per paste for each namespace and selector: Services that share them (a chart's
 * copies) share the list, and the caller may key its own work on that list.
 */
const selectionCache = new WeakMap<readonly Resource[], Map<string, Resource[]>>();
export function workloadsSelectedBy(resources: readonly Resource[], service: Resource, selector: Record<string, unknown>): Resource[] {
  const keys = Object.keys(selector);
  const [first] = keys;
  if (first === undefined) return [];
  let cache = selectionCache.get(resources);
  if (!cache) selectionCache.set(resources, (cache = new Map()));
  const cacheKey = `${service.namespace}\u0001${keys.map((key) => pairKey(key, selector[key])).join('\u0001')}`;
  let selected = cache.get(cacheKey);
  if (!selected) {
    const candidates = labelIndexOf(resources).get(pairKey(first, selector[first])) ?? [];
    selected = candidates.filter((workload) => sameNamespace(workload, service) && matchesMap(selector, podLabelsOf(workload) ?? {}));
    cache.set(cacheKey, selected);
  }
  return selected;
}

export interface ContainerAt {
  path: PathSegment[];
  container: Record<string, unknown>;
  group: 'containers' | 'initContainers' | 'ephemeralContainers';
}

export function containersOf(at: PodSpecAt, groups: ContainerAt['group'][] = ['initContainers', 'containers']): ContainerAt[] {
  const out: ContainerAt[] = [];
  for (const group of groups) {
    const list = at.spec[group];
    if (!Array.isArray(list)) continue;
    list.forEach((container, index) => {
      if (isRecord(container)) out.push({ path: [...at.path, group, index], container, group });
    });
  }
  return out;
}

/** Every container of a workload resource, or [] for other kinds. */
export function containersOfResource(resource: Resource, groups?: ContainerAt['group'][]): ContainerAt[] {
  const at = podSpecOf(resource);
  if (!at) return [];
  const key = groups ? groups.join() : '';
  let byGroups = containerCache.get(resource);
  if (!byGroups) containerCache.set(resource, (byGroups = new Map()));
  let list = byGroups.get(key);
  if (!list) byGroups.set(key, (list = containersOf(at, groups)));
  return list;
}

/** A name shown to people: the container's name or its position. */
export function containerName(at: ContainerAt): string {
  const name = at.container.name;
  return typeof name === 'string' && name !== '' ? name : `${at.group}[${String(at.path[at.path.length - 1])}]`;
}
