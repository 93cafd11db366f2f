// Markdown that did not render shows its markers to readers: `**permit**` in a field note, or a
// CommonMark emphasis that does not close before a Korean particle (**…(HPA)**는). Prose of every
// page is checked; code (pre, code) and attributes may hold asterisks legitimately.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { htmlPages } from '../../scripts/lib/html.mjs';
import { dist } from './site.ts';

/** The page's visible prose: scripts, styles, code and tags removed. */
function prose(html: string): string {
  return html
    .replace(/<(script|style|pre|code|textarea)\b[\s\S]*?<\/\1>/gu, ' ')
    .replace(/<[^>]+>/gu, ' ');
}

it('no page shows unrendered Markdown emphasis', () => {
  const offenders = htmlPages(dist)
    .map(([file, path]) => [path, /\S{0,20}\*\*\S[^*]{0,40}/u.exec(prose(readFileSync(file, 'utf8')))?.[0]] as const)
    .filter(([, match]) => match !== undefined)
    .map(([path, match]) => `${path}: ${match}`);
  expect(offenders).toEqual([]);
});
