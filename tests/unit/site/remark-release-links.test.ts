import type { Link, Paragraph, Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { LINKED_RELEASES, remarkReleaseLinks } from '../../../src/lib/markdown/remark-release-links.ts';
import { RELEASES } from '../../../src/lib/k8s/releases.ts';

const paragraph = (...children: Paragraph['children']): Paragraph => ({ type: 'paragraph', children });
const text = (value: string) => ({ type: 'text' as const, value });

function run(children: RootContent[], path = '/work/content/en/guide/pods.mdx'): Root {
  const tree: Root = { type: 'root', children };
  remarkReleaseLinks()(tree, { path });
  return tree;
}

/** Each link of the tree as 'text -> url'. */
function links(tree: Root): string[] {
  const found: string[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'link') {
      const link = node as Link;
      found.push(`${link.children.map((c) => ('value' in c ? c.value : '')).join('')} -> ${link.url}`);
    }
    for (const child of (node.children ?? []) as { type: string; children?: unknown[] }[]) walk(child);
  };
  walk(tree);
  return found;
}

describe('remarkReleaseLinks', () => {
  it('links the releases with a comparing change page: every release but the oldest', () => {
    expect([...LINKED_RELEASES]).toEqual(RELEASES.slice(1));
    expect(LINKED_RELEASES.has('1.27')).toBe(false);
  });

  it('links "since v1.NN", "in v1.NN", "from v1.NN" and "(v1.NN+)" in English, keeping the text around', () => {
    const tree = run([paragraph(text('The grace period is 50 s since v1.32 (40 s before); sidecars are GA in v1.33, host probes exist from v1.34 (v1.35+).'))]);
    expect(links(tree)).toEqual(['v1.32 -> /en/changes/1.32/', 'v1.33 -> /en/changes/1.33/', 'v1.34 -> /en/changes/1.34/', 'v1.35 -> /en/changes/1.35/']);
    const first = (tree.children[0] as Paragraph).children;
    expect(first[0]).toEqual(text('The grace period is 50 s since '));
    expect(first.at(-1)).toEqual(text('+).'));
  });

  it('links Korean "v1.NN부터", "v1.NN에서" and "v1.NN에 " to the Korean page', () => {
    const tree = run([paragraph(text('v1.32부터 50초이고, 사이드카는 v1.33에서 GA가 되었으며, v1.29에 분리되었다.'))], 'C:\\site\\content\\ko\\guide\\pods.mdx');
    expect(links(tree)).toEqual(['v1.32 -> /ko/changes/1.32/', 'v1.33 -> /ko/changes/1.33/', 'v1.29 -> /ko/changes/1.29/']);
  });

  it('leaves the described release, patch versions, the baseline and releases without a page alone', () => {
    const tree = run([
      paragraph(text('Facts are for Kubernetes v1.36; the v1.36 defaults; kubelet v1.36.1 since v1.36.1; removed in v1.27; removed in v1.25; since v1.9.')),
      paragraph(text('쿠버네티스 v1.36 기준이다. v1.27에서 제거되었다.')),
    ]);
    expect(links(tree)).toEqual([]);
  });

  it('links a release once per paragraph or table cell, in emphasis too, never in headings, code or links', () => {
    const tree = run([
      paragraph(text('deprecated in v1.35, and since v1.35 the kubelet '), { type: 'strong', children: [text('refuses since v1.35')] }),
      { type: 'heading', depth: 2, children: [text('Changed in v1.33')] },
      paragraph({ type: 'inlineCode', value: 'since v1.33' }, { type: 'link', url: 'https://kubernetes.io/', children: [text('v1.32부터의 50초')] }),
      { type: 'table', children: [{ type: 'tableRow', children: [
        { type: 'tableCell', children: [text('since v1.33')] },
        { type: 'tableCell', children: [{ type: 'emphasis', children: [text('in v1.33')] }] },
      ] }] },
    ]);
    expect(links(tree)).toEqual([
      'v1.35 -> /en/changes/1.35/',
      'v1.32부터의 50초 -> https://kubernetes.io/',
      'v1.33 -> /en/changes/1.33/',
      'v1.33 -> /en/changes/1.33/',
    ]);
  });

  it('does nothing to a file outside content/ko and content/en', () => {
    expect(links(run([paragraph(text('since v1.32'))], '/work/src/pages/x.mdx'))).toEqual([]);
  });
});
