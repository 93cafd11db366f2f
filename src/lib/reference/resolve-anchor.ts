// Where a field path lands on a reference page. Two things stand between a manifest's path and an
// anchor: fields of a recurring type exist only under the type's first occurrence (so
// 'spec.template.spec.initContainers.image' lands on 'spec.template.spec.containers.image'), and a map
// holds keys, not fields ('spec.overhead.cpu' is the map 'spec.overhead'; a CRD property named
// 'replicas' in 'openAPIV3Schema.properties.replicas.type' is a key). Shared by the page's island (DOM
// lookups) and the build test (dist lookups).

export interface AnchorLookup {
  exists(anchor: string): boolean;
  /** for a field that links to an earlier occurrence of its type: that occurrence's anchor */
  sameAs(anchor: string): string | undefined;
  /** the field is a map, so the step after it in a manifest path is a key */
  isMap?(anchor: string): boolean;
}

/** The anchor to jump to for `path` ('spec.replicas', brackets and indices allowed), or undefined. */
export function resolveAnchor(path: string, lookup: AnchorLookup): string | undefined {
  const steps = path.replace(/\[\]|\{\}|\[\d*\]/g, '').split('.').filter((step) => step !== '' && !/^\d+$/.test(step));
  return steps.length === 0 ? undefined : resolveSteps(steps, lookup, 12);
}

// Each rewrite either drops a key or moves to an earlier occurrence; the budget guards bad data (cycles).
function resolveSteps(steps: string[], lookup: AnchorLookup, budget: number): string | undefined {
  const anchor = steps.join('.');
  if (lookup.exists(anchor)) return anchor;
  if (budget === 0) return undefined;
  for (let length = steps.length - 1; length > 0; length--) {
    const prefix = steps.slice(0, length);
    const target = lookup.sameAs(prefix.join('.'));
    // without the key first: a reader's 'properties.type' names a field of the value type
    if (target !== undefined) {
      const found = resolveSteps([...target.split('.').filter(Boolean), ...steps.slice(length)], lookup, budget - 1);
      if (found !== undefined) return found;
    }
    if (lookup.isMap?.(prefix.join('.'))) {
      const found = resolveSteps([...prefix, ...steps.slice(length + 1)], lookup, budget - 1);
      if (found !== undefined) return found;
    }
    if (target !== undefined) return undefined;
  }
  return undefined;
}
