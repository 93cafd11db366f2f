// "Open in validator" links for the catalog's examples. The share format (#yaml=…, deflate-raw +
// base64url) belongs to the validator page, in src/scripts/validator/share-node.ts. That module and
// the page are built in parallel with the catalog, so this finds them rather than importing them:
// the catalog builds either way and links to the validator as soon as both exist. Build time only.
import { existsSync } from 'node:fs';
import type { Lang } from '../../i18n/index.ts';

type Encoder = { validatorHref(lang: Lang, text: string): string };
const encoders = import.meta.glob<Encoder>('../../scripts/validator/share-node.ts', { eager: true });
const encoder = Object.values(encoders)[0];
// The pages directory is read at build time from the project root (where astro build runs).
const hasValidatorPage = existsSync('src/pages/[lang]/validator/index.astro');

/** The validator page opened with `text` loaded, or undefined while the validator is not there. */
export function openInValidatorHref(lang: Lang, text: string): string | undefined {
  return encoder && hasValidatorPage ? encoder.validatorHref(lang, text) : undefined;
}
