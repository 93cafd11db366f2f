import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { htmlPages } from '../../scripts/lib/html.mjs';
import { dist } from './site.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

it('every Korean content page has its English twin at the same path, and back', () => {
  expect(filesUnder('content/en')).toEqual(filesUnder('content/ko'));
});

it('every built page under /ko/ exists under /en/ and back', () => {
  const paths = htmlPages(dist).map(([, path]) => path);
  const ko = paths.filter((p) => p.startsWith('/ko/')).map((p) => p.slice(3));
  const en = paths.filter((p) => p.startsWith('/en/')).map((p) => p.slice(3));
  expect(en).toEqual(ko);
});
