import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { ko } from '../../../src/i18n/ko.ts';
import { t } from '../../../src/i18n/index.ts';
import { SLOT } from '../../../src/lib/i18n/template.ts';

// a Korean slot may carry its particle ({version|이}); the names must agree
const placeholders = (text: string) => [...text.matchAll(SLOT)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
  });

  it.each(Object.keys(ko))('%s is filled in both languages with the same placeholders', (key) => {
    const k = key as keyof typeof ko;
    expect(ko[k].trim()).not.toBe('');
    expect(en[k].trim()).not.toBe('');
    expect(placeholders(en[k])).toEqual(placeholders(ko[k]));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'footer.version', { version: 'v1.34' })).toContain('v1.34');
    expect(t('ko', 'footer.version')).toContain('{version}');
  });
});
