// The sidebar is a drawer on narrow screens (CSS, keyed on <html class="js"> set before first
// paint, so nothing moves when this runs). Without JavaScript it simply stays in the flow.
export function initMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
  const sidebar = document.getElementById('sidebar');
  if (button === null || sidebar === null) return;

  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-label', (open ? button.dataset['labelClose'] : button.dataset['labelOpen']) ?? '');
    document.documentElement.classList.toggle('menu-open', open);
    if (open) (sidebar.querySelector<HTMLElement>('a[aria-current="page"], a.sidebar-ancestor') ?? sidebar.querySelector<HTMLElement>('a'))?.focus();
  };
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      button.focus();
    }
  });
  sidebar.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) setOpen(false);
  });
}
