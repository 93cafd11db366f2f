// The Content-Security-Policy of every built page lets exactly its own inline scripts run: each one
// is hashed into script-src, and nothing else is allowed inline. The rules are in scripts/lib/csp.mjs
// (default-src 'self' or 'none', no wildcard, no other host, no 'unsafe-eval', no inline event
// handler); tests/unit/site/csp.test.ts shows they reject bad policies and pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { checkPage } from '../../scripts/lib/csp.mjs';
import { dist } from './site.ts';

const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => join(entry.parentPath, entry.name));

it('every page has a strict policy, every inline script on it is hashed into script-src, and no markup runs code', () => {
  expect(pages.length).toBeGreaterThan(100);
  const problems: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const result = checkPage(readFileSync(page, 'utf8'));
    problems.push(...result.problems.map((problem) => `${page}: ${problem}`));
    checked += result.inlineScripts.length;
  }
  expect(problems).toEqual([]);
  // at least the theme script on every page
  expect(checked).toBeGreaterThanOrEqual(pages.length);
});

it('pages with a table of contents carry the script that folds it on narrow screens', () => {
  const guide = readFileSync(join(dist, 'en/guide/pods/index.html'), 'utf8');
  expect(checkPage(guide).inlineScripts.some((script) => script.includes('previousElementSibling'))).toBe(true);
});
