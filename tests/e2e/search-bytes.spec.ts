// The bytes a first search fetches, UI code included: everything requested from opening the
// dialog until the first results are shown, gzipped as a server sends it (Pagefind's index files
// are gzipped already and count as they are). Budget: 120 KB for a typical query (issue 6).
import { gzipSync } from 'node:zlib';
import { expect, test, type Page, type Response } from '@playwright/test';

const BUDGET = 120 * 1024;

/** Typical first searches: a kind by its Korean name, a field, a symptom, a short name, a particle. */
const typical = [
  { page: '/ko/guide/pods/', query: '디플로이먼트' },
  { page: '/en/', query: 'imagePullPolicy' },
  { page: '/ko/', query: 'CrashLoopBackOff' },
  { page: '/en/guide/nodes/', query: 'svc' },
  { page: '/ko/', query: '스케줄러를' },
  { page: '/en/', query: 'tolerations' },
];

/** Pagefind's own files are stored gzipped (and served as they are); other text is gzipped here. */
function transferSize(url: string, body: Buffer): number {
  return /\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/u.test(new URL(url).pathname) ? body.length : gzipSync(body, { level: 6 }).length;
}

async function firstSearchBytes(page: Page, path: string, query: string): Promise<{ total: number; files: Map<string, number> }> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  await page.keyboard.press('/');
  await page.locator('[data-search-input]').fill(query);
  // this test counts bytes, not time: a busy machine may take a while to run the first search
  await expect(page.locator('[data-search-results] .search-hit').first()).toBeVisible({ timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  const files = new Map<string, number>();
  for (const response of responses) {
    // a redirect or 304 has no body to count; any other response whose body cannot be read would
    // make the total too small, so it fails the measurement instead of counting as 0 bytes
    const status = response.status();
    if ((status >= 300 && status < 400) || status === 204) continue;
    const body = await response.body().catch((error: unknown) => {
      throw new Error(`could not read ${response.url()} (${status}) to count its bytes: ${String(error)}`);
    });
    files.set(new URL(response.url()).pathname, transferSize(response.url(), body));
  }
  return { total: [...files.values()].reduce((sum, size) => sum + size, 0), files };
}

for (const { page: path, query } of typical) {
  test(`a first search for ${query} fetches under 120 KB`, async ({ page }) => {
    const { total, files } = await firstSearchBytes(page, path, query);
    const list = [...files].map(([file, size]) => `${file} ${(size / 1024).toFixed(1)} KB`).join('\n');
    console.log(`first search '${query}' from ${path}: ${(total / 1024).toFixed(1)} KB gzipped\n${list}`);
    expect(total, list).toBeLessThan(BUDGET);
  });
}
