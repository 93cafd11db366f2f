import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { processQuery } from '../../../src/lib/search/korean.ts';
import { ambiguousShortNames, shortNameKinds } from '../../../src/lib/search/short-names.ts';

const fromCatalog = new Map<string, string>();
const kindFiles = [
  ...readdirSync('content/kinds').map((file) => `content/kinds/${file}`),
  ...readdirSync('content/crd-kinds', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.yaml')).map((file) => `content/crd-kinds/${file}`),
];
for (const file of kindFiles) {
  const kind = yaml.load(readFileSync(file, 'utf8')) as { kind: string; shortNames?: string[] };
  for (const short of kind.shortNames ?? []) {
    expect(fromCatalog.get(short) ?? kind.kind.toLowerCase(), `${short} names two kinds`).toBe(kind.kind.toLowerCase());
    fromCatalog.set(short, kind.kind.toLowerCase());
  }
}

describe('kubectl short names in search queries', () => {
  it('match the kind catalogue exactly, apart from the deliberately ambiguous ones', () => {
    const expected = Object.fromEntries([...fromCatalog].filter(([short]) => !ambiguousShortNames.includes(short)));
    expect(shortNameKinds).toEqual(expected);
    for (const short of ambiguousShortNames) expect(fromCatalog.has(short)).toBe(true);
  });
  it('turn a short name into the kind name and leave other words alone', () => {
    expect(processQuery('sa')).toBe('sa serviceaccount');
    expect(processQuery('SVC')).toBe('SVC service');
    expect(processQuery('limits')).toBe('limits');
    expect(processQuery('sample')).toBe('sample');
    expect(processQuery('smon')).toBe('smon servicemonitor');
    expect(processQuery('app')).toBe('app');
  });
});
