// The query parameter result links carry; the opened page highlights these words. A module of its
// own because every page's script reads it, and importing it from result.ts pulled that whole
// module (used only by the lazily loaded search panel) into every page.
export const highlightParam = 'pagefind-highlight';
