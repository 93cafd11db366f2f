// Pagefind's excerpts are plain page text with the matched words wrapped in <mark>. The dialog
// never parses them as HTML: the text may contain '<' (code, arrows in diagrams), so only the
// literal <mark> and </mark> tokens are read and everything else stays text.

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** The excerpt as text runs, marked or not; empty runs are dropped. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const token of excerpt.split(/(<mark>|<\/mark>)/u)) {
    if (token === '<mark>') mark = true;
    else if (token === '</mark>') mark = false;
    else if (token !== '') parts.push({ text: token, mark });
  }
  return parts;
}
