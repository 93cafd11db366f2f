// Where a field path lands on a reference page. Fields of a recurring type exist only under the type's
// first occurrence, so 'spec.template.spec.initContainers.image' lands on
// 'spec.template.spec.containers.image': the longest prefix that is a later occurrence is swapped for
// the first one. Shared by the page's island (DOM lookups) and the build test (dist lookups).

export interface AnchorLookup {
  exists(anchor: string): boolean;
  /** for a field that links to an earlier occurrence of its type: that occurrence's anchor ('' = the kind itself) */
  sameAs(anchor: string): string | undefined;
}

/** The anchor to jump to for `path` ('spec.replicas', brackets allowed), or undefined when nothing matches. */
export function resolveAnchor(path: string, lookup: AnchorLookup): string | undefined {
  let steps = path.replace(/\[\]|\{\}|\[\d*\]/g, '').split('.').filter(Boolean);
  // each swap moves to an earlier occurrence, so a handful of rounds always suffices; the bound guards bad data
  for (let round = 0; round < 16 && steps.length > 0; round++) {
    const anchor = steps.join('.');
    if (lookup.exists(anchor)) return anchor;
    let swapped = false;
    for (let length = steps.length - 1; length > 0; length--) {
      const target = lookup.sameAs(steps.slice(0, length).join('.'));
      if (target === undefined) continue;
      steps = [...target.split('.').filter(Boolean), ...steps.slice(length)];
      swapped = true;
      break;
    }
    if (!swapped) return undefined;
  }
  return undefined;
}
