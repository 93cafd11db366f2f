// A message cut at its Markdown code spans, in a module of its own: the validator page imports it on
// the main thread, and format.ts (which imports every rule with its docs) would bring the whole rule
// set into the page's first script with it.

/** A message cut at its Markdown code spans (`kubectl debug`), for the page to show them as code. */
export function messageParts(message: string): { text: string; code: boolean }[] {
  return message.split(/`([^`\n]+)`/u).map((text, i) => ({ text, code: i % 2 === 1 })).filter((part) => part.text !== '');
}
