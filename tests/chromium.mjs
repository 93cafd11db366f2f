// Finds a Chromium for Playwright: Playwright cannot download its own browser on these machines.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  // without these, Chromium floods the closed network with connection attempts
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a browser Playwright installed itself. */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // no Playwright-managed browser
  }
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install one (Debian: apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH to its binary.',
    );
  }
  return found;
}
