// The downward API's selectors, as validateObjectFieldSelector and validateContainerResourceFieldSelector
// check them for environment variables and for downwardAPI volume files (pkg/apis/core/validation and
// ConvertDownwardAPIFieldLabel in pkg/apis/core/pods). https://kubernetes.io/docs/concepts/workloads/pods/downward-api/
import type { Lang, MessageData } from './types.ts';
import { checkQualifiedName } from './names.ts';
import { quantityValue } from './schema/formats.ts';
import { display } from './display.ts';

const ENV_FIELDS = [
  'metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName',
  'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs',
];
const VOLUME_FIELDS = ['metadata.name', 'metadata.namespace', 'metadata.labels', 'metadata.annotations', 'metadata.uid'];
const RESOURCES = ['limits.cpu', 'limits.memory', 'limits.ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage'];
const CPU_DIVISORS = ['1m', '1'];
const BYTE_DIVISORS = ['1', '1k', '1M', '1G', '1T', '1P', '1E', '1Ki', '1Mi', '1Gi', '1Ti', '1Pi', '1Ei'];

export interface SelectorProblem {
  messageId: string;
  data: MessageData;
  /** the selector's field the problem is about */
  field: string;
}

/** What is wrong with a fieldRef ({apiVersion, fieldPath}) in an env var or a volume file. */
export function downwardFieldProblem(ref: Record<string, unknown>, use: 'env' | 'volume'): SelectorProblem | undefined {
  const { apiVersion, fieldPath } = ref;
  if (typeof apiVersion === 'string' && apiVersion !== '' && apiVersion !== 'v1') {
    return { messageId: 'field-api-version', data: { version: apiVersion }, field: 'apiVersion' };
  }
  if (typeof fieldPath !== 'string' || fieldPath === '') return undefined; // the schema asks for it
  const subscripted = /^(.*)\['(.*)'\]$/.exec(fieldPath);
  if (subscripted) {
    const [, base, key] = subscripted as unknown as [string, string, string];
    if (base !== 'metadata.labels' && base !== 'metadata.annotations') return { messageId: 'field-subscript', data: { path: base }, field: 'fieldPath' };
    // annotation keys are compared in lower case upstream
    return checkQualifiedName(base === 'metadata.annotations' ? key.toLowerCase() : key)
      ? { messageId: 'field-key', data: { key }, field: 'fieldPath' }
      : undefined;
  }
  const allowed = use === 'env' ? ENV_FIELDS : VOLUME_FIELDS;
  return allowed.includes(fieldPath) ? undefined : { messageId: 'field-path', data: { path: fieldPath, allowed: allowed.join(', ') }, field: 'fieldPath' };
}

/** What is wrong with a resourceFieldRef ({containerName, resource, divisor}). */
export function resourceFieldProblem(ref: Record<string, unknown>): SelectorProblem | undefined {
  const { resource, divisor } = ref;
  if (typeof resource !== 'string' || resource === '') return undefined; // the schema asks for it
  const hugePages = resource.startsWith('requests.hugepages-') || resource.startsWith('limits.hugepages-');
  if (!RESOURCES.includes(resource) && !hugePages) {
    return { messageId: 'resource', data: { resource, allowed: RESOURCES.join(', ') }, field: 'resource' };
  }
  if (divisor === undefined || divisor === null) return undefined;
  const allowed = resource.endsWith('.cpu') ? CPU_DIVISORS : BYTE_DIVISORS;
  const value = quantityValue(divisor);
  if (value === undefined || value === 0) return undefined; // quantity-format reports a malformed one; zero means unset
  // compared by value, as upstream compares the canonical form: 1000m is 1
  if (allowed.some((option) => quantityValue(option) === value)) return undefined;
  return { messageId: 'divisor', data: { resource, divisor: display(divisor), allowed: allowed.join(', ') }, field: 'divisor' };
}

/** The sentences of the problems above, shared by the rules that report them (pod-env, pod-volumes). */
export const DOWNWARD_MESSAGES: Record<string, Record<Lang, string>> = {
  'field-path': {
    ko: 'fieldRef.fieldPath {path|는} 여기에 쓸 수 없다. 쓸 수 있는 값: {allowed}.',
    en: 'fieldRef.fieldPath {path} is not supported here; supported: {allowed}.',
  },
  'field-subscript': {
    ko: '{path|는} 키를 붙일 수 없다. metadata.labels[\'키\']와 metadata.annotations[\'키\']만 키를 붙인다.',
    en: '{path} does not take a subscript; only metadata.labels[\'key\'] and metadata.annotations[\'key\'] do.',
  },
  'field-key': {
    ko: '{key|는} 레이블이나 어노테이션 키로 쓸 수 없다.',
    en: '{key} is not a valid label or annotation key.',
  },
  'field-api-version': {
    ko: 'fieldRef.apiVersion {version|은} 지원되지 않는다. v1을 쓰자.',
    en: 'fieldRef.apiVersion {version} is not supported; use v1.',
  },
  resource: {
    ko: 'resourceFieldRef.resource {resource|는} 지원되지 않는다. 쓸 수 있는 값: {allowed}.',
    en: 'resourceFieldRef.resource {resource} is not supported; supported: {allowed}.',
  },
  divisor: {
    ko: '{resource}의 divisor {divisor|는} 쓸 수 없다. 쓸 수 있는 값: {allowed}.',
    en: 'The divisor {divisor} is not supported for {resource}; supported: {allowed}.',
  },
};
