import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { diagramKey } from './diagram-key.ts';

// The seeds spell the fence `Mermaid` as well as `mermaid`: match it in any capitalization.
const isMermaid = (node: Code) => node.lang?.toLowerCase() === 'mermaid';

/**
 * Turns ```mermaid fences into <Diagram> elements before Shiki sees them. The drawing itself was
 * made ahead of time (npm run diagrams, scripts/render-diagrams.mjs) and is found by the key of its
 * source; src/components/Diagram.astro embeds it with the source beside it. Guide pages pass the
 * component to their content.
 */
export function remarkMermaid() {
  return (tree: Root) => {
    let count = 0;
    visit(tree, 'code', (node: Code, index, parent) => {
      if (!isMermaid(node) || parent === undefined || index === undefined) return;
      count += 1;
      const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });
      parent.children[index] = {
        type: 'mdxJsxFlowElement',
        name: 'Diagram',
        attributes: [attribute('drawing', diagramKey(node.value)), attribute('source', node.value), attribute('number', String(count))],
        children: [],
      } as unknown as (typeof parent.children)[number];
    });
  };
}
