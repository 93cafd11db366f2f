import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { diagramKey } from '../../../src/lib/markdown/diagram-key.ts';
import { remarkMermaid } from '../../../src/lib/markdown/remark-mermaid.ts';

interface JsxElement {
  type: string;
  name: string;
  attributes: { name: string; value: string }[];
}

describe('remarkMermaid', () => {
  it('turns mermaid fences of any capitalization into numbered Diagram elements that keep the source', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'code', lang: 'Mermaid', value: 'flowchart TD\n  A --> B' },
        { type: 'code', lang: 'yaml', value: 'a: 1' },
        { type: 'code', lang: 'mermaid', value: 'flowchart LR\n  C --> D' },
      ],
    };
    remarkMermaid()(tree);
    const diagram = tree.children[0] as unknown as JsxElement;
    expect(diagram.type).toBe('mdxJsxFlowElement');
    expect(diagram.name).toBe('Diagram');
    const attrs = Object.fromEntries(diagram.attributes.map((a) => [a.name, a.value]));
    expect(attrs).toEqual({ drawing: diagramKey('flowchart TD\n  A --> B'), source: 'flowchart TD\n  A --> B', number: '1' });
    expect(tree.children[1]?.type).toBe('code');
    expect((tree.children[2] as unknown as JsxElement).attributes.find((a) => a.name === 'number')?.value).toBe('2');
  });
});
