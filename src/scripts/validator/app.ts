// The validator page, wired: editor, worker checks, result list, examples, share link, copies of the
// report, rule switches and the text kept across reloads. Loaded lazily by element.ts.
import type { EditorView } from '@codemirror/view';
import type { Lang } from '../../lib/validator/index.ts';
import { Checker, type CheckOutcome } from './checker.ts';
import { createEditor, goTo, replaceText, showDiagnostics } from './editor.ts';
import type { CheckRequest } from './protocol.ts';
import { countBySeverity, groupByDocument, jsonReport, markdownReport, type DocumentGroup } from './report.ts';
import { renderGroups } from './results-view.ts';
import { decodeShare, encodeShare, hashOfPayload, payloadOfHash } from './share.ts';
import { MAX_INPUT_CHARS } from '../../lib/validator/yaml/limits.ts';
import { loadSettings, loadText, saveSettings, saveText, type Settings } from './storage.ts';

type Labels = Record<string, string>;

const DEBOUNCE_MS = 250;
/** The bound: a huge paste is checked or refused within 2 s; this leaves room to say so. */
const TIMEOUT_MS = 1500;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

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

  let groups: DocumentGroup[] = [];
  let settings: Settings = loadSettings();

  const showNote = (text: string): void => {
    note.textContent = text;
    note.hidden = text === '';
  };

  // Where the text comes from: a shared link first, else what this tab last held.
  let initial = loadText() ?? '';
  let restored = initial !== '';
  const payload = payloadOfHash(location.hash);
  let startNote = '';
  if (payload !== undefined) {
    try {
      initial = await decodeShare(payload);
      restored = false;
      saveText(initial);
    } catch {
      startNote = labels['shareBroken'] ?? '';
    }
    // The link has done its job; without the fragment, a reload restores the reader's later edits
    // from storage instead of loading the link again over them.
    history.replaceState(history.state, '', location.pathname + location.search);
  }
  if (restored) startNote = labels['restored'] ?? '';

  const request = (text: string): Omit<CheckRequest, 'id'> => ({
    text, lang, bestPractices: settings.bestPractices, disabledRules: settings.disabledRules,
  });

  const clearResults = (): void => {
    groups = [];
    groupsHost.replaceChildren();
    showDiagnostics(view, []);
  };

  const onOutcome = (outcome: CheckOutcome): void => {
    root.removeAttribute('data-checking');
    groupsHost.removeAttribute('aria-busy');
    if (view.state.doc.length === 0) return;
    if (outcome.kind === 'timeout') {
      clearResults();
      status.textContent = labels['timeout'] ?? '';
      return;
    }
    if (outcome.kind === 'failed') {
      clearResults();
      status.textContent = fill(labels['failed'] ?? '', { reason: outcome.reason });
      return;
    }
    const { documents, diagnostics } = outcome.response;
    // The text may have changed while the worker checked; offsets then point into the old text,
    // and the next check (already scheduled) brings the right ones.
    groups = groupByDocument(documents, diagnostics);
    showDiagnostics(view, diagnostics);
    renderGroups(groupsHost, groups, {
      document: labels['document'] ?? '', error: labels['error'] ?? '', warning: labels['warning'] ?? '', info: labels['info'] ?? '',
      noProblems: labels['noProblems'] ?? '', position: labels['position'] ?? '', ruleLink: labels['ruleLink'] ?? '',
    }, rulesHref, (diag) => goTo(view, diag.line, diag.column));
    const counts = countBySeverity(diagnostics);
    const documentCount = Math.max(documents.length, groups.length);
    status.textContent = diagnostics.length === 0
      ? fill(labels['ok'] ?? '', { documents: documentCount })
      : fill(labels['summary'] ?? '', { documents: documentCount, ...counts });
    root.dataset['checked'] = String(outcome.response.id);
  };

  const checker = new Checker({
    debounceMs: DEBOUNCE_MS,
    timeoutMs: TIMEOUT_MS,
    onStart: () => {
      root.setAttribute('data-checking', '');
      groupsHost.setAttribute('aria-busy', 'true');
    },
    onOutcome,
  });

  /** Checks `text` (now or after typing pauses), or says there is nothing to check. */
  const check = (text: string, immediately: boolean): void => {
    if (text.trim() === '') {
      checker.cancel();
      root.removeAttribute('data-checking');
      clearResults();
      status.textContent = labels['empty'] ?? '';
      return;
    }
    if (text.length > MAX_INPUT_CHARS) {
      // The core refuses this size anyway; saying so here spares copying megabytes to the worker.
      checker.cancel();
      root.removeAttribute('data-checking');
      clearResults();
      status.textContent = fill(labels['tooLarge'] ?? '', { limit: MAX_INPUT_CHARS / (1024 * 1024) });
      return;
    }
    if (immediately) checker.now(request(text));
    else checker.schedule(request(text));
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
      status.textContent = fill(labels['tooLarge'] ?? '', { limit: MAX_INPUT_CHARS / (1024 * 1024) });
    },
    onChange: (text) => {
      // Storage writes are synchronous; megabytes beyond the check limit are not kept.
      showNote(text.length <= MAX_INPUT_CHARS && saveText(text) ? '' : labels['notSaved'] ?? '');
      check(text, false);
    },
  });
  view.contentDOM.setAttribute('aria-describedby', 'validator-editor-label');

  // Examples replace the text as one editor change, so Ctrl+Z brings the reader's text back.
  select.addEventListener('change', () => {
    const text = examples[select.value];
    if (text === undefined) return;
    replaceText(view, text);
    check(text, true);
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
    check(view.state.doc.toString(), true);
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
  const reportLabels = () => ({
    title: labels['reportTitle'] ?? '', document: (labels['document'] ?? '').replace(/\s*\{index\}\s*/, ''),
    line: labels['lineHeader'] ?? '', severityHeader: labels['severityHeader'] ?? '', rule: labels['ruleHeader'] ?? '',
    message: labels['messageHeader'] ?? '', noProblems: labels['noProblems'] ?? '',
    severity: { error: labels['error'] ?? '', warning: labels['warning'] ?? '', info: labels['info'] ?? '' },
  });

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
    markdown: () => copy(markdownReport(groups, reportLabels()), labels['copied'] ?? '', labels['copyFailed'] ?? ''),
    json: () => copy(jsonReport(groups), labels['copied'] ?? '', labels['copyFailed'] ?? ''),
    clear: () => {
      replaceText(view, '');
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
  check(initial, true);
  root.dataset['state'] = 'ready';
}
