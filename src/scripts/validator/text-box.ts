// What the page needs from the text it checks, whichever control holds it: the plain <textarea> the
// server renders (usable at first paint) or the CodeMirror editor that replaces it once the reader
// interacts with the page (editor.ts, loaded on demand so its code stays out of the first load).
import type { TextEdit } from '../../lib/validator/index.ts';
import type { ShownDiagnostic } from './report.ts';

/** What the editor's marker of a fixable problem offers: the page's preview of its first fix. */
export interface FixAction {
  name(diagnostic: ShownDiagnostic): string;
  apply(diagnostic: ShownDiagnostic): void;
}

export interface TextBox {
  text(): string;
  length(): number;
  /** replaces the whole text as one change, the cursor at the start */
  replace(text: string): void;
  /**
   * Applies non-overlapping edits of the current text as one undoable change (the textarea: one
   * undo step per edit where the browser keeps them), the cursor at the first; then focuses.
   */
  applyEdits(edits: readonly TextEdit[]): void;
  showDiagnostics(diagnostics: readonly ShownDiagnostic[]): void;
  /** puts the cursor at line:column (1-based), scrolls there and focuses */
  goTo(line: number, column: number): void;
  focus(): void;
}

export interface TextEvents {
  /** The text changed; `whole` is true for a paste or a drop, which need no pause before the check. */
  onChange(whole: boolean): void;
  /** a paste that would make the text longer than this is refused before the control takes it */
  maxChars: number;
  onRefusedPaste(chars: number): void;
}

/** The length of the text a paste of `pasted` over [from, to) would leave, refused above `max`. */
export function refusesPaste(length: number, from: number, to: number, pasted: string, max: number): number | undefined {
  const resulting = length - (to - from) + pasted.length;
  return resulting > max ? resulting : undefined;
}

/** The offset of line:column (1-based, clamped to the text) in `text`. */
export function offsetOf(text: string, line: number, column: number): number {
  let start = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', start);
    if (next === -1) break;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return Math.min(start + Math.max(column - 1, 0), end === -1 ? text.length : end);
}

/** The server-rendered <textarea>, wired like the editor: change events, refused pastes, cursor moves. */
export function textareaBox(area: HTMLTextAreaElement, events: TextEvents): TextBox {
  area.addEventListener('input', (event) => {
    const type = (event as InputEvent).inputType;
    events.onChange(type === 'insertFromPaste' || type === 'insertFromDrop');
  });
  area.addEventListener('paste', (event) => {
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    const refused = refusesPaste(area.value.length, area.selectionStart, area.selectionEnd, pasted, events.maxChars);
    if (refused === undefined) return;
    event.preventDefault();
    events.onRefusedPaste(refused);
  });
  return {
    text: () => area.value,
    length: () => area.value.length,
    replace: (text) => {
      area.value = text;
      area.setSelectionRange(0, 0);
    },
    applyEdits: (edits) => {
      area.focus();
      // from the end backwards, so the earlier offsets still hold; execCommand keeps the browser's undo
      for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
        if (edit.start === edit.end && edit.text === '') continue;
        area.setSelectionRange(edit.start, edit.end);
        const kept = edit.text === '' ? document.execCommand('delete') : document.execCommand('insertText', false, edit.text);
        if (!kept) area.setRangeText(edit.text, edit.start, edit.end, 'end');
      }
      const first = Math.min(...edits.map((edit) => edit.start));
      area.setSelectionRange(first, first);
    },
    // the result list shows them; the textarea has no place to mark them
    showDiagnostics: () => undefined,
    goTo: (line, column) => {
      const offset = offsetOf(area.value, line, column);
      area.focus();
      area.setSelectionRange(offset, offset);
    },
    focus: () => area.focus(),
  };
}
