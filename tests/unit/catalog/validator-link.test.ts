// "Open in validator" links carry the example itself: decoding the fragment with the validator's
// own browser-side decoder gives back the manifest byte for byte.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/lib/catalog/load.ts';
import { openInValidatorHref } from '../../../src/lib/catalog/validator-link.ts';

type Share = { decodeShare(payload: string): Promise<string>; payloadOfHash(hash: string): string | undefined };
const share = Object.values(import.meta.glob<Share>('../../../src/scripts/validator/share.ts', { eager: true }))[0];
const validatorReady = share !== undefined && existsSync('src/pages/[lang]/validator/index.astro');

describe('Open in validator links', () => {
  it.skipIf(validatorReady)('are left out while the validator page or its share module is missing', () => {
    expect(openInValidatorHref('ko', 'kind: Pod\n')).toBeUndefined();
  });

  it.runIf(validatorReady).each(catalog.map((kind) => [kind.slug, kind.example] as const))(
    '%s opens the validator with its example',
    async (_slug, example) => {
      for (const lang of ['ko', 'en'] as const) {
        const href = openInValidatorHref(lang, example) ?? '';
        expect(href.startsWith(`/${lang}/validator/#yaml=`)).toBe(true);
        const payload = share?.payloadOfHash(href.slice(href.indexOf('#'))) ?? '';
        expect(await share?.decodeShare(payload)).toBe(example);
      }
    },
  );
});
