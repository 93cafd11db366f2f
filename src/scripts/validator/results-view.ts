// Renders the grouped result list. Every message is set as text (textContent): pasted YAML ends up
// in messages (names, images, values) and may contain markup.
import type { Lang } from '../../lib/validator/index.ts';
import { messageParts } from '../../lib/validator/message-parts.ts';
import { fill } from './fill.ts';
import { documentLabel, severities, type ShownDiagnostic, type ShownGroup } from './report.ts';
import type { DocumentAcceptanceLine } from './protocol.ts';

export interface ResultLabels {
  lang: Lang;
  document: string;
  error: string;
  warning: string;
  info: string;
  noProblems: string;
  position: string;
  ruleLink: string;
  /** '{count} more problems in this document are not listed …' */
  hiddenInDocument: string;
  /** the fix button's text: 'Fix: {label}', and for a suggestion 'Suggested: {label}' */
  fix: string;
  fixSuggestion: string;
  /** its accessible name, naming the problem and the fix: '… line {line} ({message}) … {label}' */
  fixButtonLabel: string;
}

/** What a fixable problem's button offers: its first (best) fix. */
export function fixButtonText(diag: ShownDiagnostic, labels: Pick<ResultLabels, 'fix' | 'fixSuggestion' | 'lang'>): string | undefined {
  const fix = diag.fixes?.[0];
  if (!fix) return undefined;
  return fill(fix.safety === 'safe' ? labels.fix : labels.fixSuggestion, { label: fix.label }, labels.lang);
}

/** An element with a class and, set as text, its content. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderGroups(
  container: HTMLElement,
  groups: readonly ShownGroup[],
  labels: ResultLabels,
  rulesHref: string,
  onSelect: (diag: ShownDiagnostic) => void,
  onFix: (diag: ShownDiagnostic, button: HTMLButtonElement) => void,
  /** with every release checked: each document's line saying which releases accept it */
  acceptance: readonly DocumentAcceptanceLine[] = [],
): void {
  const fragment = document.createDocumentFragment();
  const acceptanceOf = new Map(acceptance.map((line) => [line.document, line]));
  for (const group of groups) {
    const section = el('section', 'validator-group');
    const heading = el('h3', 'validator-group-title');
    const name = documentLabel(group.document);
    heading.append(el('span', '', fill(labels.document, { index: group.index + 1 }, labels.lang)));
    if (name) heading.append(el('span', 'validator-group-kind', name));
    section.append(heading);
    const releases = acceptanceOf.get(group.index);
    if (releases) {
      // as text: a rejection quotes the error's message, and with it the pasted YAML
      const line = el('p', `validator-acceptance${releases.rejected ? ' validator-acceptance-rejected' : ''}`, releases.summary);
      line.dataset['releases'] = releases.rejected ? 'rejected' : 'accepted';
      section.append(line);
    }

    const counts = el('p', 'validator-counts');
    for (const severity of severities) {
      const badge = el('span', `validator-count validator-sev-${severity}`, fill('{label} {count}', { label: labels[severity], count: group.counts[severity] }, labels.lang));
      counts.append(badge);
    }
    section.append(counts);

    if (group.diagnostics.length === 0 && group.hidden === 0) {
      section.append(el('p', 'validator-clean', labels.noProblems));
    }
    if (group.diagnostics.length > 0) {
      const list = el('ul', 'validator-list');
      for (const diag of group.diagnostics) list.append(item(diag, labels, rulesHref, onSelect, onFix));
      section.append(list);
    }
    if (group.hidden > 0) section.append(el('p', 'validator-hidden', fill(labels.hiddenInDocument, { count: group.hidden }, labels.lang)));
    fragment.append(section);
  }
  container.replaceChildren(fragment);
}

function item(
  diag: ShownDiagnostic, labels: ResultLabels, rulesHref: string, onSelect: (diag: ShownDiagnostic) => void,
  onFix: (diag: ShownDiagnostic, button: HTMLButtonElement) => void,
): HTMLLIElement {
  const li = el('li', 'validator-item');
  li.dataset['severity'] = diag.severity;
  // A button: Enter and Space activate it like a click, and it sits in the tab order.
  const button = el('button', 'validator-diag');
  button.type = 'button';
  button.dataset['line'] = String(diag.line);
  button.dataset['rule'] = diag.ruleId;
  button.append(el('span', `validator-sev validator-sev-${diag.severity}`, labels[diag.severity]));
  const position = el('span', 'validator-pos');
  const visible = el('span', '', `${diag.line}:${diag.column}`);
  visible.setAttribute('aria-hidden', 'true');
  position.append(visible, el('span', 'validator-vh', fill(labels.position, { line: diag.line, column: diag.column }, labels.lang)));
  const message = el('span', 'validator-msg');
  // code spans as <code>, each part still set as text
  message.append(...messageParts(diag.message).map((part) => (part.code ? el('code', '', part.text) : part.text)));
  button.append(position, message);
  if (diag.fieldPath) button.append(el('code', 'validator-path', diag.fieldPath));
  button.addEventListener('click', () => onSelect(diag));
  li.append(button);
  // The core's own failure ('internal-error') is no rule and has no entry on the rules page.
  if (diag.ruleId !== 'internal-error') {
    const link = el('a', 'validator-rule', diag.ruleId);
    link.href = `${rulesHref}#${diag.ruleId}`;
    link.setAttribute('aria-label', fill(labels.ruleLink, { rule: diag.ruleId }, labels.lang));
    li.append(link);
  }
  const fixText = fixButtonText(diag, labels);
  const fix = diag.fixes?.[0];
  if (fixText !== undefined && fix) {
    const fixButton = el('button', `validator-fix validator-fix-${fix.safety}`, fixText);
    fixButton.type = 'button';
    fixButton.setAttribute('aria-label', fill(labels.fixButtonLabel, { line: diag.line, message: messageParts(diag.message).map((part) => part.text).join(''), label: fixText }, labels.lang));
    fixButton.addEventListener('click', () => onFix(diag, fixButton));
    // on a row of its own under the message, so the message keeps its width
    const row = el('div', 'validator-fix-row');
    row.append(fixButton);
    li.append(row);
  }
  return li;
}
