// The Korean catalog names each kind as the official Korean localization does: every kind its
// glossary names (tests/fixtures/terminology/ko-glossary-kinds.md) reads exactly that way.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayName } from '../../../src/lib/catalog/catalog.ts';
import { catalog } from '../../../src/lib/catalog/load.ts';

/** English kind (spaces dropped: "Horizontal Pod Autoscaler") -> the glossary's Korean form */
function glossary(): Map<string, string> {
  const rows = readFileSync('tests/fixtures/terminology/ko-glossary-kinds.md', 'utf8').split('\n');
  const terms = new Map<string, string>();
  for (const row of rows.slice(rows.findIndex((line) => line.startsWith('--- |')) + 1)) {
    const [english, korean] = row.split(' | ');
    if (english && korean) terms.set(english.replace(/\s+/gu, ''), korean);
  }
  return terms;
}

describe('Korean kind names', () => {
  const terms = glossary();

  it('reads the glossary: 52 kinds', () => {
    expect(terms.size).toBe(52);
    expect(terms.get('ConfigMap')).toBe('컨피그맵(ConfigMap)');
    expect(terms.get('HorizontalPodAutoscaler')).toBe('Horizontal Pod Autoscaler');
  });

  it('names every catalogued kind the glossary has exactly as the glossary writes it', () => {
    const named = catalog.filter((kind) => terms.has(kind.kind));
    // all but the kinds newer than the glossary (DRA, admission policies, ServiceCIDR, ...)
    expect(named.length).toBeGreaterThanOrEqual(50);
    const wrong = named
      .map((kind) => ({ kind: kind.kind, shown: displayName(kind, 'ko'), glossary: terms.get(kind.kind) }))
      .filter(({ shown, glossary: term }) => shown !== term);
    expect(wrong).toEqual([]);
  });

  it('keeps the English kind where the glossary has no Korean name', () => {
    for (const kind of catalog.filter((k) => !terms.has(k.kind))) expect(kind.ko.name).toBe(kind.kind);
  });
});
