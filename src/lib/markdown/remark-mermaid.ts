import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';

// The seeds spell the fence `Mermaid` as well as `mermaid`: match it in any capitalization.
const isMermaid = (node: Code) => node.lang?.toLowerCase() === 'mermaid';

/**
 * Turns ```mermaid fences into <figure class="diagram"><pre class="diagram-source">…</pre></figure>
 * before Shiki sees them. The source stays in the HTML, so it reads with JavaScript off and is indexed
 * by search; the Mermaid island replaces it with an SVG in the browser. Pages with a diagram get
 * `hasDiagrams: true` in their frontmatter so the layout loads the island only there.
 */
export function remarkMermaid() {
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    let count = 0;
    visit(tree, 'code', (node: Code, index, parent) => {
      if (!isMermaid(node) || parent === undefined || index === undefined) return;
      count += 1;
      parent.children[index] = {
        type: 'paragraph',
        children: [],
        data: {
          hName: 'figure',
          hProperties: { className: ['diagram'], 'data-diagram': String(count) },
          hChildren: [
            {
              type: 'element',
              tagName: 'pre',
              // focusable: a wide source scrolls sideways, and keyboard users must reach it
              // diagram source is not text to search; the prose around it says the same in words
              properties: { className: ['diagram-source'], tabIndex: 0, 'data-pagefind-ignore': '' },
              children: [{ type: 'text', value: node.value }],
            },
          ],
        },
      };
    });
    if (count > 0) {
      file.data.astro ??= {};
      file.data.astro.frontmatter ??= {};
      file.data.astro.frontmatter['hasDiagrams'] = true;
    }
  };
}
