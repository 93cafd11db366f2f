// The validator page, wired: editor, worker checks, result list, examples, share link, copies of the
// report, rule switches and the text kept across reloads. Loaded lazily by element.ts.
import type { EditorView } from '@codemirror/view';
import type { Lang } from '../../lib/validator/index.ts';
import { Checker, type CheckInput, type CheckOutcome } from './checker.ts';
import { createEditor, goTo, replaceText, showDiagnostics } from './editor.ts';
import type { ReportFormat } from './protocol.ts';
import type { ReportLabels } from './report.ts';
import { fill } from './fill.ts';
import { renderGroups } from './results-view.ts';
import { decodeShare, encodeShare, hashOfPayload, payloadOfHash } from './share.ts';
import { MAX_INPUT_CHARS } from '../../lib/validator/yaml/limits.ts';
import { loadSettings, loadText, saveLargeText, savePackedText, saveSettings, saveText, type Settings } from './storage.ts';

type Labels = Record<string, string>;

const DEBOUNCE_MS = 250;
/** above this, the text is stored compressed, in the background */
const LARGE_TEXT_CHARS = 256 * 1024;
/** The bound: a huge paste is checked or refused within 2 s; this leaves room to say so. */
const TIMEOUT_MS = 1500;

function json<T>(root: HTMLElement, selector: string): T {
  return JSON.parse(root.querySelector(selector)?.textContent ?? '{}') as T;
}

export async function mountValidator(root: HTMLElement): Promise<void> {
  const lang = (root.dataset['lang'] === 'en' ? 'en' : 'ko') satisfies Lang;
  const labels = json<Labels>(root, '[data-labels]');
  const examples = json<Record<string, string>>(root, '[data-examples-json]');
  const rulesHref = root.dataset['rulesHref'] ?? `/${lang}/validator/rules/`;
  const host = root.querySelector<HTMLElement>('[data-editor]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  const note = root.querySelector<HTMLElement>('[data-note]');
  const groupsHost = root.querySelector<HTMLElement>('[data-groups]');
  const select = root.querySelector<HTMLSelectElement>('[data-examples]');
  const allBox = root.querySelector<HTMLInputElement>('[data-best-practices]');
  const ruleBoxes = [...root.querySelectorAll<HTMLInputElement>('[data-rule]')];
  if (!host || !status || !note || !groupsHost || !select || !allBox) return;

  /** the check whose result the page shows; the worker makes its copied reports */
  let shownCheck = 0;
  let settings: Settings = loadSettings();

  const showNote = (text: string): void => {
    note.textContent = text;
    note.hidden = text === '';
  };

  // Where the text comes from: a shared link first, else what this tab last held.
  let initial = (await loadText()) ?? '';
  let restored = initial !== '';
  const payload = payloadOfHash(location.hash);
  let startNote = '';
  if (payload !== undefined) {
    try {
      initial = await decodeShare(payload);
      restored = false;
      saveText(initial);
      // The link has done its job; without the fragment, a reload restores the reader's later edits
      // from storage instead of loading the link again over them.
      history.replaceState(history.state, '', location.pathname + location.search);
    } catch {
      // A damaged link loses nothing: the tab's text stays, and the link stays in the address bar
      // to compare with the one that was sent.
      startNote = labels['shareBroken'] ?? '';
    }
  }
  if (restored) startNote = [startNote, labels['restored'] ?? ''].filter((text) => text !== '').join(' ');

  const request = (text: string, pack: boolean): CheckInput => ({
    text, lang, bestPractices: settings.bestPractices, disabledRules: settings.disabledRules, pack,
  });

  const clearResults = (): void => {
    shownCheck = 0;
    groupsHost.replaceChildren();
    showDiagnostics(view, []);
  };

  const onOutcome = (outcome: CheckOutcome): void => {
    root.removeAttribute('data-checking');
    groupsHost.removeAttribute('aria-busy');
    if (view.state.doc.length === 0) return;
    if (outcome.kind !== 'result' && awaitingPack !== 0) {
      // the worker was stopped before it could compress the text
      awaitingPack = 0;
      keepLarge(view.state.doc.toString());
    }
    if (outcome.kind === 'timeout') {
      clearResults();
      status.textContent = labels['timeout'] ?? '';
      return;
    }
    if (outcome.kind === 'failed') {
      clearResults();
      status.textContent = fill(labels['failed'] ?? '', { reason: outcome.reason }, lang);
      return;
    }
    const { documents, groups, counts, total, suppressed } = outcome.response;
    shownCheck = outcome.response.id;
    // The text may have changed while the worker checked; offsets then point into the old text,
    // and the next check (already scheduled) brings the right ones.
    const listed = groups.flatMap((group) => group.diagnostics);
    showDiagnostics(view, listed);
    renderGroups(groupsHost, groups, {
      lang,
      document: labels['document'] ?? '', error: labels['error'] ?? '', warning: labels['warning'] ?? '', info: labels['info'] ?? '',
      noProblems: labels['noProblems'] ?? '', position: labels['position'] ?? '', ruleLink: labels['ruleLink'] ?? '',
      hiddenInDocument: labels['hiddenInDocument'] ?? '',
    }, rulesHref, (diag) => goTo(view, diag.line, diag.column));
    const documentCount = Math.max(documents.length, groups.length);
    const unchecked = documents.filter((document) => document.status === 'not-checked').length;
    const summary = (total === 0
      ? fill(labels['ok'] ?? '', { documents: documentCount }, lang)
      : fill(labels['summary'] ?? '', { documents: documentCount, ...counts }, lang))
      + (unchecked === 0 ? '' : ` ${fill(labels['notChecked'] ?? '', { count: unchecked }, lang)}`)
      + (suppressed === 0 ? '' : ` ${fill(labels['suppressed'] ?? '', { count: suppressed }, lang)}`);
    status.textContent = listed.length === total
      ? summary
      : `${summary} ${fill(labels['truncated'] ?? '', { shown: listed.length, total }, lang)}`;
    root.dataset['checked'] = String(outcome.response.id);
  };

  const checker = new Checker({
    timeoutMs: TIMEOUT_MS,
    onPacked: (id, payload) => {
      if (id !== awaitingPack) return;
      awaitingPack = 0;
      if (payload === undefined || !savePackedText(payload)) showNote(labels['notSaved'] ?? '');
    },
    onStart: () => {
      root.setAttribute('data-checking', '');
      groupsHost.setAttribute('aria-busy', 'true');
    },
    onOutcome,
  });

  /**
   * Checks `text`, or says there is nothing to check or too much; the check's id, or 0. With `pack`,
   * the worker also compresses the text for keeping.
   */
  const check = (text: string, pack = false): number => {
    if (text.trim() === '') {
      checker.cancel();
      root.removeAttribute('data-checking');
      clearResults();
      status.textContent = labels['empty'] ?? '';
      return 0;
    }
    if (text.length > MAX_INPUT_CHARS) {
      // The core refuses this size anyway; saying so here spares copying megabytes to the worker.
      checker.cancel();
      root.removeAttribute('data-checking');
      clearResults();
      status.textContent = fill(labels['tooLarge'] ?? '', { limit: MAX_INPUT_CHARS / (1024 * 1024) }, lang);
      return 0;
    }
    return checker.now(request(text, pack));
  };

  // Reading the whole text and storing it cost milliseconds per megabyte, and storage writes block:
  // both wait, with the check, until typing pauses, so keystrokes in a large paste stay cheap.
  let settle: ReturnType<typeof setTimeout> | undefined;
  /** the check whose compressed text the worker will send, to be kept; 0 when none */
  let awaitingPack = 0;
  let largeSaves = 0;
  /** Keeps a large text compressed here, when the worker could not do it. */
  const keepLarge = (text: string): void => {
    largeSaves += 1;
    void saveLargeText(text).then((kept) => {
      largeSaves -= 1;
      if (!kept) showNote(labels['notSaved'] ?? '');
    });
  };
  const keepAndCheck = (): void => {
    clearTimeout(settle);
    settle = undefined;
    const text = view.state.doc.toString();
    const large = text.length > LARGE_TEXT_CHARS;
    const id = check(text, large);
    if (id !== 0 && large) {
      // the worker compresses it after answering (onPacked); megabytes beyond the limit are not kept
      awaitingPack = id;
      showNote('');
      return;
    }
    awaitingPack = 0;
    showNote(text.length <= MAX_INPUT_CHARS && saveText(text) ? '' : labels['notSaved'] ?? '');
  };

  host.replaceChildren();
  host.removeAttribute('aria-busy');
  const view: EditorView = createEditor({
    parent: host,
    doc: initial,
    label: labels['editorLabel'] ?? '',
    placeholder: labels['placeholder'] ?? '',
    maxChars: MAX_INPUT_CHARS,
    onRefusedPaste: () => {
      status.textContent = fill(labels['tooLarge'] ?? '', { limit: MAX_INPUT_CHARS / (1024 * 1024) }, lang);
    },
    onChange: (whole) => {
      clearTimeout(settle);
      // a paste is checked at once; the timeout still lets the editor finish its update first
      settle = setTimeout(keepAndCheck, whole ? 0 : DEBOUNCE_MS);
    },
  });
  // A reload or a closed tab still finds the latest text, even mid-pause or mid-compression: leaving
  // the page is the one moment a blocking write costs the reader nothing.
  addEventListener('pagehide', () => {
    if (settle === undefined && awaitingPack === 0 && largeSaves === 0) return;
    const text = view.state.doc.toString();
    if (text.length <= MAX_INPUT_CHARS) saveText(text);
  });
  view.contentDOM.setAttribute('aria-describedby', 'validator-editor-label');

  // Examples replace the text as one editor change, so Ctrl+Z brings the reader's text back.
  select.addEventListener('change', () => {
    const text = examples[select.value];
    if (text === undefined) return;
    replaceText(view, text);
    keepAndCheck();
  });

  // Rule switches: one for the whole best-practice category, one per rule.
  const applySettingsToBoxes = (): void => {
    allBox.checked = settings.bestPractices;
    for (const box of ruleBoxes) {
      box.checked = !settings.disabledRules.includes(box.dataset['rule'] ?? '');
      box.disabled = !settings.bestPractices;
    }
  };
  const settingsChanged = (): void => {
    saveSettings(settings);
    applySettingsToBoxes();
    keepAndCheck();
  };
  allBox.addEventListener('change', () => {
    settings = { ...settings, bestPractices: allBox.checked };
    settingsChanged();
  });
  for (const box of ruleBoxes) {
    box.addEventListener('change', () => {
      const id = box.dataset['rule'] ?? '';
      const others = settings.disabledRules.filter((rule) => rule !== id);
      settings = { ...settings, disabledRules: box.checked ? others : [...others, id] };
      settingsChanged();
    });
  }

  const copy = async (text: string, done: string, failed: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      showNote(done);
    } catch {
      showNote(failed);
    }
  };
  const reportLabels = (): ReportLabels => ({
    title: labels['reportTitle'] ?? '', document: (labels['document'] ?? '').replace(/\s*\{index\}\s*/, ''),
    line: labels['lineHeader'] ?? '', severityHeader: labels['severityHeader'] ?? '', rule: labels['ruleHeader'] ?? '',
    message: labels['messageHeader'] ?? '', noProblems: labels['noProblems'] ?? '',
    severity: { error: labels['error'] ?? '', warning: labels['warning'] ?? '', info: labels['info'] ?? '' },
  });
  /** A report of the shown result, from the worker; without one, the reader is told to wait. */
  const copyReport = async (format: ReportFormat): Promise<void> => {
    const text = shownCheck === 0 ? undefined : await checker.report(shownCheck, format, reportLabels());
    if (text === undefined) showNote(labels['reportUnavailable'] ?? '');
    else await copy(text, labels['copied'] ?? '', labels['copyFailed'] ?? '');
  };

  const actions: Record<string, () => void | Promise<void>> = {
    share: async () => {
      const url = `${location.origin}${location.pathname}${hashOfPayload(await encodeShare(view.state.doc.toString()))}`;
      try {
        await navigator.clipboard.writeText(url);
        showNote(labels['shareDone'] ?? '');
      } catch {
        showShareFallback(url);
      }
    },
    markdown: () => copyReport('markdown'),
    json: () => copyReport('json'),
    clear: () => {
      replaceText(view, '');
      keepAndCheck();
      view.focus();
    },
  };

  /** Without clipboard access the link is shown, selected, for the reader to copy. */
  const showShareFallback = (url: string): void => {
    showNote(labels['shareFailed'] ?? '');
    const field = document.createElement('input');
    field.type = 'text';
    field.readOnly = true;
    field.value = url;
    field.className = 'validator-share-field';
    field.setAttribute('aria-label', labels['shareFailed'] ?? '');
    note.append(field);
    field.select();
  };

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-action]')) {
    const action = actions[button.dataset['action'] ?? ''];
    if (!action) continue;
    button.addEventListener('click', () => void action());
    button.disabled = false;
  }
  select.disabled = false;
  allBox.disabled = false;
  applySettingsToBoxes();

  showNote(startNote);
  checker.warm();
  check(initial);
  root.dataset['state'] = 'ready';
}
