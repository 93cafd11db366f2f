// The default a field's upstream description states, e.g. "Defaults to 1." -> '1'.
// Upstream has no machine-readable default for most built-in fields, so the sentence is the source;
// phrasings seen in the 1.36 descriptions: "Defaults to X", "Default to X", "Default is X",
// "Default value is X", "The default value is X".
const DEFAULT_SENTENCE = /(?:^|[\s(])(?:Defaults? to|Default is|Default value is|[Tt]he default value is)\s+(.+?)(?:\.(?=\s|$)|\n|$)/;

/** The stated default, or undefined when the description states none. Trimmed to one sentence. */
export function statedDefault(description: string | undefined): string | undefined {
  if (!description) return undefined;
  const match = DEFAULT_SENTENCE.exec(description);
  const value = match?.[1]?.trim();
  return value ? value : undefined;
}
