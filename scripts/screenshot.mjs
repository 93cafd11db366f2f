// Takes screenshots of built pages for a human look: node scripts/screenshot.mjs URL OUT.png [light|dark] [width]
import { chromium } from '@playwright/test';
import { chromiumPath, chromiumArgs } from '../tests/chromium.mjs';

const [url, out, theme = 'light', width = '1280'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
page.on('console', (msg) => { if (msg.type() === 'error') console.error('console error:', msg.text()); });
page.on('pageerror', (err) => console.error('page error:', err.message));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(800);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
