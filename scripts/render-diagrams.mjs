// Draws the guide's Mermaid diagrams once, at authoring time, into SVG files the build embeds:
// readers then get the drawings in the HTML, without JavaScript and without Mermaid's 600 KB of
// code (which drawing in the browser made the architecture page's main thread busy for 1.6 s).
//
// `npm run diagrams` renders every ```mermaid fence of content/ whose source changed, in the light
// and the dark palette, in Chromium (Mermaid measures text with a real layout engine), merges the
// two into one SVG with light-dark() colours (src/lib/markdown/diagram-palette.ts), notes the
// smallest font size it uses (the page keeps that text at 12 px or more), and removes drawings no
// fence uses. Files are named by a hash of the source and the drawing settings, so
// the build finds each fence's drawing and tests/unit/content/diagrams.test.ts fails when one is
// missing or stale.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/chromium.mjs';
import { diagramFile, diagramKey, drawingsDir, mermaidConfig, mermaidFences } from '../src/lib/markdown/diagram-key.ts';
import { mergePalettes } from '../src/lib/markdown/diagram-palette.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = drawingsDir;
const mermaidScript = join(root, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
const fontStack = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', sans-serif";

/**
 * Coordinates to two decimals: Mermaid writes them with sixteen, which made the troubleshooting
 * flowchart 96 KB of path data. Only geometry attributes are touched, never label text.
 */
function roundGeometry(svg) {
  return svg.replace(/\s(d|points|transform|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height|viewBox)="([^"]*)"/gu, (_, name, value) => {
    const rounded = value
      .replace(/-?\d+(?:\.\d+)?e-\d+/gu, '0')
      .replace(/(-?\d+\.\d\d)\d+/gu, '$1');
    return ` ${name}="${rounded}"`;
  });
}

function mdxFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? mdxFiles(path) : entry.name.endsWith('.mdx') ? [path] : [];
  });
}

const sources = [...new Set(mdxFiles(join(root, 'content')).flatMap((file) => mermaidFences(readFileSync(file, 'utf8'))))];
mkdirSync(out, { recursive: true });
const wanted = new Set(sources.map((source) => diagramFile(diagramKey(source))));
const missing = sources.filter((source) => !existsSync(join(out, diagramFile(diagramKey(source)))));

/**
 * One palette's drawing, in a page of its own so Mermaid's element counters start alike for both
 * palettes, with the smallest font size of its text (user units, the size at scale 1).
 */
async function draw(browser, source, id, theme) {
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><html><body style="font-family: ${fontStack}; font-size: 16px"></body></html>`);
  await page.addScriptTag({ path: mermaidScript });
  const drawn = await page.evaluate(
    async ({ source, id, config }) => {
      const mermaid = /** @type {any} */ (window).mermaid;
      mermaid.initialize(config);
      const { svg } = await mermaid.render(id, source);
      // An accessible name and description from accTitle/accDescr; a drawing with links must
      // keep its children reachable (a group), otherwise it is one image.
      const holder = document.createElement('div');
      document.body.append(holder);
      holder.innerHTML = svg;
      const drawing = holder.querySelector('svg');
      if (drawing === null) return { svg, minFont: 16, startX: null };
      drawing.setAttribute('role', drawing.querySelector('a') ? 'group' : 'img');
      // labels are SVG text or, for flowchart nodes, HTML inside foreignObject
      const sizes = [...drawing.querySelectorAll('text, tspan, foreignObject *')]
        .filter((text) => [...text.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()))
        .map((text) => parseFloat(getComputedStyle(text).fontSize));
      // Where a flowchart or state diagram starts (its first node in the source, which Mermaid numbers from 0), as a
      // fraction of the drawing's width: a phone shows a wide drawing scrolled to there first.
      const order = (node) => Number(/-(\d+)$/u.exec(node.id)?.[1] ?? Infinity);
      const first = [...drawing.querySelectorAll('g.node[id*="-flowchart-"], g.node[id*="-state-"]')].sort((a, b) => order(a) - order(b))[0];
      const frame = drawing.getBoundingClientRect();
      const box = first?.getBoundingClientRect();
      const startX = box === undefined || frame.width === 0 ? null : (box.left + box.width / 2 - frame.left) / frame.width;
      return { svg: drawing.outerHTML, minFont: Math.min(16, ...sizes), startX };
    },
    { source, id, config: mermaidConfig(theme) },
  );
  await page.close();
  return drawn;
}

if (missing.length > 0) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  for (const source of missing) {
    const key = diagramKey(source);
    const light = await draw(browser, source, `d${key}`, 'light');
    const dark = await draw(browser, source, `d${key}`, 'dark');
    const start = light.startX === null ? '' : `data-start-x="${light.startX.toFixed(3)}" `;
    const svg = mergePalettes(light.svg, dark.svg).replace(/^<svg /u, `<svg data-min-font="${light.minFont}" ${start}`);
    writeFileSync(join(out, diagramFile(key)), roundGeometry(svg));
    console.log(`drew ${key}: ${source.split('\n')[0]}…`);
  }
  await browser.close();
}
for (const file of readdirSync(out)) {
  if (!wanted.has(file)) rmSync(join(out, file));
}
console.log(`diagrams: ${sources.length} sources, ${missing.length} drawn, ${wanted.size} files in src/generated/diagrams`);
