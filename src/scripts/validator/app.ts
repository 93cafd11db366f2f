// The validator page, wired: editor, worker checks, result list, examples, share link, copies of the
// report, rule switches and the text kept across reloads. Loaded lazily by element.ts.
//
// The text starts in the server-rendered <textarea>: typing, pasting and checking work at first
// paint. CodeMirror (editor.ts, most of the page's code) is loaded on the reader's first interaction
// with the validator (a pointer press, a key or focus inside it), not when the browser is idle: its
// parse and first layout are one long task, which on a phone-class CPU lands in the load's blocking
// time whenever it runs during load, idle or not. A reader who reaches for the text box pays it while
// their pointer comes down, and the swap keeps the text, the selection and the scroll position.
import type { Lang } from '../../lib/validator/index.ts';
import { Checker, type CheckInput, type CheckOutcome } from './checker.ts';
import type { ShownDiagnostic } from './report.ts';
import { textareaBox, type TextBox, type TextEvents } from './text-box.ts';
import type { ReportFormat } from './protocol.ts';
import type { ReportLabels } from './report.ts';
import { fill } from './fill.ts';
import { fixButtonText, renderGroups } from './results-view.ts';
import { decodeShare, encodeShare, hashOfPayload, payloadOfHash, releaseOfHash } from './share.ts';
import { DEFAULT_RELEASE } from '../../lib/k8s/releases.ts';
import { readReleaseChoice } from './release-choice.ts';
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
  const area = host?.querySelector('textarea');
  const status = root.querySelector<HTMLElement>('[data-status]');
  const note = root.querySelector<HTMLElement>('[data-note]');
  const groupsHost = root.querySelector<HTMLElement>('[data-groups]');
  const select = root.querySelector<HTMLSelectElement>('[data-examples]');
  const allBox = root.querySelector<HTMLInputElement>('[data-best-practices]');
  const ruleBoxes = [...root.querySelectorAll<HTMLInputElement>('[data-rule]')];
  const fixAllButton = root.querySelector<HTMLButtonElement>('[data-fix-all]');
  const releaseSelect = root.querySelector<HTMLSelectElement>('[data-release]');
  if (!host || !area || !status || !note || !groupsHost || !select || !allBox || !fixAllButton || !releaseSelect) return;

  /** the check whose result the page shows; the worker makes its copied reports */
  let shownCheck = 0;
  /** the text of the latest check asked for, and of the shown one: the listed fixes' offsets index it */
  let sentText = '';
  let shownText = '';
  /** fixes just applied, said with the result of the check that follows */
  let appliedFixes = 0;
  let settings: Settings = loadSettings();

  const showNote = (text: string): void => {
    note.textContent = text;
    note.hidden = text === '';
  };

  // Where the text comes from: a shared link first, else what this tab last held.
  // Text typed into the textarea before this code arrived wins over the kept one.
  const typed = area.value;
  let initial = typed !== '' ? typed : (await loadText()) ?? '';
  let restored = initial !== '' && typed === '';
  const payload = payloadOfHash(location.hash);
  const linkRelease = releaseOfHash(location.hash);
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
  // A link's release wins over the remembered one and is remembered in turn; one the validator has no
  // data for is checked against the newest, and the reader is told.
  if (linkRelease !== undefined) {
    const choice = readReleaseChoice(linkRelease);
    if (choice === undefined) startNote = [fill(labels['releaseUnknown'] ?? '', { release: linkRelease, default: DEFAULT_RELEASE }, lang), startNote].filter((text) => text !== '').join(' ');
    settings = { ...settings, release: choice ?? DEFAULT_RELEASE };
    saveSettings(settings);
  }

  const request = (text: string, pack: boolean): CheckInput => ({
    text, lang, bestPractices: settings.bestPractices, disabledRules: settings.disabledRules, release: settings.release, pack,
  });

  const clearResults = (): void => {
    shownCheck = 0;
    shownText = '';
    appliedFixes = 0;
    fixAllButton.hidden = true;
    groupsHost.replaceChildren();
    shown = [];
    box.showDiagnostics(shown);
  };

  const onOutcome = (outcome: CheckOutcome): void => {
    root.removeAttribute('data-checking');
    groupsHost.removeAttribute('aria-busy');
    if (box.length() === 0) return;
    if (outcome.kind !== 'result' && awaitingPack !== 0) {
      // the worker was stopped before it could compress the text
      awaitingPack = 0;
      keepLarge(box.text());
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
    const { documents, groups, counts, total, suppressed, fixable, release, acceptance } = outcome.response;
    shownCheck = outcome.response.id;
    shownText = sentText;
    fixAllButton.hidden = fixable === 0;
    // The text may have changed while the worker checked; offsets then point into the old text,
    // and the next check (already scheduled) brings the right ones.
    const listed = groups.flatMap((group) => group.diagnostics);
    shown = listed;
    box.showDiagnostics(listed);
    renderGroups(groupsHost, groups, {
      lang,
      document: labels['document'] ?? '', error: labels['error'] ?? '', warning: labels['warning'] ?? '', info: labels['info'] ?? '',
      noProblems: labels['noProblems'] ?? '', position: labels['position'] ?? '', ruleLink: labels['ruleLink'] ?? '',
      hiddenInDocument: labels['hiddenInDocument'] ?? '',
      fix: labels['fix'] ?? '', fixSuggestion: labels['fixSuggestion'] ?? '', fixButtonLabel: labels['fixButtonLabel'] ?? '',
    }, rulesHref, (diag) => void withEditor(() => box.goTo(diag.line, diag.column)), (diag, button) => void fixOne(diag, button), acceptance);
    const documentCount = Math.max(documents.length, groups.length);
    const unchecked = documents.filter((document) => document.status === 'not-checked').length;
    const summary = (total === 0
      ? fill(labels['ok'] ?? '', { documents: documentCount }, lang)
      : fill(labels['summary'] ?? '', { documents: documentCount, ...counts }, lang))
      + (unchecked === 0 ? '' : ` ${fill(labels['notChecked'] ?? '', { count: unchecked }, lang)}`)
      + (suppressed === 0 ? '' : ` ${fill(labels['suppressed'] ?? '', { count: suppressed }, lang)}`)
      + ` ${fill(labels[acceptance ? 'releaseAll' : 'release'] ?? '', { release }, lang)}`;
    const applied = appliedFixes === 0 ? '' : `${fill(labels['applied'] ?? '', { count: appliedFixes, remaining: total }, lang)} `;
    appliedFixes = 0;
    status.textContent = applied + (listed.length === total
      ? summary
      : `${summary} ${fill(labels['truncated'] ?? '', { shown: listed.length, total }, lang)}`);
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
    sentText = text;
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
    const text = box.text();
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

  const events: TextEvents = {
    maxChars: MAX_INPUT_CHARS,
    onRefusedPaste: () => {
      status.textContent = fill(labels['tooLarge'] ?? '', { limit: MAX_INPUT_CHARS / (1024 * 1024) }, lang);
    },
    onChange: (whole) => {
      clearTimeout(settle);
      // a paste is checked at once; the timeout still lets the editor finish its update first
      settle = setTimeout(keepAndCheck, whole ? 0 : DEBOUNCE_MS);
    },
  };
  if (area.value !== initial) area.value = initial;
  area.setSelectionRange(0, 0);
  let box: TextBox = textareaBox(area, events);
  /** the diagnostics of the shown result, marked in the editor once it is in */
  let shown: readonly ShownDiagnostic[] = [];

  // The editor takes the textarea's place in one step, with its text, selection, scroll and focus.
  let editor: Promise<void> | undefined;
  const loadEditor = (): Promise<void> => editor ??= import('./editor.ts').then(({ createEditor, editorBox, editorPhrases, restoreScroll }) => {
    const focused = document.activeElement === area;
    const backward = area.selectionDirection === 'backward';
    const view = createEditor({
      ...events,
      phrases: editorPhrases(labels),
      actionLabel: (name, key) => fill((key ? labels['editorActionKey'] : labels['editorAction']) ?? '', { name, key: key ?? '' }, lang),
      doc: area.value,
      anchor: backward ? area.selectionEnd : area.selectionStart,
      head: backward ? area.selectionStart : area.selectionEnd,
      label: labels['editorLabel'] ?? '',
      describedBy: 'validator-editor-label',
      placeholder: labels['placeholder'] ?? '',
    });
    const { scrollTop, scrollLeft } = area;
    const style = getComputedStyle(area);
    const lineHeight = parseFloat(style.lineHeight);
    const padding = parseFloat(style.paddingTop);
    host.replaceChildren(view.dom);
    box = editorBox(view, {
      name: (diag) => fixButtonText(diag, { lang, fix: labels['fix'] ?? '', fixSuggestion: labels['fixSuggestion'] ?? '' }) ?? '',
      apply: (diag) => void fixOne(diag, null),
    });
    box.showDiagnostics(shown);
    if (focused) view.focus();
    restoreScroll(view, scrollTop, scrollLeft, lineHeight, padding);
    root.dataset['editorState'] = 'ready';
  }).catch((error: unknown) => {
    // the textarea stays, and with it typing and checking; the next interaction tries again
    editor = undefined;
    console.error(error);
  });
  /** Runs `act` once the editor is in (or could not come): examples, undo and the cursor need it. */
  const withEditor = async (act: () => void | Promise<void>): Promise<void> => {
    await loadEditor();
    await act();
  };

  // Fixes: each is previewed (fix-dialog.ts, loaded on the first) and applied as one change of the
  // text, which the reader can undo; the text is then checked again. A fix whose text has changed
  // since its check is not applied: its offsets no longer hold.
  const textChanged = (): void => {
    status.textContent = labels['fixStale'] ?? '';
    keepAndCheck();
  };
  /** Previews `before` → `after` and applies it when the reader says so. */
  const preview = async (before: string, after: string, title: string, suggestion: boolean, count: number, opener: HTMLElement | null): Promise<void> => {
    const { previewFix } = await import('./fix-dialog.ts');
    const hunks = await previewFix(root, before, after, {
      lang, title, note: suggestion ? labels['previewSuggestion'] : undefined, summary: labels['previewSummary'] ?? '',
      line: labels['previewLine'] ?? '', removed: labels['previewRemoved'] ?? '', added: labels['previewAdded'] ?? '',
      more: labels['previewMore'] ?? '', apply: labels['apply'] ?? '', cancel: labels['cancel'] ?? '',
    }, opener);
    if (!hunks) return;
    // the text cannot change behind a modal dialog, but a fix-all answer can come after typing
    if (box.text() !== before) return textChanged();
    box.applyEdits(hunks);
    appliedFixes = count;
    keepAndCheck();
    box.focus();
  };
  const fixOne = (diag: ShownDiagnostic, opener: HTMLElement | null): Promise<void> => withEditor(async () => {
    const fix = diag.fixes?.[0];
    if (!fix) return;
    const before = box.text();
    if (before !== shownText) return textChanged();
    const { withEdits } = await import('./fix-dialog.ts');
    const name = fixButtonText(diag, { lang, fix: labels['fix'] ?? '', fixSuggestion: labels['fixSuggestion'] ?? '' }) ?? '';
    const title = fill(labels['previewTitle'] ?? '', { line: diag.line, fix: name }, lang);
    await preview(before, withEdits(before, fix.edits), title, fix.safety === 'suggestion', 1, opener ?? (document.activeElement as HTMLElement | null));
  });
  const fixAll = (): Promise<void> => withEditor(async () => {
    const before = box.text();
    if (before !== shownText) return textChanged();
    fixAllButton.disabled = true;
    const said = status.textContent;
    status.textContent = labels['fixing'] ?? '';
    // with every release checked, the fixes are the listed (newest) release's: the worker says which
    const fixed = await checker.fix({ ...request(before, false), fixType: 'safe' });
    fixAllButton.disabled = false;
    if (!fixed) {
      status.textContent = labels['fixFailed'] ?? '';
      return;
    }
    if (fixed.text === before) {
      status.textContent = labels['fixNothing'] ?? '';
      return;
    }
    status.textContent = said;
    await preview(before, fixed.text, fill(labels['previewAll'] ?? '', { count: fixed.applied }, lang), false, fixed.applied, fixAllButton);
  });
  fixAllButton.addEventListener('click', () => void fixAll());

  for (const type of ['pointerdown', 'keydown', 'focusin'] as const) {
    root.addEventListener(type, () => void loadEditor(), { once: true, passive: true });
  }

  // A reload or a closed tab still finds the latest text, even mid-pause or mid-compression: leaving
  // the page is the one moment a blocking write costs the reader nothing.
  addEventListener('pagehide', () => {
    if (settle === undefined && awaitingPack === 0 && largeSaves === 0) return;
    const text = box.text();
    if (text.length <= MAX_INPUT_CHARS) saveText(text);
  });

  // Examples replace the text as one editor change, so Ctrl+Z brings the reader's text back.
  select.addEventListener('change', () => {
    const text = examples[select.value];
    if (text === undefined) return;
    void withEditor(() => {
      box.replace(text);
      keepAndCheck();
    });
  });

  // Rule switches: one for the whole best-practice category, one per rule.
  const applySettingsToBoxes = (): void => {
    releaseSelect.value = settings.release;
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
  releaseSelect.addEventListener('change', () => {
    settings = { ...settings, release: readReleaseChoice(releaseSelect.value) ?? DEFAULT_RELEASE };
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
      const url = `${location.origin}${location.pathname}${hashOfPayload(await encodeShare(box.text()), settings.release)}`;
      try {
        await navigator.clipboard.writeText(url);
        showNote(labels['shareDone'] ?? '');
      } catch {
        showShareFallback(url);
      }
    },
    markdown: () => copyReport('markdown'),
    json: () => copyReport('json'),
    clear: () => withEditor(() => {
      box.replace('');
      keepAndCheck();
      box.focus();
    }),
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
  releaseSelect.disabled = false;
  allBox.disabled = false;
  applySettingsToBoxes();

  showNote(startNote);
  checker.warm();
  check(initial);
  root.dataset['state'] = 'ready';
}
