// Code frames for code that does not come through Markdown: the catalog's example manifests and the
// examples in the reference's field notes. The same frame rehype-code-frame.ts builds for the guide's
// fences (figure.code-frame: a caption bar with the language, "Open in validator" for a whole
// manifest and a copy button that src/scripts/copy-code.ts wires up), highlighted by the same Shiki
// themes. Build time only.
import yaml from 'js-yaml';
import { createHighlighter, type Highlighter } from 'shiki';
import { t, type Lang } from '../../i18n/index.ts';

/** The guide's code themes; astro.config.mjs hands the same pair to the Markdown pipeline. */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

let highlighter: Promise<Highlighter> | undefined;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeAttribute = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

/**
 * YAML as Shiki's dual-theme <pre> (each token carries --shiki-light and --shiki-dark, the page's
 * theme picks one), with the class the site's code styles use and a tab stop: the block scrolls
 * sideways on a phone, and a keyboard must be able to scroll it too.
 */
export async function highlightYaml(code: string): Promise<string> {
  highlighter ??= createHighlighter({ themes: Object.values(CODE_THEMES), langs: ['yaml'] });
  return (await highlighter).codeToHtml(code.replace(/\n$/u, ''), {
    lang: 'yaml',
    themes: CODE_THEMES,
    defaultColor: false,
    transformers: [{
      pre(node) {
        this.addClassToHast(node, 'astro-code');
        node.properties['tabindex'] = '0';
      },
    }],
  });
}

export interface CodeFrameOptions {
  lang: Lang;
  /** the highlighted <pre> (highlightYaml) */
  highlighted: string;
  /** "Open in validator" target, for a whole manifest only: a fragment would only show noise there */
  validatorHref?: string | undefined;
}

/**
 * The frame around a highlighted YAML block. A manifest is code, not text to search: its fields
 * are found on the reference pages, so the whole frame stays out of the index.
 */
export function yamlFrameHtml({ lang, highlighted, validatorHref }: CodeFrameOptions): string {
  const role = validatorHref === undefined ? 'fragment' : 'manifest';
  const open = validatorHref === undefined
    ? ''
    : `<a class="code-open" href="${escapeAttribute(validatorHref)}">${t(lang, 'validator.openInValidator')}</a>`;
  const copy = `<button type="button" class="code-copy" data-copied="${escapeAttribute(t(lang, 'code.copied'))}" data-failed="${escapeAttribute(t(lang, 'code.copyFailed'))}">${t(lang, 'code.copy')}</button>`;
  return `<figure class="code-frame" data-role="${role}" data-language="yaml" data-pagefind-ignore><figcaption class="code-bar"><span class="code-lang">YAML</span>${open}${copy}</figcaption>${highlighted}</figure>`;
}

/**
 * Whether YAML is a whole manifest the validator can check as it is: every document a mapping with
 * apiVersion, kind and metadata. Two lines of apiVersion and kind are an excerpt, not a manifest.
 */
export function isWholeManifest(text: string): boolean {
  let documents: unknown[];
  try {
    documents = yaml.loadAll(text);
  } catch {
    return false;
  }
  return documents.length > 0 && documents.every((doc) => {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return false;
    const { apiVersion, kind, metadata } = doc as Record<string, unknown>;
    return typeof apiVersion === 'string' && typeof kind === 'string' && typeof metadata === 'object' && metadata !== null;
  });
}
