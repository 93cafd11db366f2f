import { en } from './en.ts';
import { ko, type UiKey } from './ko.ts';
import { fillTemplate } from '../lib/i18n/template.ts';

export const languages = ['ko', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'ko';

const dictionaries: Record<Lang, Record<UiKey, string>> = { ko, en };

export function isLang(value: string | undefined): value is Lang {
  return value === 'ko' || value === 'en';
}

export function otherLang(lang: Lang): Lang {
  return lang === 'ko' ? 'en' : 'ko';
}

/** Returns the UI string for `key`, with `{name}` and `{name|particle}` slots filled from `values`. */
export function t(lang: Lang, key: UiKey, values: Record<string, string> = {}): string {
  return fillTemplate(dictionaries[lang][key], values);
}

export type { UiKey };
