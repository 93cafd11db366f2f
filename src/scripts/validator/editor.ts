// The CodeMirror 6 editor of the validator: YAML highlighting, line numbers, lint markers in the
// gutter and under the text with the message on hover. app.ts loads it on the reader's first
// interaction and swaps it in for the server-rendered <textarea> (same box, same labels). The `codemirror` meta package in this
// checkout is CodeMirror 5, so the setup is composed here from the @codemirror/* packages.
import { Compartment, EditorSelection, EditorState, type Extension } from '@codemirror/state';
import {
  drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, keymap, lineNumbers, placeholder,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { yaml } from '@codemirror/lang-yaml';
import { tags } from '@lezer/highlight';
import type { ShownDiagnostic } from './report.ts';
import { actionLabels, type ActionLabel } from './editor-words.ts';

export { editorPhrases } from './editor-words.ts';
import type { TextEdit } from '../../lib/validator/index.ts';
import { refusesPaste, type FixAction, type TextBox, type TextEvents } from './text-box.ts';

// Colours are CSS custom properties (validator.css), so the palette follows the site theme and
// meets contrast in both.
const highlight = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'var(--cm-key)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--cm-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--cm-number)' },
  { tag: [tags.comment, tags.lineComment], color: 'var(--cm-comment)', fontStyle: 'italic' },
  { tag: [tags.meta, tags.punctuation, tags.separator, tags.labelName, tags.typeName], color: 'var(--cm-meta)' },
]);

/** Reading the text (doc.toString()) on a change is left to the caller, once typing pauses. */
export interface EditorOptions extends TextEvents {
  doc: string;
  /** where the cursor or the selection starts (the textarea's, when the editor replaces it) */
  anchor: number;
  head: number;
  label: string;
  /** the id of the element describing the text (the visible label) */
  describedBy: string;
  placeholder: string;
  /** the editor's own words (the lint panel's label and its close button), in the page's language */
  phrases: Record<string, string>;
  /** a fix button's label for screen readers, which lint writes in English only (editor-words.ts) */
  actionLabel: ActionLabel;
}

/**
 * Above this size the YAML parser and bracket matching are switched off: the parser would spend
 * seconds of the page's time on a multi-megabyte paste, competing with the check (editors such as
 * VS Code do the same for large files). The text stays editable, uncoloured.
 */
export const LARGE_DOC_CHARS = 1024 * 1024;

const syntax = (): Extension => [bracketMatching(), yaml()];

export function createEditor(options: EditorOptions): EditorView {
  const language = new Compartment();
  const large = (state: EditorState): boolean => state.doc.length > LARGE_DOC_CHARS;
  const extensions: Extension[] = [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    indentOnInput(),
    highlightActiveLine(),
    syntaxHighlighting(highlight),
    language.of(options.doc.length > LARGE_DOC_CHARS ? [] : syntax()),
    // switched in the same transaction as the change, so the parser never starts on a large text
    EditorState.transactionExtender.of((tr) => {
      if (!tr.docChanged || large(tr.startState) === large(tr.state)) return null;
      return { effects: language.reconfigure(large(tr.state) ? [] : syntax()) };
    }),
    lintGutter(),
    placeholder(options.placeholder),
    // YAML is indented with spaces; Tab is left to move focus, so the editor is no keyboard trap.
    EditorState.tabSize.of(2),
    // F8 goes to the next problem, Ctrl/Cmd+Shift+M opens the list of problems with their fix buttons
    keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
    EditorState.phrases.of(options.phrases),
    actionLabels(options.actionLabel),
    EditorView.contentAttributes.of({
      'aria-label': options.label, 'aria-describedby': options.describedBy, 'aria-multiline': 'true',
      spellcheck: 'false', autocapitalize: 'off', autocorrect: 'off',
    }),
    // Megabytes pasted into the editor stall the page while it lays them out; the check would refuse
    // them anyway. Refusing the paste itself keeps the page responsive and the reader's text as it was.
    EditorView.domEventHandlers({
      paste(event, view) {
        const pasted = event.clipboardData?.getData('text/plain') ?? '';
        const { from, to } = view.state.selection.main;
        const refused = refusesPaste(view.state.doc.length, from, to, pasted, options.maxChars);
        if (refused === undefined) return false;
        event.preventDefault();
        options.onRefusedPaste(refused);
        return true;
      },
    }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update.transactions.some((tr) => tr.isUserEvent('input.paste') || tr.isUserEvent('input.drop')));
    }),
  ];
  const length = options.doc.length;
  const selection = EditorSelection.single(Math.min(options.anchor, length), Math.min(options.head, length));
  // no parent: the caller puts view.dom in the textarea's place in one step
  return new EditorView({ state: EditorState.create({ doc: options.doc, selection, extensions }) });
}

/** The editor as the page's text box; a problem with a fix gets `fix` as an action on its marker. */
export function editorBox(view: EditorView, fix?: FixAction): TextBox {
  return {
    text: () => view.state.doc.toString(),
    length: () => view.state.doc.length,
    replace: (text) => replaceText(view, text),
    applyEdits: (edits) => applyEdits(view, edits),
    showDiagnostics: (diagnostics) => showDiagnostics(view, diagnostics, fix),
    goTo: (line, column) => goTo(view, line, column),
    focus: () => view.focus(),
  };
}

export function replaceText(view: EditorView, text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: EditorSelection.cursor(0) });
}

/**
 * Applies non-overlapping edits of the current text as one transaction, so one Ctrl+Z takes them all
 * back; the cursor goes to the first and the view scrolls there.
 */
export function applyEdits(view: EditorView, edits: readonly TextEdit[]): void {
  if (edits.length === 0) return;
  const changes = view.state.changes(edits.map((edit) => ({ from: edit.start, to: edit.end, insert: edit.text })));
  const first = Math.min(...edits.map((edit) => edit.start));
  const at = changes.mapPos(first, 1);
  view.dispatch({ changes, selection: EditorSelection.cursor(at), effects: EditorView.scrollIntoView(at, { y: 'center' }), userEvent: 'input.fix' });
}

/** The core's offsets index the text the editor gave it (doc.toString()), so they map one to one. */
export function showDiagnostics(view: EditorView, diagnostics: readonly ShownDiagnostic[], fix?: FixAction): void {
  const length = view.state.doc.length;
  const lint: LintDiagnostic[] = diagnostics.map((d) => {
    const from = Math.min(Math.max(d.start, 0), length);
    const to = Math.min(Math.max(d.end, from), length);
    const actions = fix && d.fixes?.length ? [{ name: fix.name(d), apply: () => fix.apply(d) }] : undefined;
    return { from, to, severity: d.severity, message: d.message, source: d.ruleId, ...(actions ? { actions } : {}) };
  });
  view.dispatch(setDiagnostics(view.state, lint));
}

/**
 * Scrolls to where the textarea the editor replaced was scrolled (`top` px, lines of `lineHeight` px
 * after `padding` px, no wrapping in either). Setting scrollTop directly does not hold: the editor
 * re-anchors it when it measures its real line heights, so the top line is asked for instead.
 */
export function restoreScroll(view: EditorView, top: number, left: number, lineHeight: number, padding: number): void {
  if (top > 0 && lineHeight > 0) {
    const doc = view.state.doc;
    const index = Math.min(Math.max(Math.floor((top - padding) / lineHeight), 0), doc.lines - 1);
    const within = top - padding - index * lineHeight;
    view.dispatch({ effects: EditorView.scrollIntoView(doc.line(index + 1).from, { y: 'start', yMargin: -within }) });
  }
  view.requestMeasure({ read: () => undefined, write: () => { view.scrollDOM.scrollLeft = left; } });
}

/** Puts the cursor at the start of a diagnostic's range, scrolls there and focuses the editor. */
export function goTo(view: EditorView, line: number, column: number): void {
  const doc = view.state.doc;
  const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
  const pos = Math.min(target.from + Math.max(column - 1, 0), target.to);
  view.dispatch({ selection: EditorSelection.cursor(pos), effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
  view.focus();
}

export function cursorLine(view: EditorView): number {
  return view.state.doc.lineAt(view.state.selection.main.head).number;
}
