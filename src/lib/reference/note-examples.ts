// The examples of the curated field notes as code frames, highlighted once per language for the
// whole build (every reference page repeats the ObjectMeta and PodSpec notes).
import type { Lang } from '../../i18n/index.ts';
import { highlightYaml, isWholeManifest, yamlFrameHtml } from '../markdown/code-frame-html.ts';
import { validatorHref } from '../../scripts/validator/share-node.ts';
import type { NotesIndex } from './notes.ts';

const frames = new WeakMap<NotesIndex, Map<Lang, Promise<ReadonlyMap<string, string>>>>();

async function frameAll(notes: NotesIndex, lang: Lang): Promise<ReadonlyMap<string, string>> {
  const examples = new Set<string>();
  for (const fields of notes.values()) for (const note of Object.values(fields)) if (note.example) examples.add(note.example);
  const entries = await Promise.all([...examples].map(async (example) => {
    const href = isWholeManifest(example) ? validatorHref(lang, example) : undefined;
    return [example, yamlFrameHtml({ lang, highlighted: await highlightYaml(example), validatorHref: href })] as const;
  }));
  return new Map(entries);
}

/** note example text -> its framed, highlighted HTML in `lang` */
export function noteExampleFrames(notes: NotesIndex, lang: Lang): Promise<ReadonlyMap<string, string>> {
  let byLang = frames.get(notes);
  if (byLang === undefined) frames.set(notes, (byLang = new Map()));
  let result = byLang.get(lang);
  if (result === undefined) byLang.set(lang, (result = frameAll(notes, lang)));
  return result;
}
