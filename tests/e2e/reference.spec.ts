import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations } from './axe.ts';

// What a reader does on the manifest reference: type a kubectl-explain path and land on the field,
// follow a validator link into a collapsed or recurring type, and read the page with assistive technology.

const box = (page: Page) => page.locator('ref-path-box input');

/** the target field is on screen, inside open <details> only */
async function expectLandedOn(page: Page, anchor: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`#${anchor.replace(/\./g, '\\.')}$`));
  const field = page.locator(`li[id="${anchor}"]`);
  await expect(field).toBeInViewport();
  const closed = await field.evaluate((node) => {
    let count = 0;
    for (let d = node.closest('details'); d; d = d.parentElement?.closest('details') ?? null) if (!d.open) count++;
    return count;
  });
  expect(closed).toBe(0);
}

for (const lang of ['ko', 'en'] as const) {
  test.describe(`manifest reference (${lang})`, () => {
    test('the index path box jumps to deployment.spec.replicas', async ({ page }) => {
      await page.goto(`/${lang}/reference/`);
      await box(page).fill('deployment.spec.replicas');
      await box(page).press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${lang}/reference/deployment/#spec\\.replicas$`));
      await expectLandedOn(page, 'spec.replicas');
      await expect(page.locator('li[id="spec.replicas"] > .rf-h code')).toHaveText('integer int32');
    });

    test('on a kind page a bare path and a short name both work', async ({ page }) => {
      await page.goto(`/${lang}/reference/deployment/`);
      await box(page).fill('spec.strategy.rollingUpdate.maxSurge');
      await box(page).press('Enter');
      await expectLandedOn(page, 'spec.strategy.rollingUpdate.maxSurge');
      await box(page).fill('deploy.spec.template.spec.containers[].image');
      await box(page).press('Enter');
      await expectLandedOn(page, 'spec.template.spec.containers.image');
    });

    test('an unknown path says so instead of jumping', async ({ page }) => {
      await page.goto(`/${lang}/reference/`);
      await box(page).fill('widget.spec');
      await box(page).press('Enter');
      await expect(page.locator('ref-path-box [role=status]')).toContainText('widget');
      await expect(page).toHaveURL(new RegExp(`/${lang}/reference/$`));
    });
  });
}

// the box's messages are filled by a module it fetches on the first one (box-message.ts)
test('on a kind page, a path with no field says so, with the Korean particle its reading calls for', async ({ page }) => {
  await page.goto('/ko/reference/pod/');
  await box(page).fill('nosuchfield');
  await box(page).press('Enter');
  await expect(page.locator('ref-path-box [role=status]')).toHaveText('nosuchfield에 해당하는 필드를 찾지 못했다.');
  await page.goto('/ko/reference/');
  await box(page).fill('Foobar.spec');
  await box(page).press('Enter');
  await expect(page.locator('ref-path-box [role=status]')).toHaveText('Foobar라는 종류를 찾지 못했다.');
});

test('a validator link into a recurring type lands on its first occurrence, opened', async ({ page }) => {
  await page.goto('/en/reference/deployment/#spec.template.spec.initContainers.image');
  await expectLandedOn(page, 'spec.template.spec.containers.image');
});

test('a validator link with a map key lands on the map', async ({ page }) => {
  await page.goto('/en/reference/pod/#spec.overhead.cpu');
  await expectLandedOn(page, 'spec.overhead');
});

test('one button opens every collapsed type and closes them again', async ({ page }) => {
  await page.goto('/en/reference/pod/');
  const toggle = page.getByRole('button', { name: 'Expand every type' });
  const closed = page.locator('.rf-tree details:not([open])');
  expect(await closed.count()).toBeGreaterThan(10);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(closed).toHaveCount(0);
  await toggle.click();
  await expect(page.locator('.rf-tree details[open]')).toHaveCount(0);
});

test('without JavaScript the kinds are plain links and the box steps aside', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ko/reference/');
  await expect(page.locator('ref-path-box form')).toBeHidden();
  await expect(page.locator('.rf-nojs')).toBeVisible();
  await page.locator('.rf-kinds a[href="/ko/reference/deployment/"]').click();
  await expect(page.locator('li[id="spec.replicas"]')).toBeVisible();
  await context.close();
});

for (const theme of ['light', 'dark'] as const) {
  for (const path of ['/ko/reference/deployment/', '/en/reference/deployment/', '/ko/reference/', '/en/reference/httproute.gateway.networking.k8s.io/']) {
    test(`axe finds no serious or critical violation on ${path} (${theme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const serious = await seriousAxeViolations(page);
      expect(serious).toEqual([]);
    });
  }
}

for (const lang of ['ko', 'en'] as const) {
  test(`a bundled kind's reference has its fields, the built-in types under them and deep links (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/reference/`);
    await page.locator(`.rf-kinds a[href="/${lang}/reference/rollout.argoproj.io/"]`).click();
    await expect(page.locator('.rf-version')).toContainText('Argo Rollouts v1.9.0');
    // the bundled types, with the upstream descriptions
    await expect(page.locator('[id="spec.strategy.canary.steps"]')).toBeAttached();
    await expect(page.locator('.rf-tree')).toContainText('Steps define the order of phases to execute the canary deployment');
    // ObjectMeta and PodTemplateSpec come from the release's types
    await expect(page.locator('[id="metadata.labels"]')).toBeAttached();
    await expect(page.locator('[id="spec.template.spec.containers.image"]')).toBeAttached();
    await page.goto(`/${lang}/reference/httproute.gateway.networking.k8s.io/#spec.rules.backendRefs.weight`);
    await expect(page.locator('[id="spec.rules.backendRefs.weight"]')).toBeInViewport();
  });
}
