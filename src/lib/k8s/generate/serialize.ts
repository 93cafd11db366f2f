// Deterministic JSON for the generated files: keys sorted at every depth, and
// one line per kind / type so that a regeneration shows up as a readable diff
// while the file stays compact (no indentation).

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** A top-level object whose array and object members are written one entry per line. */
export function serializeGenerated(value: object): string {
  const sorted = sortKeys(value) as Record<string, unknown>;
  const parts = Object.entries(sorted).map(([key, member]) => {
    const name = JSON.stringify(key);
    if (Array.isArray(member)) {
      return `${name}:[\n${member.map((item) => JSON.stringify(item)).join(',\n')}\n]`;
    }
    if (member && typeof member === 'object') {
      const lines = Object.entries(member).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
      return `${name}:{\n${lines.join(',\n')}\n}`;
    }
    return `${name}:${JSON.stringify(member)}`;
  });
  return `{${parts.join(',\n')}}\n`;
}
