// The Content-Security-Policy of every built page lets exactly its own inline scripts run: each one
// is hashed into script-src, and nothing else is allowed inline.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { dist } from './site.ts';

const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => join(entry.parentPath, entry.name));

const decode = (text: string): string => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
  const directives = new Map<string, string[]>();
  for (const part of decode(content ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name, values);
  }
  return directives;
}

/** Scripts written into the page, not loaded from a file; JSON data blocks are not scripts. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = '']) => !/\ssrc=/.test(attributes) && !/type="application\/(ld\+)?json"/.test(attributes))
    .map(([, , body = '']) => body)
    .filter((body) => body.trim() !== '');
}

const hash = (script: string): string => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

it('every page has a policy, and every inline script on it is hashed into script-src', () => {
  expect(pages.length).toBeGreaterThan(100);
  const problems: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    const policy = policyOf(html);
    const scriptSrc = policy.get('script-src');
    if (!scriptSrc) {
      problems.push(`${page}: no script-src`);
      continue;
    }
    if (scriptSrc.includes("'unsafe-inline'") || policy.get('object-src')?.[0] !== "'none'") problems.push(`${page}: policy too loose`);
    for (const script of inlineScripts(html)) {
      checked += 1;
      if (!scriptSrc.includes(hash(script))) problems.push(`${page}: inline script not in the policy: ${script.slice(0, 60)}`);
    }
  }
  expect(problems).toEqual([]);
  // at least the theme script on every page
  expect(checked).toBeGreaterThanOrEqual(pages.length);
});

it('pages with a table of contents carry the script that folds it on narrow screens', () => {
  const guide = readFileSync(join(dist, 'en/guide/pods/index.html'), 'utf8');
  expect(inlineScripts(guide).some((script) => script.includes('previousElementSibling'))).toBe(true);
});
