// Every ```mermaid fence of the guide has its drawings, made from its current source: a writer who
// changed a diagram and forgot `npm run diagrams` is told so here (the build stops too).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagramFile, diagramKey, drawingsDir as drawings, mermaidFences } from '../../../src/lib/markdown/diagram-key.ts';

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const fences = mdxFiles('content').flatMap((file) => mermaidFences(readFileSync(file, 'utf8')).map((source) => ({ file, source })));

describe('diagram drawings', () => {
  it('the guide has diagrams in both languages', () => {
    expect(fences.filter((f) => f.file.includes('/ko/')).length).toBeGreaterThanOrEqual(10);
    expect(fences.filter((f) => f.file.includes('/en/')).length).toBeGreaterThanOrEqual(10);
  });

  it('every diagram has a current drawing (run `npm run diagrams` if not)', () => {
    const missing = fences
      .filter(({ source }) => !existsSync(join(drawings, diagramFile(diagramKey(source)))))
      .map(({ file, source }) => `${file}: ${source.split('\n')[0]}`);
    expect(missing).toEqual([]);
  });

  it('keeps no drawing that no diagram uses', () => {
    const used = new Set(fences.map(({ source }) => diagramFile(diagramKey(source))));
    expect(readdirSync(drawings).filter((file) => !used.has(file))).toEqual([]);
  });

  it('each drawing is an accessible SVG: a role, a title and a description from accTitle/accDescr', () => {
    for (const file of readdirSync(drawings)) {
      const svg = readFileSync(join(drawings, file), 'utf8');
      expect(svg, file).toMatch(/^<svg [^>]*role="(img|group)"/u);
      expect(svg, file).toMatch(/<title id="[^"]+">[^<]+<\/title>/u);
      expect(svg, file).toMatch(/<desc id="[^"]+">[^<]+<\/desc>/u);
      expect(svg, file).not.toMatch(/<script/iu);
    }
  });

  it('each drawing carries both palettes as light-dark() colours and its smallest font size', () => {
    for (const file of readdirSync(drawings)) {
      const svg = readFileSync(join(drawings, file), 'utf8');
      expect(svg, file).toMatch(/^<svg data-min-font="\d+(\.\d+)?" /u);
      expect(svg, file).toMatch(/<style>[^<]*light-dark\(/u);
    }
  });
});

describe('mermaidFences', () => {
  it('finds the fences of an MDX file, in order', () => {
    expect(mermaidFences('Text\n\n```mermaid\nflowchart TD\n  A --> B\n```\n\n```yaml\na: 1\n```\n\n```mermaid\nsequenceDiagram\n```\n')).toEqual([
      'flowchart TD\n  A --> B',
      'sequenceDiagram',
    ]);
  });
});
