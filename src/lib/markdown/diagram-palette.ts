// One drawing for both themes: Mermaid draws a diagram in its light and its dark palette, with the
// same geometry; this merges the two into one SVG whose colours are light-dark() pairs, so a page
// carries each diagram once (two inline copies, one hidden, doubled the troubleshooting page's
// diagram nodes and their parsing and style work) and the page's color-scheme picks the palette.
// Used by scripts/render-diagrams.mjs at authoring time; no DOM, plain string work.

/** A CSS or SVG colour as Mermaid writes it: hex, rgb()/rgba(), hsl()/hsla() or a keyword. */
const colour = /(#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\)|\b(?:white|black|grey|gray|red|lightgrey|transparent)\b)/u;
const colourSplit = new RegExp(colour.source, 'gu');

const pair = (light: string, dark: string) => (light === dark ? light : `light-dark(${light}, ${dark})`);

/**
 * The light value with each colour that the dark value has elsewhere turned into a light-dark()
 * pair; null when the two differ in more than their colours (then they are not the same thing).
 */
export function pairColours(light: string, dark: string): string | null {
  const l = light.split(colourSplit);
  const d = dark.split(colourSplit);
  const skeleton = (parts: string[]) => parts.filter((_, i) => i % 2 === 0).map((part) => part.replace(/\s+/gu, '')).join('\u0000');
  if (l.length !== d.length || skeleton(l) !== skeleton(d)) return null;
  return l.map((part, i) => (i % 2 === 1 ? pair(part, d[i] ?? part) : part)).join('');
}

interface Rule { prelude: string; body: string }

/** Top-level rules of a style sheet; an at-rule with nested blocks (keyframes) keeps its body whole. */
function rules(css: string): Rule[] {
  const out: Rule[] = [];
  let start = 0;
  let depth = 0;
  let open = -1;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (css[i] === '}') {
      depth--;
      if (depth === 0) {
        out.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, i) });
        start = i + 1;
      }
    }
  }
  return out;
}

function declarations(body: string): Array<[string, string]> {
  return body.split(';').filter((d) => d.includes(':')).map((d) => {
    const at = d.indexOf(':');
    return [d.slice(0, at).trim(), d.slice(at + 1).trim()];
  });
}

/** The light style sheet, each colour that the dark sheet's same rule and property changes paired. */
export function mergeStyles(light: string, dark: string): string {
  const darkRules = new Map(rules(dark).map((rule) => [rule.prelude, new Map(declarations(rule.body))]));
  return rules(light).map(({ prelude, body }) => {
    const darkDecls = darkRules.get(prelude);
    if (prelude.startsWith('@') || darkDecls === undefined) return `${prelude}{${body}}`;
    const merged = declarations(body).map(([property, value]) => {
      const other = darkDecls.get(property);
      return `${property}:${other === undefined ? value : (pairColours(value, other) ?? value)};`;
    });
    return `${prelude}{${merged.join('')}}`;
  }).join('');
}

/** Colour-bearing attributes (fill, stroke, stop-color, flood-color, …) in document order. */
const colourAttribute = /\s(fill|stroke|stop-color|flood-color|color)="([^"]*)"/gu;

/**
 * Both drawings as one: the light drawing's geometry and text, its style sheet and colour
 * attributes paired with the dark drawing's. The two must come from the same source and settings
 * (the same element ids and seed), so their attributes line up; throws when they do not.
 */
export function mergePalettes(lightSvg: string, darkSvg: string): string {
  const styleOf = (svg: string) => /<style>([\s\S]*?)<\/style>/u.exec(svg)?.[1] ?? '';
  // Dark-only definitions (the gradient of Mermaid's "neo" look, which our drawings do not use).
  const withoutGradients = (svg: string) => svg.replace(/<linearGradient[\s\S]*?<\/linearGradient>/gu, '');
  const darkAttributes = [...withoutGradients(darkSvg).replace(/<style>[\s\S]*?<\/style>/u, '').matchAll(colourAttribute)];
  let index = 0;
  const body = withoutGradients(lightSvg).replace(/<style>[\s\S]*?<\/style>/u, '\u0000').replace(colourAttribute, (whole, name: string, value: string) => {
    const other = darkAttributes[index++];
    if (other?.[1] !== name) throw new Error(`the light and dark drawings differ at colour attribute ${index} (${name})`);
    const merged = pairColours(value, other[2] ?? value);
    return merged === null ? whole : ` ${name}="${merged}"`;
  });
  if (index !== darkAttributes.length) throw new Error(`the light drawing has ${index} colour attributes, the dark one ${darkAttributes.length}`);
  return body.replace('\u0000', `<style>${mergeStyles(styleOf(lightSvg), styleOf(darkSvg))}</style>`);
}
