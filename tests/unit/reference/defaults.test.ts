import { describe, expect, it } from 'vitest';
import { statedDefault } from '../../../src/lib/reference/defaults.ts';

describe('statedDefault', () => {
  it.each([
    ['Number of desired pods. Defaults to 1.', '1'],
    ['This is a pointer to distinguish between explicit zero and not specified. Defaults to 1. More info: https://kubernetes.io/x', '1'],
    ['Value can be an absolute number (ex: 5) or a percentage. Defaults to 25%. Example: when this is set to 30%', '25%'],
    ['Minimum seconds. Defaults to 0 (pod will be considered available as soon as it is ready)', '0 (pod will be considered available as soon as it is ready)'],
    ['Type of deployment. Can be "Recreate" or "RollingUpdate". Default is RollingUpdate.\n\nPossible enum values:', 'RollingUpdate'],
    ['maxUnavailable. Default value is 1. Example: when', '1'],
    ['timeout in seconds. Default to 10 seconds.', '10 seconds'],
    ['The default value is 0.', '0'],
    ['Defaults to "Equivalent"\n\nPossible enum values:', '"Equivalent"'],
    ['Allowed values are 0.5 and 1.5. Defaults to 0.5.', '0.5'],
  ])('%s -> %s', (description, expected) => {
    expect(statedDefault(description)).toBe(expected);
  });

  it.each([
    'The field is beta-level and is enabled by default.',
    'The default policy of `Retain` causes PVCs to not be affected.',
    '',
    undefined,
  ])('finds no default in %s', (description) => {
    expect(statedDefault(description)).toBeUndefined();
  });
});
