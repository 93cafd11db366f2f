import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: process.env.PW_REPORTER === 'json' ? [['json', { outputFile: process.env.PW_JSON_FILE ?? 'test-results/e2e.json' }], ['list']] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  // The timed tests run as their own project, one at a time after the others (npm test runs the
  // projects in turn), so the time they measure is the page's and not the other tests' browsers'.
  projects: [
    { name: 'site', testIgnore: /validator-limits\.spec\.ts/ },
    { name: 'timing', testMatch: /validator-limits\.spec\.ts/ },
  ],
  webServer: {
    command: `node scripts/serve.mjs dist ${port}`,
    url: `http://127.0.0.1:${port}/ko/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
