// The rules page says which rules offer a fix (issue 13.5), in both languages and without scripts: each
// rule whose reports can carry fixes lists their kinds, the others list none, and the removed-API rule
// names, kind by kind, what its migrations change besides the apiVersion (the CertificateSigningRequest
// and CustomResourceDefinition migrations among them).
import { expect, test } from '@playwright/test';
import { rules } from '../../src/lib/validator/rules/index.ts';
import { migrationDetails } from '../../src/lib/validator/fix/migration-notes.ts';
import { t } from '../../src/i18n/index.ts';
import { ui } from './validator-page.ts';

for (const lang of ['ko', 'en'] as const) {
  test(`the rules page (${lang}) says which rules offer a fix and what the migrations change`, async ({ page }) => {
    await page.goto(`/${lang}/validator/rules/`);
    const shown = await page.locator('article.rule').evaluateAll((articles, label) => Object.fromEntries(articles.map((article) => {
      const fact = [...article.querySelectorAll('.rule-facts > div')].find((div) => div.querySelector('dt')?.textContent === label);
      return [article.querySelector('h3')?.id ?? '', fact?.querySelector('dd')?.textContent ?? null];
    })), ui(lang, 'validator.rules.fixes'));
    const expected = Object.fromEntries(rules.map((rule) => [rule.id,
      rule.fixes && rule.fixes.length > 0 ? rule.fixes.map((safety) => ui(lang, `validator.rules.fixes.${safety}`)).join(', ') : null]));
    expect(shown).toEqual(expected);
    expect(Object.values(shown).filter((fixes) => fixes !== null).length).toBeGreaterThan(5);

    const migrations = page.locator('article.rule:has(h3#api-version-not-served) ul.rule-migrations');
    await expect(page.locator('article.rule:has(h3#api-version-not-served) h4').filter({ hasText: t(lang, 'validator.rules.migrations') })).toHaveCount(1);
    const { notes, plain } = migrationDetails(lang);
    await expect(migrations.locator('li')).toHaveText([
      ...notes.map((note) => `${note.kinds} (${note.from} → ${note.to}): ${note.note}`),
      t(lang, 'validator.rules.migrations.plain', { kinds: plain.join(', ') }),
    ]);
    for (const kind of ['CertificateSigningRequest', 'CustomResourceDefinition']) {
      await expect(migrations.locator(`li[data-kinds="${kind}"]`)).toContainText(`${kind} (`);
    }
  });
}
