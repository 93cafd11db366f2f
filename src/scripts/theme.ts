// Light/dark toggle. The inline head script has already applied the stored or preferred theme;
// this wires the button, remembers the reader's choice and follows the system while none is stored.
export type Theme = 'light' | 'dark';

const root = document.documentElement;
const media = matchMedia('(prefers-color-scheme: dark)');

function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem('theme');
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

function applyTheme(theme: Theme): void {
  if (root.dataset['theme'] === theme) return;
  root.dataset['theme'] = theme;
  document.dispatchEvent(new CustomEvent('kfg:themechange', { detail: theme }));
}

export function currentTheme(): Theme {
  return root.dataset['theme'] === 'dark' ? 'dark' : 'light';
}

export function initThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (button === null) return;
  const label = () => {
    const next = currentTheme() === 'dark' ? 'light' : 'dark';
    button.setAttribute('aria-label', button.dataset[next === 'dark' ? 'labelDark' : 'labelLight'] ?? '');
  };
  label();
  button.addEventListener('click', () => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem('theme', next);
    } catch {
      // storage may be blocked; the choice then lasts for this page only
    }
    applyTheme(next);
    label();
  });
  media.addEventListener('change', (event) => {
    if (storedTheme() !== null) return;
    applyTheme(event.matches ? 'dark' : 'light');
    label();
  });
}
