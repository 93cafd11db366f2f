// Turns a value from the pasted YAML into text for a message. String() is not safe on hostile input:
// YAML can define an object whose `toString` key is not a function, and String() then throws.

export function display(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return Array.isArray(value) ? '[…]' : '{…}';
  }
}
