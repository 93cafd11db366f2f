import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { remarkMermaid } from '../../../src/lib/markdown/remark-mermaid.ts';

function run(tree: Root) {
  const file: { data: { astro?: { frontmatter?: Record<string, unknown> } } } = { data: {} };
  remarkMermaid()(tree, file);
  return file;
}

describe('remarkMermaid', () => {
  it('turns mermaid fences of any capitalization into figures that keep the source', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'code', lang: 'Mermaid', value: 'flowchart TD\n  A --> B' },
        { type: 'code', lang: 'yaml', value: 'a: 1' },
      ],
    };
    const file = run(tree);
    const figure = tree.children[0] as { data?: { hName?: string; hChildren?: Array<{ children: Array<{ value: string }> }> } };
    expect(figure.data?.hName).toBe('figure');
    expect(figure.data?.hChildren?.[0]?.children[0]?.value).toBe('flowchart TD\n  A --> B');
    expect(tree.children[1]?.type).toBe('code');
    expect(file.data.astro?.frontmatter?.['hasDiagrams']).toBe(true);
  });

  it('marks nothing on pages without diagrams', () => {
    const file = run({ type: 'root', children: [{ type: 'code', lang: 'bash', value: 'kubectl get pods' }] });
    expect(file.data.astro?.frontmatter?.['hasDiagrams']).toBeUndefined();
  });
});
