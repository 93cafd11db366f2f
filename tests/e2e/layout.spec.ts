import { expect, test } from '@playwright/test';

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/ko/guide/pods/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#content$/);
});

test('on a page the sidebar does not list, the sidebar marks the page it sits under', async ({ page }) => {
  await page.goto('/en/kinds/deployment/');
  await expect(page.locator('.sidebar a[aria-current="page"]')).toHaveCount(0);
  await expect(page.locator('.sidebar a.sidebar-ancestor')).toHaveAttribute('href', '/en/kinds/');
  await page.goto('/ko/reference/pod/');
  await expect(page.locator('.sidebar a.sidebar-ancestor')).toHaveAttribute('href', '/ko/reference/');
  // a listed page is marked itself, never its parent too
  await page.goto('/en/validator/rules/');
  await expect(page.locator('.sidebar a[aria-current="page"]')).toHaveAttribute('href', '/en/validator/rules/');
  await expect(page.locator('.sidebar a.sidebar-ancestor')).toHaveCount(0);
});

test('the sidebar marks the current page and the pagination walks the guide in order', async ({ page }) => {
  await page.goto('/en/guide/pods/');
  await expect(page.locator('.sidebar a[aria-current="page"]')).toHaveAttribute('href', '/en/guide/pods/');
  const next = page.locator('.pagination a[rel="next"]');
  const nextHref = await next.getAttribute('href');
  await next.click();
  await expect(page).toHaveURL(nextHref ?? '');
  await page.locator('.pagination a[rel="prev"]').click();
  await expect(page).toHaveURL('/en/guide/pods/');
});

test('the table of contents lists the h2 and h3 headings and links to them', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/ko/guide/pods/');
  // beside the text on a wide screen, it is open
  await expect(page.locator('.toc details')).toHaveAttribute('open');
  const headings = await page.locator('.docs-body h2[id], .docs-body h3[id]').count();
  await expect(page.locator('.toc a')).toHaveCount(headings);
  const first = page.locator('.toc a').first();
  const href = (await first.getAttribute('href')) ?? '';
  await first.click();
  await expect(page.locator(decodeURIComponent(href).replace(/^#(.*)$/, '[id="$1"]'))).toBeInViewport();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test('the menu opens the navigation and Escape closes it', async ({ page }) => {
    await page.goto('/ko/guide/pods/');
    const button = page.locator('[data-menu-toggle]');
    const sidebar = page.locator('#sidebar');
    await expect(sidebar).toBeHidden();
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(sidebar).toBeVisible();
    await expect(sidebar.locator('a[aria-current="page"]')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(sidebar).toBeHidden();
    await expect(button).toBeFocused();
  });
  test('the table of contents starts folded above the text, and opens on a tap', async ({ page }) => {
    await page.goto('/en/guide/pods/');
    const details = page.locator('.toc details');
    await expect(details).not.toHaveAttribute('open');
    await expect(page.locator('.toc a').first()).toBeHidden();
    await page.locator('.toc summary').click();
    await expect(page.locator('.toc a').first()).toBeVisible();
  });
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the table of contents stays open', async ({ page }) => {
      await page.goto('/ko/guide/pods/');
      await expect(page.locator('.toc a').first()).toBeVisible();
    });
  });
  test('nothing overflows the page sideways', async ({ page }) => {
    await page.goto('/en/guide/pod-vs-node/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('code blocks carry a language label and a copy button that copies', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/guide/pods/');
  const frame = page.locator('.code-frame[data-language="yaml"]').first();
  await expect(frame.locator('.code-lang')).toHaveText('YAML');
  await frame.locator('.code-copy').click();
  await expect(frame.locator('.code-copy')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await frame.locator('pre').innerText());
});
