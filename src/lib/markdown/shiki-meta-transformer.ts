import type { ShikiTransformer } from 'shiki';

/** Keeps the fence's language and meta string on the <pre> so the code-frame plugin can label it. */
export const shikiMetaTransformer: ShikiTransformer = {
  name: 'kfg:meta',
  pre(node) {
    node.properties['data-language'] = this.options.lang;
    const raw = (this.options.meta as { __raw?: string } | undefined)?.__raw;
    if (raw) node.properties['data-meta'] = raw;
  },
};
