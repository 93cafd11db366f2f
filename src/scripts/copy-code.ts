// Wires the copy buttons that the build put into each code frame (CSS hides them without JavaScript).
export function initCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.code-copy')) {
    const frame = button.closest('.code-frame');
    const code = frame?.querySelector('pre code') ?? frame?.querySelector('pre');
    if (!code) continue;
    const label = button.textContent ?? '';
    button.addEventListener('click', async () => {
      let message = button.dataset['copied'] ?? '';
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
      } catch {
        message = button.dataset['failed'] ?? '';
      }
      button.textContent = message;
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}
