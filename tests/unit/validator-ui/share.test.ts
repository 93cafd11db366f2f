import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, fromBase64Url, hashOfPayload, payloadOfHash, toBase64Url } from '../../../src/scripts/validator/share.ts';
import { encodeShareSync, validatorHref } from '../../../src/scripts/validator/share-node.ts';

const manifest = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: 웹-파드\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27 # <script>alert(1)</script>\n';

describe('share format', () => {
  it('Node zlib at build time -> DecompressionStream in the page gives the text back', async () => {
    const payload = encodeShareSync(manifest);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeShare(payload)).toBe(manifest);
  });

  it('CompressionStream in the page -> zlib-compatible deflate-raw', async () => {
    const payload = await encodeShare(manifest);
    const { inflateRawSync } = await import('node:zlib');
    expect(Buffer.from(inflateRawSync(fromBase64Url(payload))).toString('utf8')).toBe(manifest);
    expect(await decodeShare(payload)).toBe(manifest);
  });

  it('round-trips any text, Node encode -> browser-style decode', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 400 }), async (text) => {
      expect(await decodeShare(encodeShareSync(text))).toBe(text);
    }), { numRuns: 150 });
  });

  it('base64url has no padding and no +/ characters, and round-trips bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const text = toBase64Url(bytes);
      expect(text).not.toMatch(/[+/=]/);
      expect([...fromBase64Url(text)]).toEqual([...bytes]);
    }));
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });

  it('reads the payload from the fragment only when it is there', () => {
    expect(payloadOfHash('#yaml=abc_-')).toBe('abc_-');
    expect(payloadOfHash(hashOfPayload('xyz'))).toBe('xyz');
    expect(payloadOfHash('')).toBeUndefined();
    expect(payloadOfHash('#yaml=')).toBeUndefined();
    expect(payloadOfHash('#results')).toBeUndefined();
  });

  it('refuses a damaged payload instead of loading garbage', async () => {
    expect(() => fromBase64Url('abc$')).toThrow();
    await expect(decodeShare('AAAA')).rejects.toThrow();
    const notUtf8 = toBase64Url(new Uint8Array(deflateRawSync(Buffer.from([0xff, 0xfe, 0x80]))));
    await expect(decodeShare(notUtf8)).rejects.toThrow();
  });

  it('builds validator links in the URL fragment, never a query', () => {
    const href = validatorHref('en', manifest);
    expect(href.startsWith('/en/validator/#yaml=')).toBe(true);
    expect(href).not.toContain('?');
    expect(payloadOfHash(new URL(href, 'http://x').hash)).toBe(encodeShareSync(manifest));
  });
});
