// Reads what a reader types into the path box, the way `kubectl explain` does:
// 'deployment.spec.strategy', 'deploy.spec.strategy', 'deployments.apps.spec.strategy', or, on a kind's
// own page, just 'spec.strategy'. Pure: the island and the unit tests share it.

export interface KindAliases {
  /** lower-case alias -> page slug */
  [alias: string]: string;
}

export type PathQuery =
  | { ok: true; slug: string; path: string }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'noKind'; name: string };

export interface AliasSource {
  slug: string;
  kind: string;
  group: string;
  plural: string;
  shortNames: readonly string[];
}

/** Every name kubectl accepts for a kind, plus the page slug; later kinds never steal an earlier alias. */
export function kindAliases(kinds: readonly AliasSource[]): KindAliases {
  const aliases: KindAliases = {};
  const add = (alias: string, slug: string): void => {
    const key = alias.toLowerCase();
    if (!(key in aliases)) aliases[key] = slug;
  };
  // slugs first: 'event' is the core Event, 'event.events.k8s.io' the other one
  for (const kind of kinds) add(kind.slug, kind.slug);
  for (const kind of kinds) {
    for (const name of [kind.kind, kind.plural, ...kind.shortNames]) {
      add(name, kind.slug);
      if (kind.group !== '') add(`${name}.${kind.group}`, kind.slug);
    }
  }
  return aliases;
}

/**
 * The page and field a query names. The longest alias that the query starts with wins, so
 * 'event.events.k8s.io.note' is the events.k8s.io Event. With no kind prefix, the path belongs to
 * `current.slug` (the page the box is on), when there is one. A top-level field of the current page
 * beats a kind of the same name: on the EndpointSlice page, 'endpoints.addresses' is its own field.
 */
export function parsePathQuery(
  query: string,
  aliases: KindAliases,
  current?: { slug: string; hasField(name: string): boolean },
): PathQuery {
  const text = query.trim().replace(/^\.+|\.+$/g, '');
  if (text === '') return { ok: false, reason: 'empty' };
  const first = text.split('.')[0] ?? text;
  if (current?.hasField(first)) return { ok: true, slug: current.slug, path: text };
  const lower = text.toLowerCase();
  let best = '';
  for (const alias of Object.keys(aliases)) {
    if (alias.length > best.length && (lower === alias || lower.startsWith(`${alias}.`))) best = alias;
  }
  if (best !== '') return { ok: true, slug: aliases[best] as string, path: text.slice(best.length + 1) };
  if (current !== undefined) return { ok: true, slug: current.slug, path: text };
  return { ok: false, reason: 'noKind', name: first };
}
