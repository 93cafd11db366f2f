// What the validator keeps in the browser. The text goes to sessionStorage (this tab, survives a
// reload or a crash of the page, gone when the tab closes: manifests can hold secrets); the rule
// settings go to localStorage, as a preference. Storage can be full or off: failures are reported,
// never thrown.
import { decodeShare, encodeShare } from './share.ts';
import { DEFAULT_RELEASE } from '../../lib/k8s/releases.ts';
import { readReleaseChoice, type ReleaseChoice } from './release-choice.ts';

const TEXT_KEY = 'kfg-validator:text';
/** large texts are kept compressed, in the share format, under their own key */
const PACKED_TEXT_KEY = 'kfg-validator:text-deflate';
const SETTINGS_KEY = 'kfg-validator:settings';

export interface Settings {
  bestPractices: boolean;
  disabledRules: string[];
  /** the Kubernetes release checked against, or `all` (release-choice.ts); a release no longer offered reads as the newest */
  release: ReleaseChoice;
}

const DEFAULT_SETTINGS: Settings = { bestPractices: true, disabledRules: [], release: DEFAULT_RELEASE };

/** The kept text; undefined when there is none or it cannot be read back. */
export async function loadText(): Promise<string | undefined> {
  try {
    const plain = sessionStorage.getItem(TEXT_KEY);
    if (plain !== null) return plain;
    const packed = sessionStorage.getItem(PACKED_TEXT_KEY);
    return packed === null ? undefined : await decodeShare(packed);
  } catch {
    return undefined;
  }
}

/** Saves started later win over earlier ones still compressing. */
let latestSave = 0;

/** false when the browser refused to keep the text (quota, storage off). */
export function saveText(text: string): boolean {
  latestSave += 1;
  return store(text, TEXT_KEY, PACKED_TEXT_KEY);
}

/**
 * Keeps a large text compressed (the share format): writing megabytes to storage blocks the page
 * for hundreds of milliseconds, and YAML shrinks several times. false when the browser refused.
 */
export function savePackedText(payload: string): boolean {
  latestSave += 1;
  return store(payload, PACKED_TEXT_KEY, TEXT_KEY);
}

/**
 * Compresses and keeps a large text here, when the worker could not. Resolves to false when the
 * browser refused, true when kept or overtaken by a later save.
 */
export async function saveLargeText(text: string): Promise<boolean> {
  const ticket = ++latestSave;
  let payload: string;
  try {
    payload = await encodeShare(text);
  } catch {
    return false;
  }
  return ticket !== latestSave || store(payload, PACKED_TEXT_KEY, TEXT_KEY);
}

function store(value: string, key: string, otherKey: string): boolean {
  try {
    sessionStorage.removeItem(otherKey);
    if (value === '') sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function loadSettings(): Settings {
  try {
    const raw = localStorage.getItem(SETTINGS_KEY);
    const value = raw ? (JSON.parse(raw) as Partial<Record<keyof Settings, unknown>> | null) : null;
    if (!value || typeof value !== 'object') return DEFAULT_SETTINGS;
    return {
      bestPractices: value.bestPractices !== false,
      disabledRules: Array.isArray(value.disabledRules) ? value.disabledRules.filter((id): id is string => typeof id === 'string') : [],
      release: readReleaseChoice(value.release) ?? DEFAULT_RELEASE,
    };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function saveSettings(settings: Settings): void {
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // a preference that is not kept is not worth a message
  }
}
