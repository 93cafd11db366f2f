// What the validator keeps in the browser. The text goes to sessionStorage (this tab, survives a
// reload or a crash of the page, gone when the tab closes: manifests can hold secrets); the rule
// settings go to localStorage, as a preference. Storage can be full or off: failures are reported,
// never thrown.

const TEXT_KEY = 'kfg-validator:text';
const SETTINGS_KEY = 'kfg-validator:settings';

export interface Settings {
  bestPractices: boolean;
  disabledRules: string[];
}

export function loadText(): string | undefined {
  try {
    return sessionStorage.getItem(TEXT_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** false when the browser refused to keep the text (quota, storage off). */
export function saveText(text: string): boolean {
  try {
    if (text === '') sessionStorage.removeItem(TEXT_KEY);
    else sessionStorage.setItem(TEXT_KEY, text);
    return true;
  } catch {
    return false;
  }
}

export function loadSettings(): Settings {
  try {
    const raw = localStorage.getItem(SETTINGS_KEY);
    const value = raw ? (JSON.parse(raw) as Partial<Settings>) : {};
    return {
      bestPractices: value.bestPractices !== false,
      disabledRules: Array.isArray(value.disabledRules) ? value.disabledRules.filter((id): id is string => typeof id === 'string') : [],
    };
  } catch {
    return { bestPractices: true, disabledRules: [] };
  }
}

export function saveSettings(settings: Settings): void {
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // a preference that is not kept is not worth a message
  }
}
