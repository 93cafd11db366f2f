// Small helpers over parse5 for the build checks: every element with its attributes, and the
// list of HTML pages of a built site.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'parse5';

/** Calls visit(tagName, attrs, node) for every element of an HTML document. */
export function walkElements(html, visit) {
  const stack = [parse(html)];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.tagName) {
      const attrs = Object.fromEntries((node.attrs ?? []).map((attr) => [attr.name, attr.value]));
      visit(node.tagName, attrs, node);
    }
    const children = node.content?.childNodes ?? node.childNodes ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]);
  }
}

/** The text inside an element (for inline scripts and styles). */
export function textOf(node) {
  return (node.childNodes ?? []).map((child) => child.value ?? textOf(child)).join('');
}

/** Every *.html file under dist, as [absolute path, site path like '/ko/guide/pods/']. */
export function htmlPages(dist) {
  const pages = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const rel = '/' + relative(dist, path).split(sep).join('/');
        pages.push([path, rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel]);
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => a[1].localeCompare(b[1]));
}
