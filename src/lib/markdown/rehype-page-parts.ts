import type { ElementContent, Root, RootContent } from 'hast';

/**
 * Cuts a guide page into parts: each h2 or h3 with what follows it up to the next one becomes a
 * <section class="part">, the text before the first heading stays as it is. With JavaScript on, CSS
 * lays out a part only when it comes near the screen (content-visibility: auto) and a small script
 * (src/scripts/page-parts.ts) lays out the rest in idle moments after load. A long page (the
 * troubleshooting guide: ~2,500 elements, ~40 code blocks) then lays out its first screen, not all
 * of it, before it answers input; Lighthouse mobile measured its main thread blocked 100–300 ms by
 * that one layout. Until a part is laid out it takes the height estimated here (--part-h, in rem),
 * so the scroll bar and a jump to an anchor are about right from the start.
 */
export function rehypePageParts() {
  return (tree: Root) => {
    const children: RootContent[] = [];
    let part: ElementContent[] | undefined;
    for (const node of tree.children) {
      if (node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3')) {
        part = [];
        children.push({ type: 'element', tagName: 'section', properties: { className: ['part', `part-${node.tagName}`] }, children: part });
      }
      if (part) part.push(node as ElementContent);
      else children.push(node);
    }
    for (const node of children) {
      if (node.type === 'element' && node.tagName === 'section') {
        node.properties['style'] = `--part-h: ${Math.round(estimateRem(node.children))}rem`;
      }
    }
    tree.children = children;
  };
}

// What a line holds and how tall it is, at the column's width on a phone and a desktop alike
// (rough: the estimate only stands in until the part is laid out).
const CHARS_PER_LINE = 60;
const LINE_REM = 1.75;
const CODE_LINE_REM = 1.38;

/** About how tall these blocks are, in rem. */
export function estimateRem(nodes: readonly (ElementContent | RootContent)[]): number {
  let rem = 0;
  for (const node of nodes) {
    if (node.type === 'text') rem += textLines(node.value) * LINE_REM;
    else if (node.type === 'element') rem += blockRem(node);
    // a diagram: <Diagram> until the MDX compiler renders it
    else if ((node.type as string) === 'mdxJsxFlowElement') rem += 24;
  }
  return rem;
}

function blockRem(node: Extract<ElementContent, { type: 'element' }>): number {
  switch (node.tagName) {
    case 'h2': return 4.5;
    case 'h3': return 3.5;
    case 'pre': return (textOf(node).split('\n').length) * CODE_LINE_REM + 1.8;
    // a code frame: its caption bar and its <pre>
    case 'figure': return 3.6 + estimateRem(node.children.filter((child) => child.type === 'element' && child.tagName === 'pre'));
    case 'table': return rowsOf(node).reduce((sum, cells) => sum + Math.max(1, ...cells.map((cell) => Math.ceil(cell.length / 25))) * 1.5 + 1, 1);
    case 'ul': case 'ol': return estimateRem(node.children) + 1;
    case 'li': return estimateRem(node.children.some((child) => child.type === 'element' && isBlock(child.tagName)) ? node.children : [{ type: 'text', value: textOf(node) }]) + 0.25;
    default: return isBlock(node.tagName) && node.children.some((child) => child.type === 'element' && isBlock(child.tagName))
      ? estimateRem(node.children)
      : textLines(textOf(node)) * LINE_REM + 1;
  }
}

const BLOCKS = new Set(['p', 'ul', 'ol', 'li', 'pre', 'figure', 'table', 'blockquote', 'div', 'details', 'h2', 'h3', 'h4', 'dl']);
const isBlock = (tag: string): boolean => BLOCKS.has(tag);
const textLines = (text: string): number => (text.trim() === '' ? 0 : Math.ceil(text.trim().length / CHARS_PER_LINE));

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** A table's rows, each as its cells' text. */
function rowsOf(node: ElementContent): string[][] {
  if (node.type !== 'element') return [];
  if (node.tagName === 'tr') return [node.children.filter((cell) => cell.type === 'element').map(textOf)];
  return node.children.flatMap(rowsOf);
}
