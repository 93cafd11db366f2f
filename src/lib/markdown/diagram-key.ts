// What names a diagram's drawing: the Mermaid source, the drawing settings and Mermaid's version.
// Shared by the script that draws (scripts/render-diagrams.mjs), the build that embeds the
// drawings and the test that checks none is missing or stale.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Paths from the project root: npm scripts, Astro and Vitest all run there, while this module's
// own URL points into a bundle during the build.
const root = process.cwd();
/** Where the drawings are kept (committed: the build needs no browser). */
export const drawingsDir = join(root, 'src', 'generated', 'diagrams');

export const themes = ['light', 'dark'] as const;
export type DiagramTheme = (typeof themes)[number];

/** The settings every drawing is made with; part of the key, so changing them redraws all. */
export function mermaidConfig(theme: DiagramTheme) {
  return {
    startOnLoad: false,
    theme: theme === 'dark' ? 'dark' : 'default',
    // Our diagrams are our own content, never reader input. 'antiscript' keeps click links (the
    // troubleshooting flowchart links each step to its section) while stripping script elements.
    securityLevel: 'antiscript',
    // Drawings shrink to the column, but never below a readable scale (src/styles/global.css);
    // the reader can switch a wide one to full size.
    flowchart: { useMaxWidth: true, htmlLabels: false },
    sequence: { useMaxWidth: true },
    state: { useMaxWidth: true },
    fontFamily: 'inherit',
    // Mermaid draws some shapes (stadiums, state circles) with seeded random strokes: one seed
    // makes the light and the dark drawing the same shapes, so they merge into one (diagram-palette.ts).
    handDrawnSeed: 1,
  } as const;
}

const mermaidVersion = (JSON.parse(readFileSync(join(root, 'node_modules', 'mermaid', 'package.json'), 'utf8')) as { version: string }).version;

/**
 * What the drawing files hold besides Mermaid's output: one SVG for both palettes (light-dark()
 * colours) with the smallest font size it uses in data-min-font. Changing it redraws all.
 */
const drawingFormat = 'one-svg-light-dark, data-min-font';

/** A short hash of what the drawing depends on. */
export function diagramKey(source: string): string {
  const settings = JSON.stringify(themes.map(mermaidConfig));
  return createHash('sha256').update(`${mermaidVersion}\n${drawingFormat}\n${settings}\n${source.trim()}`).digest('hex').slice(0, 16);
}

/** The drawing of a diagram: one SVG whose colours follow the page's color-scheme. */
export function diagramFile(key: string): string {
  return `${key}.svg`;
}

/** The sources of the ```mermaid fences of one MDX file, in order. */
export function mermaidFences(mdx: string): string[] {
  return [...mdx.matchAll(/^```mermaid[^\n]*\n([\s\S]*?)^```[ \t]*$/gimu)].map((match) => (match[1] ?? '').trim());
}
