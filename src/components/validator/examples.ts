// The examples menu of the validator, gathered at build time: the guide's manifest set (each file,
// and all of them together as one paste), the deliberately wrong examples of that page, every
// example of the kind catalog, and hand-written broken manifests that show typical mistakes.
import yaml from 'js-yaml';
import type { Lang } from '../../i18n/index.ts';
import { parseCodeMeta } from '../../lib/markdown/code-meta.ts';
import { brokenExamples } from './broken-examples.ts';

export interface Example {
  id: string;
  label: string;
  text: string;
}

export interface ExampleGroup {
  /** i18n key of the group label */
  labelKey: 'validator.examples.guide' | 'validator.examples.kinds' | 'validator.examples.broken';
  examples: Example[];
}

const guidePages = import.meta.glob<string>('../../../content/{ko,en}/guide/manifest-examples.mdx', { query: '?raw', import: 'default', eager: true });
const kindFiles = import.meta.glob<string>('../../../content/kinds/*.yaml', { query: '?raw', import: 'default', eager: true });

interface Block {
  role: 'manifest' | 'wrong' | 'fragment';
  title: string | undefined;
  heading: string;
  code: string;
}

/** The ```yaml blocks of an MDX page with the heading they sit under. */
export function yamlBlocks(mdx: string): Block[] {
  const blocks: Block[] = [];
  let heading = '';
  const fence = /^## (.+)$|^```yaml([^\n]*)\n([\s\S]*?)^```$/gm;
  for (const match of mdx.matchAll(fence)) {
    if (match[1] !== undefined) {
      heading = match[1].trim();
      continue;
    }
    const meta = parseCodeMeta(match[2]?.trim());
    blocks.push({ role: meta.role, title: meta.title, heading, code: match[3] ?? '' });
  }
  return blocks;
}

function guideGroups(lang: Lang, allLabel: string): { guide: Example[]; wrong: Example[] } {
  const entry = Object.entries(guidePages).find(([path]) => path.includes(`/content/${lang}/guide/`));
  if (!entry) return { guide: [], wrong: [] };
  const blocks = yamlBlocks(entry[1]);
  const manifests = blocks.filter((b) => b.role === 'manifest');
  const guide: Example[] = [];
  if (manifests.length > 1) {
    guide.push({ id: 'guide-all', label: allLabel, text: manifests.map((b) => b.code.trimEnd()).join('\n---\n') + '\n' });
  }
  manifests.forEach((b, i) => guide.push({ id: `guide-${i}`, label: b.title ?? b.heading, text: b.code }));
  const wrong = blocks
    .filter((b) => b.role === 'wrong')
    .map((b, i) => ({ id: `guide-wrong-${i}`, label: `${b.heading}${b.title ? ` (${b.title})` : ''}`, text: b.code }));
  return { guide, wrong };
}

function kindExamples(): Example[] {
  const examples: Example[] = [];
  for (const [path, source] of Object.entries(kindFiles)) {
    const data = yaml.load(source) as { kind?: unknown; group?: unknown; example?: unknown } | undefined;
    if (typeof data?.kind !== 'string' || typeof data.example !== 'string') continue;
    const file = path.split('/').pop()?.replace(/\.yaml$/, '') ?? data.kind;
    // Two kinds share a name (Event, events.k8s.io Event): the group tells them apart.
    const label = file.includes('.') && typeof data.group === 'string' ? `${data.kind} (${data.group})` : data.kind;
    examples.push({ id: `kind-${file}`, label, text: data.example });
  }
  return examples.sort((a, b) => a.label.localeCompare(b.label));
}

export function exampleGroups(lang: Lang, allLabel: string): ExampleGroup[] {
  const { guide, wrong } = guideGroups(lang, allLabel);
  return [
    { labelKey: 'validator.examples.guide', examples: guide },
    { labelKey: 'validator.examples.kinds', examples: kindExamples() },
    {
      labelKey: 'validator.examples.broken',
      examples: [...wrong, ...brokenExamples.map((b) => ({ id: `broken-${b.id}`, label: b.label[lang], text: b.text }))],
    },
  ];
}
