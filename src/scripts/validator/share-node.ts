// Build-time side of the share format (see share.ts): the guide's code bars and the kind catalog
// compute "Open in validator" links while rendering, synchronously, with Node's zlib.
import { deflateRawSync } from 'node:zlib';
import { hashOfPayload, toBase64Url } from './share.ts';

export function encodeShareSync(text: string): string {
  return toBase64Url(new Uint8Array(deflateRawSync(Buffer.from(text, 'utf8'), { level: 9 })));
}

/** /ko/validator/#yaml=… : the validator page, opened with `text` loaded. */
export function validatorHref(lang: 'ko' | 'en', text: string): string {
  return `/${lang}/validator/${hashOfPayload(encodeShareSync(text))}`;
}
