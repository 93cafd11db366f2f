// The validator page's Kubernetes release selector (issue 11.2), in both languages: a Pod with a native
// sidecar (initContainers[].restartPolicy, added in 1.28) fails 1.27 at its line and passes 1.28; the
// share link carries the release and wins over the remembered one; a reload keeps the choice; "every
// release" gives each document the line `check --kubernetes-version all` prints, from the same code
// (release-acceptance.ts); the release data is a chunk loaded only for an older release. axe stays
// clean with the selector, in both themes.
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_RELEASE, NEWEST_RELEASE, RELEASE_DATA, RELEASES } from '../../src/lib/k8s/releases.ts';
import { releaseRanges } from '../../src/lib/validator/release-acceptance.ts';
import { encodeShareSync } from '../../src/scripts/validator/share-node.ts';
import { seriousAxeViolations } from './axe.ts';
import { items, openValidator, paste, status, ui } from './validator-page.ts';

const sidecar = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: web',
  'spec:',
  '  initContainers:',
  '    - name: proxy',
  '      image: envoy:1.30',
  '      restartPolicy: Always',
  '  containers:',
  '    - name: web',
  '      image: nginx:1.27',
  '',
].join('\n');
const SIDECAR_LINE = 9;
const OLDER = '1.27';

const release = (page: Page) => page.getByRole('combobox', { name: /Kubernetes release|쿠버네티스 릴리스/ });
const addedLater = (page: Page) => page.locator(`.validator-diag[data-rule="schema-unknown-field"][data-line="${SIDECAR_LINE}"]`);
const checkedAgainst = (lang: 'ko' | 'en', version: string): string => ui(lang, 'validator.status.release').replace('{release}', version);

/**
 * The acceptance line `check --kubernetes-version all` prints for `text`'s first document: the command
 * line, run here on the same text, reads every release's data from its files (cli/node-io.ts).
 */
function cliAcceptance(text: string, lang: 'ko' | 'en'): string {
  const bin = fileURLToPath(new URL('../../bin/kube-field-guide.mjs', import.meta.url));
  const node = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url));
  const run = spawnSync(node, [bin, 'check', '--kubernetes-version', 'all', '--format', 'json', '--lang', lang, '-'], { cwd: tmpdir(), input: text, encoding: 'utf8', timeout: 60_000 });
  const report = JSON.parse(run.stdout) as { files: Array<{ releases: Array<{ summary: string }> }> };
  const summary = report.files[0]?.releases[0]?.summary;
  if (summary === undefined) throw new Error(`no acceptance from the command line: ${run.stderr}`);
  return summary;
}

for (const lang of ['ko', 'en'] as const) {
  test.describe(`release selector (${lang})`, () => {
    test('lists the releases with data newest first, marks those without, and checks against the chosen one', async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await openValidator(page, lang);
      const select = release(page);
      await expect(select).toBeEnabled();
      await expect(select).toHaveValue(DEFAULT_RELEASE);
      const options = await select.locator('option').evaluateAll((nodes: HTMLOptionElement[]) => nodes.map((node) => [node.value, node.disabled]));
      expect(options).toEqual([
        ...[...RELEASE_DATA].reverse().map((data) => [data.release, data.source === null]),
        ['all', false],
      ]);

      await paste(page, sidecar);
      await expect(status(page)).toContainText(checkedAgainst(lang, DEFAULT_RELEASE));
      await expect(items(page).locator('[data-severity="error"]')).toHaveCount(0);
      // the newest release needs no release data
      const chunksBefore = requests.length;

      await select.selectOption(OLDER);
      await expect(status(page)).toContainText(checkedAgainst(lang, OLDER));
      await expect(addedLater(page)).toHaveCount(1);
      await expect(addedLater(page)).toContainText(lang === 'ko'
        ? `쿠버네티스 1.28에서 추가된 필드다. 지금 검사하는 ${OLDER}에는 이 필드가 없다.`
        : `restartPolicy was added in Kubernetes 1.28; you are checking against ${OLDER}`);
      // the older releases' data came as a chunk of its own, on demand
      expect(requests.slice(chunksBefore).some((url) => /\/_astro\/release-catalog[^/]*\.js$/.test(url))).toBe(true);
      expect(requests.slice(0, chunksBefore).some((url) => /release-catalog/.test(url))).toBe(false);

      await select.selectOption('1.28');
      await expect(status(page)).toContainText(checkedAgainst(lang, '1.28'));
      await expect(addedLater(page)).toHaveCount(0);
      await expect(page.locator('.validator-item[data-severity="error"]')).toHaveCount(0);
    });

    test('the share link carries the release and wins over the remembered one; a reload remembers the choice', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openValidator(page, lang);
      await release(page).selectOption(OLDER);
      await paste(page, sidecar);
      await expect(addedLater(page)).toHaveCount(1);
      await page.locator('[data-action="share"]').click();
      await expect(page.locator('[data-note]')).toHaveText(ui(lang, 'validator.shareDone'));
      const url = await page.evaluate(() => navigator.clipboard.readText());
      expect(new URL(url).hash).toMatch(new RegExp(`^#yaml=[A-Za-z0-9_-]+&release=${OLDER.replace('.', '\\.')}$`));

      // this browser now remembers another release; the link's own wins
      await release(page).selectOption('1.31');
      await page.reload();
      await expect(page.locator('kfg-validator')).toHaveAttribute('data-state', 'ready');
      await expect(release(page)).toHaveValue('1.31');
      await expect(status(page)).toContainText(checkedAgainst(lang, '1.31'));

      const other = await context.newPage();
      await openValidator(other, lang, new URL(url).hash);
      await expect(release(other)).toHaveValue(OLDER);
      await expect(addedLater(other)).toHaveCount(1);
      await expect(status(other)).toContainText(checkedAgainst(lang, OLDER));
    });

    test('a link naming a release without data is checked against the newest, and says so', async ({ page }) => {
      await openValidator(page, lang, `#yaml=${encodeShareSync(sidecar)}&release=9.99`);
      await expect(release(page)).toHaveValue(DEFAULT_RELEASE);
      await expect(status(page)).toContainText(checkedAgainst(lang, DEFAULT_RELEASE));
      await expect(page.locator('[data-note]')).toHaveText(ui(lang, 'validator.status.releaseUnknown').replace('{release}', '9.99').replace('{default}', DEFAULT_RELEASE));
    });

    test('every release: the newest\'s problems are listed and each document says which releases accept it', async ({ page }) => {
      await openValidator(page, lang);
      await release(page).selectOption('all');
      await paste(page, `${sidecar}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n`);
      const lines = page.locator('.validator-acceptance');
      await expect(lines).toHaveCount(2);
      const expected = cliAcceptance(sidecar, lang);
      // the wording is the command line's; spelt out for English to be sure what it says
      if (lang === 'en') {
        expect(expected).toMatch(new RegExp(`^accepted by ${releaseRanges(RELEASES.filter((version) => version !== OLDER)).replace(/\./g, '\\.')}; rejected by ${OLDER.replace('.', '\\.')} \\(line ${SIDECAR_LINE}: restartPolicy was added in Kubernetes 1\\.28; you are checking against ${OLDER.replace('.', '\\.')}`));
      }
      await expect(lines.first()).toHaveText(expected);
      await expect(lines.first()).toHaveAttribute('data-releases', 'rejected');
      await expect(lines.nth(1)).toHaveAttribute('data-releases', 'accepted');
      await expect(status(page)).toContainText(ui(lang, 'validator.status.releaseAll').replace('{release}', NEWEST_RELEASE));
      // the list is the newest release's: no error
      await expect(page.locator('.validator-item[data-severity="error"]')).toHaveCount(0);
      // and the choice is remembered
      await page.reload();
      await expect(page.locator('kfg-validator')).toHaveAttribute('data-state', 'ready');
      await expect(release(page)).toHaveValue('all');
      await expect(lines).toHaveCount(2);
    });
  });
}

for (const [lang, theme] of [['ko', 'dark'], ['en', 'light'], ['ko', 'light'], ['en', 'dark']] as const) {
  test(`axe finds nothing serious with the release selector and every release's lines (${lang}, ${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openValidator(page, lang);
    await release(page).selectOption('all');
    await paste(page, sidecar);
    await expect(page.locator('.validator-acceptance')).toHaveCount(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
}
