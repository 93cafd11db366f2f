import type { Element, ElementContent, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { estimateRem, rehypePageParts } from '../../../src/lib/markdown/rehype-page-parts.ts';

const el = (tagName: string, children: ElementContent[] = [], properties: Element['properties'] = {}): Element => ({
  type: 'element', tagName, properties, children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });
const p = (value: string) => el('p', [text(value)]);

function run(children: RootContent[]): Root {
  const tree: Root = { type: 'root', children };
  rehypePageParts()(tree);
  return tree;
}

/** The tree's top level as tag names, a part as [class, its children's tags]. */
const outline = (tree: Root): unknown[] => tree.children.map((node) => {
  if (node.type !== 'element') return node.type;
  if (node.tagName !== 'section') return node.tagName;
  return [(node.properties['className'] as string[]).join(' '), node.children.map((child) => (child.type === 'element' ? child.tagName : child.type))];
});

describe('rehypePageParts', () => {
  it('makes each h2 and h3 with what follows it a part, and leaves the text before the first heading alone', () => {
    const tree = run([
      p('intro'), text('\n'), el('h2', [text('One')]), p('a'), el('h4', [text('small')]), p('b'),
      el('h3', [text('Two')]), el('ul', [el('li', [text('x')])]), el('h2', [text('Three')]),
    ]);
    expect(outline(tree)).toEqual([
      'p', 'text',
      ['part part-h2', ['h2', 'p', 'h4', 'p']],
      ['part part-h3', ['h3', 'ul']],
      ['part part-h2', ['h2']],
    ]);
  });

  it('leaves a page without h2 or h3 as it is', () => {
    const children = [p('a'), el('h4', [text('b')]), p('c')];
    expect(run([...children]).children).toEqual(children);
  });

  it('gives each part its estimated height in rem, more for more text and code', () => {
    const code = (lines: number) => el('figure', [el('figcaption', [text('YAML')]), el('pre', [el('code', [text(Array.from({ length: lines }, (_, i) => `line ${i}`).join('\n'))])])]);
    const tree = run([el('h2', [text('Short')]), p('one line'), el('h2', [text('Long')]), p('word '.repeat(300)), code(30)]);
    const heights = tree.children.map((node) => Number(/^--part-h: (\d+)rem$/.exec(String((node as Element).properties['style']))?.[1]));
    expect(heights[0]).toBeGreaterThan(4);
    // 1,500 characters are about 25 lines, and 30 lines of code about 40 rem
    expect(heights[1]).toBeGreaterThan((heights[0] as number) + 60);
    expect(heights[1]).toBeLessThan(150);
  });

  it('estimates a table by its rows and a diagram at a typical drawing height', () => {
    const row = (...cells: string[]) => el('tr', cells.map((cell) => el('td', [text(cell)])));
    const table = el('table', [el('tbody', [row('a', 'short'), row('b', 'x'.repeat(100))])]);
    // one line for the first row, four for the second (25 characters a line in a cell)
    expect(estimateRem([table])).toBe(1 + (1 * 1.5 + 1) + (4 * 1.5 + 1));
    expect(estimateRem([{ type: 'mdxJsxFlowElement' } as unknown as RootContent])).toBe(24);
  });
});
