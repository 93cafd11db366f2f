// A Pod's QoS class, computed from a manifest the way the kubelet and the API server do
// (kubernetes/kubernetes pkg/apis/core/helper/qos/qos.go, ComputePodQOS, 1.36), after the API
// defaulting a manifest gets first: a container's (or the Pod's) request for cpu or memory defaults to
// its limit. Only cpu and memory count, and only quantities above zero.
// https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/
import { isRecord } from './resources.ts';
import { quantityValue } from './schema/formats.ts';

export type QosClass = 'BestEffort' | 'Burstable' | 'Guaranteed';

const QOS_RESOURCES = ['cpu', 'memory'] as const;
/** resources that may be set at Pod level (spec.resources); hugepages-<size> too */
const isPodLevelResource = (name: string) => name === 'cpu' || name === 'memory' || name.startsWith('hugepages-');

export interface Resources {
  requests: Record<string, unknown>;
  limits: Record<string, unknown>;
}

/** requests and limits of a container's or a Pod's `resources`, requests defaulted from limits */
export function resourcesOf(value: unknown): Resources {
  const resources = isRecord(value) ? value : {};
  const limits = isRecord(resources.limits) ? resources.limits : {};
  const requests = { ...limits, ...(isRecord(resources.requests) ? resources.requests : {}) };
  return { requests, limits };
}

/** Whether a quantity is set above zero (a value that does not parse counts as set). */
export function isPositive(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  const amount = quantityValue(value);
  return amount === undefined || amount > 0;
}

/** spec.resources sets a resource the kubelet applies at Pod level: then it alone decides the class. */
export function hasPodLevelResources(spec: Record<string, unknown>): boolean {
  const { requests, limits } = resourcesOf(spec.resources);
  return [...Object.keys(requests), ...Object.keys(limits)].some(isPodLevelResource);
}

export function podQosClass(spec: Record<string, unknown>): QosClass {
  const sources: Resources[] = hasPodLevelResources(spec)
    ? [resourcesOf(spec.resources)]
    : ['containers', 'initContainers'].flatMap((group) => {
      const list = spec[group];
      return Array.isArray(list) ? list.filter(isRecord).map((c) => resourcesOf(c.resources)) : [];
    });
  const requests = new Map<string, number>();
  const limits = new Map<string, number>();
  let guaranteed = true;
  const add = (sum: Map<string, number>, name: string, value: unknown) => {
    sum.set(name, (sum.get(name) ?? 0) + (quantityValue(value) ?? Number.NaN));
  };
  for (const source of sources) {
    for (const name of QOS_RESOURCES) {
      if (isPositive(source.requests[name])) add(requests, name, source.requests[name]);
      if (isPositive(source.limits[name])) add(limits, name, source.limits[name]);
      else guaranteed = false;
    }
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  for (const [name, request] of requests) {
    const limit = limits.get(name);
    // an unparsable quantity (NaN) never compares equal: schema rules report it, the class is not Guaranteed
    if (limit === undefined || !(Math.abs(limit - request) <= 1e-9 * Math.max(1, limit))) guaranteed = false;
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}
