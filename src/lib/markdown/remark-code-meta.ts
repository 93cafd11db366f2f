import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface CodeMetaData {
  codeMetas?: string[];
}

/**
 * Records the meta string of every fenced code block (`yaml wrong`, `yaml title="x.yaml"`) in
 * document order, for rehypeCodeFrame. The MDX pipeline hands Shiki some meta strings but drops
 * others on the way (a bare word like `wrong` never arrived), so we keep our own copy.
 */
export function remarkCodeMeta() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const metas: string[] = [];
    visit(tree, 'code', (node: Code) => {
      metas.push(node.meta ?? '');
    });
    (file.data as CodeMetaData).codeMetas = metas;
  };
}
