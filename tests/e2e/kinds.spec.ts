import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations } from './axe.ts';

// What a reader does on the kind catalog: narrow the list by the names they know, pick a category,
// read a kind page; and the same with JavaScript off, and for an assistive-technology user.

const visibleKinds = (page: Page) =>
  page.locator('#kind-list tbody tr:visible th a').allTextContents();

for (const lang of ['ko', 'en'] as const) {
  test.describe(`kind catalog (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`/${lang}/kinds/`);
      await expect(page.locator('kind-filter form')).toBeVisible();
    });

    for (const [query, expected] of [
      ['deploy', /Deployment/],
      ['svc', lang === 'ko' ? /^서비스$/ : /^Service$/],
      ['hpa', /Horizontal/],
    ] as const) {
      test(`the short name ${query} narrows the list to its kind`, async ({ page }) => {
        const total = (await visibleKinds(page)).length;
        await page.getByRole('searchbox', { name: lang === 'ko' ? '이름으로 찾기' : 'Find by name' }).fill(query);
        const shown = await visibleKinds(page);
        expect(shown.length).toBeGreaterThan(0);
        expect(shown.length).toBeLessThan(total);
        expect(shown.some((name) => expected.test(name))).toBe(true);
        await expect(page.locator('kind-filter [role=status]')).toContainText(String(shown.length));
      });
    }

    test('the Korean name finds the kind', async ({ page }) => {
      await page.locator('#kind-filter-q').fill('퍼시스턴트볼륨');
      const shown = await visibleKinds(page);
      expect(shown).toHaveLength(2);
      expect(shown.join(' ')).toContain('PersistentVolumeClaim');
    });

    test('the category and scope selects narrow the list and hide empty groups', async ({ page }) => {
      const rows = page.locator('#kind-list tbody tr');
      await page.locator('#kind-filter-category').selectOption('rbac');
      const rbacRows = page.locator('#kind-list tbody tr[data-category="rbac"]');
      await expect(page.locator('#kind-list tbody tr:visible')).toHaveCount(await rbacRows.count());
      expect(await rows.count()).toBeGreaterThan(await rbacRows.count());
      await expect(page.locator('#kind-list section:visible')).toHaveCount(1);
      await page.locator('#kind-filter-scope').selectOption('cluster');
      const clusterRbac = page.locator('#kind-list tbody tr[data-category="rbac"][data-scope="cluster"]');
      await expect(page.locator('#kind-list tbody tr:visible')).toHaveCount(await clusterRbac.count());
      const shown = await visibleKinds(page);
      expect(shown.some((name) => name.includes('ClusterRole'))).toBe(true);
      expect(shown.some((name) => /^(롤\(Role\)|Role)$/.test(name))).toBe(false);
      await page.locator('#kind-filter-q').fill('no such kind');
      await expect(page.locator('#kind-list section:visible')).toHaveCount(0);
      await expect(page.locator('kind-filter [role=status]')).toHaveText(
        lang === 'ko' ? /조건에 맞는 종류가 없다/ : /No kind matches/,
      );
    });

    test('a row leads to its kind page with the example and its links', async ({ page }) => {
      await page.locator('#kind-filter-q').fill('deploy');
      await page.locator('#kind-list tbody tr:visible th a').first().click();
      await expect(page).toHaveURL(`/${lang}/kinds/deployment/`);
      await expect(page.locator('h1')).toHaveText(lang === 'ko' ? '디플로이먼트(Deployment)' : 'Deployment');
      await expect(page.locator('.code-frame pre')).toContainText('kind: Deployment');
      await expect(page.locator(`a[href="/${lang}/reference/deployment/"]`)).toBeVisible();
      await expect(page.locator(`#guide ~ ul a[href^="/${lang}/guide/"]`).first()).toBeVisible();
    });
  });
}

for (const lang of ['ko', 'en'] as const) {
  test(`a bundled custom resource kind is found by its short name and has its page (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/kinds/`);
    await expect(page.locator('kind-filter form')).toBeVisible();
    await page.locator('#kind-filter-q').fill('smon');
    await expect(page.locator('#kind-list tbody tr:visible th a')).toHaveText(['ServiceMonitor']);
    await expect(page.locator('#kind-list h3:visible')).toHaveText([/^Prometheus Operator/]);
    await page.locator('#kind-list tbody tr:visible th a').click();
    await expect(page).toHaveURL(`/${lang}/kinds/servicemonitor.monitoring.coreos.com/`);
    await expect(page.locator('h1')).toHaveText('ServiceMonitor');
    await expect(page.locator('.kind-facts')).toContainText('monitoring.coreos.com/v1');
    await expect(page.locator('.kind-facts')).toContainText('prometheus-operator v0.91.0');
    await expect(page.locator('.kind-facts')).toContainText('smon');
    await expect(page.locator('.code-frame pre')).toContainText('kind: ServiceMonitor');
    await expect(page.locator(`a[href="/${lang}/reference/servicemonitor.monitoring.coreos.com/"]`)).toBeVisible();
  });

  test(`two bundled kinds of the same name read apart (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/kinds/gateway.gateway.networking.k8s.io/`);
    await expect(page.locator('h1')).toHaveText('Gateway (gateway.networking.k8s.io)');
    await page.goto(`/${lang}/kinds/httproute.gateway.networking.k8s.io/`);
    await expect(page.locator('h1')).toHaveText('HTTPRoute');
  });

  test(`a bundled kind's page says which upstream CEL rules are checked, and where they come from (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/kinds/httproute.gateway.networking.k8s.io/`);
    await expect(page.locator('#checks')).toHaveText(lang === 'ko' ? '검사하는 CEL 규칙' : 'CEL rules checked');
    await expect(page.locator('#checks ~ p a[href="https://github.com/kubernetes-sigs/gateway-api/blob/v1.5.1/config/crd/standard/gateway.networking.k8s.io_httproutes.yaml"]')).toBeVisible();
    await expect(page.locator('#checks ~ .rule-list').first()).toContainText('RequestRedirect filter must not be used together with backendRefs');
    await page.goto(`/${lang}/kinds/certificate.cert-manager.io/`);
    await expect(page.locator('#checks ~ p').nth(1)).toContainText(lang === 'ko' ? 'CEL 규칙(x-kubernetes-validations)이 없다' : 'has no CEL rule');
  });
}

test('without JavaScript every kind shows and the filter is hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/kinds/');
  await expect(page.locator('kind-filter')).toBeHidden();
  const rows = page.locator('#kind-list tbody tr');
  expect(await rows.count()).toBeGreaterThan(60);
  expect(await page.locator('#kind-list tbody tr:visible').count()).toBe(await rows.count());
  await context.close();
});

for (const theme of ['light', 'dark'] as const) {
  for (const path of ['/ko/kinds/', '/en/kinds/', '/ko/kinds/deployment/', '/en/kinds/horizontalpodautoscaler/',
    '/ko/kinds/httproute.gateway.networking.k8s.io/', '/en/kinds/scaledobject.keda.sh/']) {
    test(`axe finds no violation on ${path} (${theme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const violations = await seriousAxeViolations(page);
      expect(violations).toEqual([]);
    });
  }
}
