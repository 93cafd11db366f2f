import { describe, expect, it } from 'vitest';
import { parseEnumValues } from '../../../src/lib/k8s/generate/enum-values.ts';

describe('parseEnumValues', () => {
  it.each([
    ['no list', 'Protocol for port. Defaults to "TCP".', undefined],
    [
      'a list',
      'Image pull policy.\n\nPossible enum values:\n - `"Always"` means pull.\n - `"IfNotPresent"` means pull if absent.\n - `"Never"` means never.',
      ['Always', 'IfNotPresent', 'Never'],
    ],
    ['a wildcard value', 'Scope.\n\nPossible enum values:\n - `"*"` means all scopes.\n - `"Cluster"` means cluster.', ['*', 'Cluster']],
    ['an empty-string value', 'Possible enum values:\n - `""` means unset.\n - `"Foo"` means foo.', ['', 'Foo']],
    ['a marker with no items', 'Possible enum values:\n', undefined],
  ])('%s', (_name, description, expected) => {
    expect(parseEnumValues(description)).toEqual(expected);
  });
});
