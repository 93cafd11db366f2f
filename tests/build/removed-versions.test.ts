// The "Removed versions" section of every built kind page agrees with the project's one table of
// removals (src/lib/k8s/removed-apis.ts), which the validator's api-version-not-served rule reads:
// a reader of the kind page and a user of the validator are told the same releases and replacements.
// (tests/unit/k8s/kind-catalogue.test.ts checks the hand-kept content/kinds/*.yaml; this checks the page.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textOf, walkElements } from '../../scripts/lib/html.mjs';
import { t } from '../../src/i18n/index.ts';
import { apiSchema } from '../../src/lib/k8s/api-schema.ts';
import { catalogueEntries } from '../../src/lib/k8s/kind-catalogue.ts';
import { REMOVED_APIS, type RemovedApi } from '../../src/lib/k8s/removed-apis.ts';
import { dist } from './site.ts';

const entries = catalogueEntries(apiSchema);
const groupOf = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.replace(/\/[^/]+$/, '') : '');
/** A removed row belongs to the page of its kind in the group it moved to (or, with no successor, the group it left). */
const belongsTo = (row: RemovedApi, entry: { kind: string; group: string }): boolean =>
  row.kind === entry.kind && groupOf(row.replacement ?? row.apiVersion) === entry.group;

interface HtmlNode { tagName?: string; childNodes?: HtmlNode[] }
const childrenTagged = (node: HtmlNode, ...tags: string[]): HtmlNode[] =>
  (node.childNodes ?? []).filter((child) => tags.includes(child.tagName ?? ''));

interface Section { heading: string | undefined; headers: string[]; rows: string[][] }
/** The removed-versions heading and table of a built page, as text. */
function removedSection(path: string): Section {
  const section: Section = { heading: undefined, headers: [], rows: [] };
  walkElements(readFileSync(path, 'utf8'), (tag: string, attrs: Record<string, string>, found: unknown) => {
    const node = found as HtmlNode;
    if (tag === 'h2' && attrs['id'] === 'removed-versions') section.heading = textOf(node).trim();
    if (tag !== 'table' || attrs['class'] !== 'kind-removed') return;
    const rows = (part: string) => childrenTagged(node, part).flatMap((group) => childrenTagged(group, 'tr'));
    const cells = (row: HtmlNode) => childrenTagged(row, 'th', 'td').map((cell) => textOf(cell).trim());
    section.headers = rows('thead').flatMap(cells);
    section.rows = rows('tbody').map(cells);
  });
  return section;
}

describe.each(['ko', 'en'] as const)('removed versions on the kind pages (%s)', (lang) => {
  it.each(entries.map((entry) => [entry.fileName.replace(/\.yaml$/, ''), entry] as const))('%s lists exactly its removals from removed-apis.ts', (slug, entry) => {
    const section = removedSection(`${dist}/${lang}/kinds/${slug}/index.html`);
    const expected = REMOVED_APIS.filter((row) => belongsTo(row, entry))
      .map((row) => [row.apiVersion, row.removedIn, row.replacement ?? t(lang, 'kinds.removed.noReplacement')]);
    if (expected.length === 0) {
      expect(section.heading).toBeUndefined();
      expect(section.rows).toEqual([]);
      return;
    }
    expect(section.heading).toBe(t(lang, 'kinds.removed.title'));
    expect(section.headers).toEqual([t(lang, 'kinds.removed.version'), t(lang, 'kinds.removed.removedIn'), t(lang, 'kinds.removed.replacement')]);
    const sort = (rows: string[][]) => [...rows].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(sort(section.rows)).toEqual(sort(expected));
  });
});

it('every removal is on a kind page, unless its kind has none (subresources, kinds gone for good)', () => {
  const shown = new Set(REMOVED_APIS.filter((row) => entries.some((entry) => belongsTo(row, entry))));
  const catalogued = new Set(entries.map((entry) => entry.kind));
  const unshown = REMOVED_APIS.filter((row) => !shown.has(row)).map((row) => `${row.apiVersion} ${row.kind}`);
  expect(unshown.filter((row) => catalogued.has(row.split(' ')[1] ?? ''))).toEqual([]);
  // the ones left out are the ones with no page of their own
  expect(new Set(unshown.map((row) => row.split(' ')[1]))).toEqual(new Set(['PodSecurityPolicy', 'DeploymentRollback', 'Scale', 'Eviction']));
});
