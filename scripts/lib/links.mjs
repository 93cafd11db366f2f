// Internal link check over a built site: every href and src that points into the site resolves to
// a file, and every #fragment names an element id on the target page. Diagram click links, which
// live in the Mermaid source text, are checked too.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages, textOf, walkElements } from './html.mjs';

const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

function resolveFile(dist, pathname) {
  const target = join(dist, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) return existsSync(join(target, 'index.html')) ? join(target, 'index.html') : null;
  if (existsSync(target) && statSync(target).isFile()) return target;
  return null;
}

export function checkLinks(dist) {
  const pages = htmlPages(dist);
  const idsByFile = new Map();
  const links = [];
  for (const [file, path] of pages) {
    const ids = new Set();
    walkElements(readFileSync(file, 'utf8'), (tag, attrs, node) => {
      if (attrs.id) ids.add(attrs.id);
      if (tag === 'a' && attrs.name) ids.add(attrs.name);
      for (const name of ['href', 'src']) {
        if (attrs[name] !== undefined && !(tag === 'link' && ['canonical', 'alternate'].includes(attrs.rel))) {
          links.push({ from: path, url: attrs[name] });
        }
      }
      if (tag === 'pre' && (attrs.class ?? '').includes('diagram-source')) {
        for (const match of textOf(node).matchAll(/click\s+\S+\s+(?:href\s+)?"([^"]+)"/g)) links.push({ from: path, url: match[1] });
      }
    });
    idsByFile.set(file, ids);
  }
  const broken = [];
  for (const { from, url } of links) {
    if (url === '' || external.test(url)) continue;
    const resolved = new URL(url, `http://site${from}`);
    const file = resolved.pathname === new URL(`http://site${from}`).pathname && !url.split('#')[0]
      ? resolveFile(dist, from)
      : resolveFile(dist, resolved.pathname);
    if (file === null) {
      broken.push(`${from}: ${url} (no such page or file)`);
      continue;
    }
    const fragment = decodeURIComponent(resolved.hash.slice(1));
    // '#yaml=…' carries a manifest for the validator page (app state, not an anchor)
    const appState = /^[a-z]+=/.test(fragment);
    if (fragment && !appState && file.endsWith('.html') && !idsByFile.get(file)?.has(fragment)) {
      broken.push(`${from}: ${url} (no element with id "${fragment}")`);
    }
  }
  return { checked: links.length, broken };
}
