// The share format of the validator: the manifest, deflate-raw compressed and base64url encoded,
// in the URL fragment (#yaml=…), and the Kubernetes release it was checked against (&release=1.31;
// links from before the release selector have none). A fragment never reaches a server, so a shared manifest stays
// between the people who share it. This module is pure (no DOM, no Node APIs): the build computes
// links with zlib (share-node.ts), the page with CompressionStream, and both give the same bytes.

export const SHARE_KEY = 'yaml';
export const RELEASE_KEY = 'release';

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short for large inputs.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on characters outside the base64url alphabet, so a damaged link fails loudly. */
export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** '#yaml=abc' -> 'abc'; undefined when the fragment carries no manifest. */
export function payloadOfHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(SHARE_KEY);
  return value === null || value === '' ? undefined : value;
}

/**
 * The release a link names, as written (trimmed to a sane length): undefined when it names none. Whether
 * the validator has that release is the page's to say (release-choice.ts).
 */
export function releaseOfHash(hash: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(RELEASE_KEY);
  return value === null || value === '' ? undefined : value.slice(0, 32);
}

/** '#yaml=<payload>', and with a release '#yaml=<payload>&release=1.31'. */
export function hashOfPayload(payload: string, release?: string): string {
  const params = new URLSearchParams();
  params.set(SHARE_KEY, payload);
  if (release !== undefined) params.set(RELEASE_KEY, release);
  return `#${params.toString()}`;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const source = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(source).arrayBuffer());
}

/** Text -> the fragment payload, with the platform's CompressionStream (browsers, Node 18+). */
export async function encodeShare(text: string): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
}

/** The fragment payload -> text; throws on a damaged payload (bad alphabet, bad deflate data, bad UTF-8). */
export async function decodeShare(payload: string): Promise<string> {
  const bytes = await pipe(fromBase64Url(payload), new DecompressionStream('deflate-raw'));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
