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

// The descriptions of fields in folded types are not in the first HTML (render-tree.ts, deferDescriptions):
// they come from the kind's descriptions page when a reader opens a type (field-descriptions.ts).
const envFrom = (page: Page) => page.locator('li[id="spec.containers.envFrom.prefix"] > .rf-d');

test('opening a folded type brings its fields\' upstream descriptions, labelled in Korean', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => { if (request.url().includes('/descriptions/')) fetched.push(request.url()); });
  await page.goto('/ko/reference/pod/');
  // nothing is fetched until a reader opens a folded type: not for the lists the page opens itself
  await expect(page.locator('html')).toHaveAttribute('data-theme', /./);
  // closing and opening again a list that shows at load holds no folded field either
  await page.locator('li[id="spec"] > details > summary').click();
  await page.locator('li[id="spec"] > details > summary').click();
  await expect(page.locator('li[id="spec"] > details')).toHaveAttribute('open', '');
  await page.waitForTimeout(1000);
  expect(fetched).toEqual([]);
  await expect(envFrom(page)).toHaveCount(0);
  await page.locator('li[id="spec.containers"] > details > summary').click();
  await page.locator('li[id="spec.containers.envFrom"] > details > summary').click();
  await expect(envFrom(page)).toContainText('Optional text to prepend to the name of each environment variable');
  expect(fetched).toHaveLength(1);
  await expect(envFrom(page).locator('.rf-l')).toHaveText('원문(영어) 설명');
  // where the page would have had it: after the guide's note when the field has one (containers.image)
  const image = page.locator('li[id="spec.containers.image"]');
  await expect(image.locator(':scope > *').nth(2)).toHaveClass('rf-d');
  await expect(image.locator(':scope > *').nth(1)).toHaveClass('rf-n');
  // each description once, however often types are opened
  await page.locator('li[id="spec.containers.envFrom"] > details > summary').click();
  await page.locator('li[id="spec.containers.envFrom"] > details > summary').click();
  await expect(envFrom(page)).toHaveCount(1);
});

test('a deep link into a folded type lands on the field with its description, and stays', async ({ page }) => {
  await page.goto('/en/reference/pod/#spec.containers.envFrom.prefix');
  await expectLandedOn(page, 'spec.containers.envFrom.prefix');
  await expect(envFrom(page)).toBeVisible();
  const field = page.locator('li[id="spec.containers.envFrom.prefix"]');
  const top = (await field.boundingBox())?.y;
  await page.waitForTimeout(500);
  expect((await field.boundingBox())?.y).toBe(top);
});

test('expanding every type brings every description; find in page starts the fetch too', async ({ page }) => {
  await page.goto('/en/reference/pod/');
  const folded = await page.request.get('/en/reference/pod/descriptions/').then((response) => response.text());
  const expected = (folded.match(/<p class="rf-d"/g) ?? []).length;
  expect(expected).toBeGreaterThan(300);
  const before = await page.locator('.rf-tree .rf-d').count();
  await page.getByRole('button', { name: 'Expand every type' }).click();
  await expect(page.locator('.rf-tree .rf-d')).toHaveCount(before + expected);
  await page.goto('/en/reference/deployment/');
  const requested = page.waitForRequest('**/en/reference/deployment/descriptions/');
  await page.keyboard.press('Control+f');
  await requested;
});

test('when the descriptions cannot be fetched, the link to their page shows and the types still open', async ({ page }) => {
  await page.route('**/descriptions/', (route) => route.abort());
  await page.goto('/en/reference/pod/');
  const fallback = page.locator('[data-descriptions-fallback]');
  await expect(fallback).toBeHidden();
  await page.locator('li[id="spec.containers"] > details > summary').click();
  await expect(fallback).toBeVisible();
  await expect(fallback.getByRole('link')).toHaveAttribute('href', '/en/reference/pod/descriptions/');
  await expect(page.locator('li[id="spec.containers.image"]')).toBeVisible();
});

test('without JavaScript the descriptions of folded fields are a link away, and lead back', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ko/reference/pod/');
  const fallback = page.locator('[data-descriptions-fallback]');
  await expect(fallback).toBeVisible();
  await fallback.getByRole('link').click();
  await expect(page).toHaveURL(/\/ko\/reference\/pod\/descriptions\/$/);
  await expect(page.locator('h1')).toHaveText('파드: 접힌 필드의 원문 설명');
  const entry = page.locator('li[id="spec.containers.envFrom.prefix"]');
  await expect(entry.locator('.rf-d')).toContainText('Optional text to prepend');
  await entry.getByRole('link').click();
  await expect(page).toHaveURL(/\/ko\/reference\/pod\/#spec\.containers\.envFrom\.prefix$/);
  await context.close();
});

for (const theme of ['light', 'dark'] as const) {
  for (const path of ['/ko/reference/deployment/', '/en/reference/deployment/', '/ko/reference/', '/en/reference/httproute.gateway.networking.k8s.io/', '/ko/reference/configmap/descriptions/']) {
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
    // the bundled types, with the upstream descriptions (a folded type's arrive when it is opened)
    await expect(page.locator('[id="spec.strategy.canary.steps"]')).toBeAttached();
    await expect(page.locator('[id="spec.strategy.canary.steps"] > .rf-d')).toHaveCount(0);
    await page.locator('[id="spec.strategy"] > details > summary').click();
    await page.locator('[id="spec.strategy.canary"] > details > summary').click();
    await expect(page.locator('[id="spec.strategy.canary.steps"] > .rf-d')).toContainText('Steps define the order of phases to execute the canary deployment');
    // ObjectMeta and PodTemplateSpec come from the release's types
    await expect(page.locator('[id="metadata.labels"]')).toBeAttached();
    await expect(page.locator('[id="spec.template.spec.containers.image"]')).toBeAttached();
    await page.goto(`/${lang}/reference/httproute.gateway.networking.k8s.io/#spec.rules.backendRefs.weight`);
    await expect(page.locator('[id="spec.rules.backendRefs.weight"]')).toBeInViewport();
  });
}
