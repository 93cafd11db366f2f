// Finds where the guide talks about a kind, so a kind page can link the sections that use it.
// Pure: takes the MDX text, returns sections; the page turns them into links. A mention is
// - `kind: <Kind>` in a YAML code fence (with `apiVersion:` of the same group, for kinds whose
//   name two groups share), or
// - the kind name in prose or inline code (English, case-sensitive, whole word, plural allowed),
//   or in Korean prose the official Korean term at the start of a word, followed by nothing
//   Hangul or by a particle; so 롤 does not match 롤링 and 잡 does not match 복잡.
import GithubSlugger from 'github-slugger';

export interface KindMatcher {
  kind: string;
  /** '' for core */
  group: string;
  koName: string;
  /** another group serves a kind of the same name: prose cannot tell them apart */
  ambiguous: boolean;
}

export interface GuideSection {
  /** heading anchor as Astro generates it; undefined for text before the first heading */
  anchor?: string;
  /** heading text, markdown stripped */
  heading?: string;
  /** how much the section is about the kind: named in its heading 3, a YAML manifest 2, each prose line 1 */
  weight: number;
}

const HANGUL = /[\uAC00-\uD7A3]/;
/** What may follow a noun in the same word: plural 들, particles, the copula; nothing else. */
const WORD_TAIL =
  /^(?:들)?(?:으로|에서|에게|까지|부터|처럼|보다|마다|은|는|이|가|을|를|의|에|와|과|로|도|만|나|랑)*(?:이다|입니다|이며|이고|이나|이라|라|다)?$/;
const HANGUL_RUN = /^[\uAC00-\uD7A3]*/;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Plain text of a markdown heading, the way Astro computes the heading's id from it: markup
 * stripped, and outside code spans the dashes that smartypants turns into – and — (which the
 * slugger then drops), so `What --dry-run=server adds` gets the id `what-dry-runserver-adds`.
 */
export function headingText(markdown: string): string {
  return markdown
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') ? part.slice(1, -1) : part.replace(/-{2,}/g, '\u2014')))
    .join('')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .trim();
}

function mentionsInProse(line: string, matcher: KindMatcher): boolean {
  if (matcher.ambiguous && matcher.group !== '') return line.includes(`${matcher.group}/`);
  const english = new RegExp(`(?<![A-Za-z0-9.])${escape(matcher.kind)}(?:s|es)?(?![A-Za-z0-9])`);
  if (english.test(line)) return true;
  if (matcher.koName === matcher.kind || !HANGUL.test(matcher.koName)) return false;
  let from = line.indexOf(matcher.koName);
  while (from !== -1) {
    const before = line[from - 1] ?? '';
    const tail = HANGUL_RUN.exec(line.slice(from + matcher.koName.length))?.[0] ?? '';
    if (!HANGUL.test(before) && WORD_TAIL.test(tail)) return true;
    from = line.indexOf(matcher.koName, from + 1);
  }
  return false;
}

/** `kind: X` inside one YAML fence, checking the group when the name is shared. */
function mentionsInYaml(fence: string[], matcher: KindMatcher): boolean {
  const kindLine = new RegExp(`^\\s*(?:-\\s+)?kind:\\s*["']?${escape(matcher.kind)}["']?\\s*$`);
  if (!fence.some((line) => kindLine.test(line))) return false;
  if (!matcher.ambiguous) return true;
  const groups = fence.map((line) => /^\s*(?:-\s+)?apiVersion:\s*["']?([^"'\s]+)/.exec(line)?.[1]).filter(Boolean);
  const groupOf = (apiVersion: string) => (apiVersion.includes('/') ? apiVersion.replace(/\/[^/]+$/, '') : '');
  return groups.some((apiVersion) => groupOf(apiVersion as string) === matcher.group);
}

/** The sections of one MDX page (front matter skipped) that mention the kind, in page order, each once, weighed. */
export function sectionsMentioning(mdx: string, matcher: KindMatcher): GuideSection[] {
  const lines = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').split(/\r?\n/);
  const slugger = new GithubSlugger();
  const found: GuideSection[] = [];
  let current: GuideSection = { weight: 0 };
  let fence: { marker: string; lang: string; lines: string[] } | undefined;
  const add = (weight: number) => {
    if (!found.includes(current)) found.push(current);
    current.weight += weight;
  };
  for (const line of lines) {
    if (fence) {
      if (line.trim().startsWith(fence.marker) && line.trim().replace(/`|~/g, '') === '') {
        if (/^ya?ml$/.test(fence.lang) && mentionsInYaml(fence.lines, matcher)) add(2);
        fence = undefined;
      } else fence.lines.push(line);
      continue;
    }
    const open = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (open) {
      fence = { marker: open[1] as string, lang: open[2] ?? '', lines: [] };
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const text = headingText(heading[2] as string);
      current = { anchor: slugger.slug(text), heading: text, weight: 0 };
      if (mentionsInProse(text, matcher)) add(3);
      continue;
    }
    if (/^\s*(import|export)\s/.test(line)) continue;
    if (mentionsInProse(line, matcher)) add(1);
  }
  return found;
}
