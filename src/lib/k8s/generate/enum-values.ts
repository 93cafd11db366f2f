// Upstream descriptions end enum fields with a list such as
//   Possible enum values:
//    - `"Always"` means that kubelet always attempts to pull the latest image.
// (k8s.io/kube-openapi writes it from the Go enum comments). The list is the
// upstream truth for the allowed values, so the schema takes it from there.

const MARKER = 'Possible enum values:';
const ITEM = /^\s*-\s+`"((?:[^"\\]|\\.)*)"`/;

/** The values listed under "Possible enum values:", or undefined when there is no such list. */
export function parseEnumValues(description: string): string[] | undefined {
  const start = description.indexOf(MARKER);
  if (start < 0) return undefined;
  const values: string[] = [];
  for (const line of description.slice(start + MARKER.length).split('\n')) {
    const match = ITEM.exec(line);
    // the .d.ts escapes characters that would end the comment (`\*`)
    if (match) values.push(match[1]!.replace(/\\(.)/g, "$1"));
  }
  return values.length > 0 ? values : undefined;
}
