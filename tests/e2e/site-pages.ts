import { htmlPages } from '../../scripts/lib/html.mjs';

/** Every page of the built site, as site paths ('/ko/guide/pods/'), without the redirects. */
export function builtPages(): string[] {
  return htmlPages('dist').map(([, path]) => path).filter((path) => path !== '/404.html');
}

export const guidePaths = (lang: 'ko' | 'en') => builtPages().filter((path) => path.startsWith(`/${lang}/guide/`));

/** One page of each template, in both languages: what the axe and theme checks run on. */
export const templatePages = ['/ko/', '/en/', '/ko/guide/pods/', '/en/guide/pods/', '/ko/404/', '/en/404/', '/404.html', '/'];
