import { languages, type Lang } from '../../i18n/index.ts';

/** '/ko/guide/pods/' from ('ko', 'guide/pods'); always a trailing slash, as the site is built. */
export function localizedPath(lang: Lang, rest = ''): string {
  const trimmed = rest.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? `/${lang}/` : `/${lang}/${trimmed}/`;
}

/** The same page in the other language: '/ko/guide/pods/#x' -> '/en/guide/pods/#x'. */
export function switchLangPath(pathname: string, to: Lang): string {
  const match = /^\/(ko|en)(\/.*)?$/.exec(pathname);
  if (match === null) return `/${to}/`;
  return `/${to}${match[2] ?? '/'}`;
}

/** The path without its language prefix: '/ko/guide/pods/' -> 'guide/pods'. */
export function pathWithoutLang(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length > 0 && (languages as readonly string[]).includes(parts[0] ?? '')) parts.shift();
  return parts.join('/');
}
