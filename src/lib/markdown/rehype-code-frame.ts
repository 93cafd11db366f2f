import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { t, type Lang } from '../../i18n/index.ts';
import { parseCodeMeta } from './code-meta.ts';
import type { CodeMetaData } from './remark-code-meta.ts';
import { validatorHref } from '../../scripts/validator/share-node.ts';

const languageLabels: Record<string, string> = {
  yaml: 'YAML', yml: 'YAML', bash: 'Bash', sh: 'Shell', shell: 'Shell', console: 'Console',
  text: 'Text', plaintext: 'Text', json: 'JSON', ts: 'TypeScript', js: 'JavaScript', ini: 'INI', toml: 'TOML',
};

/** The page language comes from the file's place under content/ko or content/en. */
export function langOfFile(path: string | undefined): Lang {
  return path !== undefined && /[\\/]content[\\/]en[\\/]/.test(path) ? 'en' : 'ko';
}

const text = (value: string): ElementContent => ({ type: 'text', value });

/** The code as written: the text of the highlighted spans. */
function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element', tagName, properties, children,
});

/**
 * Wraps each highlighted <pre> in a <figure> with a caption bar: the language, an optional file name,
 * a badge for deliberately wrong examples, and a copy button (hidden by CSS with JavaScript off,
 * where it could not work).
 */
export function rehypeCodeFrame() {
  return (tree: Root, file: { path?: string; data: Record<string, unknown> }) => {
    const lang = langOfFile(file.path);
    const metas = (file.data as CodeMetaData).codeMetas ?? [];
    let fence = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || parent === undefined || index === undefined) return;
      const language = node.properties['dataLanguage'];
      if (typeof language !== 'string') return;
      // fences come in document order here as in remarkCodeMeta (Mermaid ones became figures first)
      const meta = parseCodeMeta(metas[fence] ?? (typeof node.properties['dataMeta'] === 'string' ? node.properties['dataMeta'] : undefined));
      fence += 1;
      node.properties['tabIndex'] = 0;
      const bar: ElementContent[] = [el('span', { className: ['code-lang'] }, [text(languageLabels[language] ?? language)])];
      if (meta.title !== undefined) bar.push(el('span', { className: ['code-title'] }, [text(meta.title)]));
      if (meta.role === 'wrong') bar.push(el('span', { className: ['code-badge'] }, [text(t(lang, 'code.wrongExample'))]));
      // Complete manifests and deliberately wrong ones open in the validator, preloaded through the
      // URL fragment; fragments are partial by design and would only show noise there.
      if ((language === 'yaml' || language === 'yml') && meta.role !== 'fragment') {
        bar.push(el('a', { className: ['code-open'], href: validatorHref(lang, textOf(node)) }, [text(t(lang, 'validator.openInValidator'))]));
      }
      bar.push(
        el('button', {
          type: 'button', className: ['code-copy'],
          'data-copied': t(lang, 'code.copied'), 'data-failed': t(lang, 'code.copyFailed'),
        }, [text(t(lang, 'code.copy'))]),
      );
      // Search indexes shell commands and program output (error messages readers paste) but not
      // manifests: their field names are found on the reference pages, and indexing every example
      // made each guide page's search fragment a third larger. The caption bar is never content.
      const manifest = language === 'yaml' || language === 'yml';
      const frame: Record<string, string | string[]> = { className: ['code-frame'], 'data-role': meta.role, 'data-language': language };
      if (manifest) frame['data-pagefind-ignore'] = '';
      parent.children[index] = el('figure', frame, [
        el('figcaption', { className: ['code-bar'], 'data-pagefind-ignore': '' }, bar),
        node,
      ]);
      return 'skip';
    });
  };
}
