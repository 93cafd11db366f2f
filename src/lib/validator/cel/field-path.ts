// A rule's fieldPath (`.spec.replicas`, `.ports[1]`, `['a.b'].c`), relative to the rule's node, as
// path segments. undefined when it does not parse.

const SEGMENT = /\.([A-Za-z_$][\w$-]*)|\[\s*'((?:[^'\\]|\\.)*)'\s*\]|\[\s*"((?:[^"\\]|\\.)*)"\s*\]|\[\s*(\d+)\s*\]/y;

export function fieldPathSegments(fieldPath: string): (string | number)[] | undefined {
  const segments: (string | number)[] = [];
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < fieldPath.length) {
    const match = SEGMENT.exec(fieldPath);
    if (!match) return undefined;
    const [, name, single, double, index] = match;
    if (name !== undefined) segments.push(name);
    else if (single !== undefined) segments.push(single.replace(/\\(.)/g, '$1'));
    else if (double !== undefined) segments.push(double.replace(/\\(.)/g, '$1'));
    else segments.push(Number(index));
  }
  return segments;
}
