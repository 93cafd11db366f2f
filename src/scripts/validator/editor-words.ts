// The editor's own words in the page's language. CodeMirror asks EditorState.phrases for the lint panel's
// label, its close button and the few other words its packages show (editorPhrases: every phrase key of
// @codemirror/lint, view and commands, which a unit test reads from the packages). And @codemirror/lint (6.9.8, the newest) names each fix button of a problem's tooltip and of the problem
// list for screen readers in English, " Action: NAME (access key "K)".", written straight into the
// aria-label rather than through EditorState.phrases like its other words. This relabels the buttons in
// the page's language as the tooltip or list draws them (both live inside view.dom).
import { ViewPlugin, type EditorView } from '@codemirror/view';
import type { Extension } from '@codemirror/state';

/** CodeMirror's phrase keys, in the words of the page's dictionary (the labels Validator.astro renders). */
export function editorPhrases(labels: Readonly<Record<string, string>>): Record<string, string> {
  return {
    Diagnostics: labels['problems'] ?? '', 'No diagnostics': labels['noProblems'] ?? '', close: labels['close'] ?? '',
    'Control character': labels['controlCharacter'] ?? '', 'Selection deleted': labels['selectionDeleted'] ?? '',
  };
}

/** The words for an action button: its name, and the access key when it has one. */
export type ActionLabel = (name: string, key: string | undefined) => string;

const ENGLISH = /^ Action: (.*?)(?: \(access key "(.)\)")?\.$/s;

/** The English label's name and access key, or undefined when it is not lint's English label. */
export function readActionLabel(label: string): { name: string; key: string | undefined } | undefined {
  const match = ENGLISH.exec(label);
  return match ? { name: match[1] as string, key: match[2] } : undefined;
}

export function actionLabels(label: ActionLabel): Extension {
  return ViewPlugin.define((view: EditorView) => {
    const relabel = (): void => {
      for (const button of view.dom.querySelectorAll<HTMLElement>('.cm-diagnosticAction[aria-label]')) {
        const read = readActionLabel(button.getAttribute('aria-label') ?? '');
        if (read) button.setAttribute('aria-label', label(read.name, read.key));
      }
    };
    const observer = new MutationObserver(relabel);
    observer.observe(view.dom, { childList: true, subtree: true });
    return { destroy: () => observer.disconnect() };
  });
}
