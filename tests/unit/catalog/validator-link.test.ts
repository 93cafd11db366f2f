// "Open in validator" links carry the example itself: decoding the fragment with the validator's
// own browser-side decoder gives back the manifest byte for byte.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/lib/catalog/load.ts';
import { openInValidatorHref } from '../../../src/lib/catalog/validator-link.ts';

import { decodeShare, payloadOfHash } from '../../../src/scripts/validator/share.ts';

describe('Open in validator links', () => {
  it.each(catalog.map((kind) => [kind.slug, kind.example] as const))(
    '%s opens the validator with its example',
    async (_slug, example) => {
      for (const lang of ['ko', 'en'] as const) {
        const href = openInValidatorHref(lang, example);
        expect(href.startsWith(`/${lang}/validator/#yaml=`)).toBe(true);
        const payload = payloadOfHash(href.slice(href.indexOf('#'))) ?? '';
        expect(await decodeShare(payload)).toBe(example);
      }
    },
  );
});
