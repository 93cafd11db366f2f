// "Open in validator" links for the catalog's examples. The share format (#yaml=…, deflate-raw +
// base64url) belongs to the validator page (src/scripts/validator/share-node.ts). Build time only.
import type { Lang } from '../../i18n/index.ts';
import { validatorHref } from '../../scripts/validator/share-node.ts';

/** The validator page opened with `text` loaded. */
export function openInValidatorHref(lang: Lang, text: string): string {
  return validatorHref(lang, text);
}
