// Resource names as pkg/apis/core/helper reads them (IsNativeResource, IsExtendedResourceName,
// IsHugePageResourceName, IsOvercommitAllowed) and validateContainerResourceName uses them.
// https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#extended-resources
import { checkQualifiedName } from './names.ts';

const STANDARD_CONTAINER_RESOURCES = ['cpu', 'memory', 'ephemeral-storage'];
const HUGE_PAGES_PREFIX = 'hugepages-';

/** cpu, memory, hugepages-2Mi or anything under a kubernetes.io domain. */
export function isNativeResource(name: string): boolean {
  return !name.includes('/') || name.includes('kubernetes.io/');
}

export function isHugePages(name: string): boolean {
  return name.startsWith(HUGE_PAGES_PREFIX);
}

/** The page size named by hugepages-<size>, e.g. hugepages-2Mi. */
export function hugePageSize(name: string): string {
  return name.slice(HUGE_PAGES_PREFIX.length);
}

/** Extended resources (example.com/gpu) and huge pages cannot be overcommitted: request = limit. */
export function isOvercommitAllowed(name: string): boolean {
  return isNativeResource(name) && !isHugePages(name);
}

/** Extended resources count whole devices. */
export function isIntegerResource(name: string): boolean {
  return !isNativeResource(name);
}

export type ResourceNameProblem = 'resource-name-format' | 'resource-standard' | 'resource-extended';

/** What is wrong with a resource name in a container's requests or limits. */
export function containerResourceNameProblem(name: string): ResourceNameProblem | undefined {
  if (checkQualifiedName(name)) return 'resource-name-format';
  if (!name.includes('/')) return STANDARD_CONTAINER_RESOURCES.includes(name) || isHugePages(name) ? undefined : 'resource-standard';
  if (isNativeResource(name)) return undefined;
  // IsExtendedResourceName: its quota form requests.<name> must be a qualified name too
  return !name.startsWith('requests.') && !checkQualifiedName(`requests.${name}`) ? undefined : 'resource-extended';
}
