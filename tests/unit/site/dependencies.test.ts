// Every bare import in src/, scripts/ and tests/ names a package that package.json declares.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { bareImports, packageOf, sourceFiles, undeclaredImports } from '../../../scripts/lib/bare-imports.mjs';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as object;

it('every bare import of the project resolves to a declared package', () => {
  const files = sourceFiles(['src', 'scripts', 'tests']);
  expect(files.length).toBeGreaterThan(100);
  expect(undeclaredImports(files, manifest)).toEqual([]);
});

it('finds imports of every form, in .ts and in .astro front matter and scripts', () => {
  const ts = `import a from 'alpha';\nimport type { B } from 'beta';\nexport { c } from '@scope/gamma/sub';\nconst d = await import('delta');\nimport './local.ts';\nimport fs from 'node:fs';\n`;
  expect(bareImports(ts)).toEqual([
    { specifier: 'alpha', typeOnly: false },
    { specifier: 'beta', typeOnly: true },
    { specifier: '@scope/gamma/sub', typeOnly: false },
    { specifier: 'delta', typeOnly: false },
  ]);
  const astro = `---\nimport X from 'epsilon';\n---\n<p>import nothing from 'zeta'</p>\n<script>import { y } from 'eta';</script>\n`;
  expect(bareImports(astro, true).map((i) => i.specifier)).toEqual(['epsilon', 'eta']);
  expect(packageOf('@scope/gamma/sub')).toBe('@scope/gamma');
  expect(packageOf('vitest/config')).toBe('vitest');
});

it('reports a package that is only there as another package\'s dependency; @types/ satisfies type-only imports', () => {
  const files = { 'a.ts': `import { visit } from 'unist-util-visit';\nimport type { Root } from 'mdast';\nimport fs from 'fs';\n`, 'b.ts': `import { x } from 'mdast';\n` };
  const read = (file: string) => files[file as keyof typeof files];
  const declared = { dependencies: { '@types/mdast': '1' } };
  expect(undeclaredImports(Object.keys(files), declared, read)).toEqual([
    'a.ts: imports unist-util-visit, but package.json declares no unist-util-visit',
    'b.ts: imports mdast, but package.json declares no mdast',
  ]);
});
