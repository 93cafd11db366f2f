import { describe, expect, it } from 'vitest';
import { localizedPath, pathWithoutLang, switchLangPath } from '../../../src/lib/site/paths.ts';

describe('localizedPath', () => {
  it.each([
    ['ko', '', '/ko/'],
    ['en', 'guide/pods', '/en/guide/pods/'],
    ['ko', '/guide/pods/', '/ko/guide/pods/'],
  ] as const)('(%s, %j) -> %s', (lang, rest, expected) => {
    expect(localizedPath(lang, rest)).toBe(expected);
  });
});

describe('switchLangPath', () => {
  it.each([
    ['/ko/guide/pods/', 'en', '/en/guide/pods/'],
    ['/en/', 'ko', '/ko/'],
    ['/en', 'ko', '/ko/'],
    ['/', 'en', '/en/'],
    ['/404.html', 'ko', '/ko/'],
  ] as const)('%s -> %s', (path, to, expected) => {
    expect(switchLangPath(path, to)).toBe(expected);
  });
});

describe('pathWithoutLang', () => {
  it('drops the language and the slashes', () => {
    expect(pathWithoutLang('/ko/guide/pods/')).toBe('guide/pods');
    expect(pathWithoutLang('/guide/pods/')).toBe('guide/pods');
  });
});
