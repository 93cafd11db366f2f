import { describe, expect, it } from 'vitest';
import { highlightYaml, isWholeManifest, yamlFrameHtml } from '../../../src/lib/markdown/code-frame-html.ts';
import { noteExampleFrames } from '../../../src/lib/reference/note-examples.ts';
import type { FieldNote, NotesIndex } from '../../../src/lib/reference/notes.ts';

describe('highlightYaml', () => {
  it('gives a dual-theme Shiki block the site styles and the keyboard can scroll', async () => {
    const html = await highlightYaml('name: web # the name\n');
    expect(html).toMatch(/^<pre class="shiki shiki-themes github-light-default github-dark-default astro-code"/u);
    expect(html).toContain('tabindex="0"');
    expect(html).toMatch(/<span style="--shiki-light:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}">name<\/span>/iu);
    // the trailing newline makes no empty last line
    expect(html).not.toMatch(/<span class="line"><\/span><\/code>/u);
  });
});

describe('isWholeManifest', () => {
  it('is true only when every document has apiVersion, kind and metadata', () => {
    expect(isWholeManifest('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec: {}\n')).toBe(true);
    expect(isWholeManifest('apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: a}\n')).toBe(true);
    expect(isWholeManifest('apiVersion: v1\nkind: Pod\n')).toBe(false);
    expect(isWholeManifest('apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\nname: web\n')).toBe(false);
    expect(isWholeManifest('- name: web\n')).toBe(false);
    expect(isWholeManifest('a: [unclosed\n')).toBe(false);
  });
});

describe('yamlFrameHtml', () => {
  it('frames a manifest with the validator link and a fragment without it, both with a copy button', () => {
    const manifest = yamlFrameHtml({ lang: 'ko', highlighted: '<pre>x</pre>', validatorHref: '/ko/validator/#yaml=a&b' });
    expect(manifest).toBe('<figure class="code-frame" data-role="manifest" data-language="yaml" data-pagefind-ignore><figcaption class="code-bar"><span class="code-lang">YAML</span><a class="code-open" href="/ko/validator/#yaml=a&amp;b">검사기에서 열기</a><button type="button" class="code-copy" data-copied="복사했습니다" data-failed="복사하지 못했습니다">코드 복사</button></figcaption><pre>x</pre></figure>');
    const fragment = yamlFrameHtml({ lang: 'en', highlighted: '<pre>x</pre>' });
    expect(fragment).toContain('data-role="fragment"');
    expect(fragment).not.toContain('code-open');
    expect(fragment).toContain('>Copy code</button>');
  });
});

describe('noteExampleFrames', () => {
  it('frames every note example once per language; only whole manifests open in the validator', async () => {
    const whole = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n';
    const notes: NotesIndex = new Map<string, Record<string, FieldNote>>([
      ['x.A', { a: { ko: '가', en: 'a', example: 'replicas: 3\n' }, b: { ko: '나', en: 'b', example: whole } }],
      ['x.B', { c: { ko: '다', en: 'c', example: 'replicas: 3\n' }, d: { ko: '라', en: 'd' } }],
    ]);
    const frames = await noteExampleFrames(notes, 'en');
    expect([...frames.keys()]).toEqual(['replicas: 3\n', whole]);
    expect(frames.get('replicas: 3\n')).toContain('data-role="fragment"');
    expect(frames.get(whole)).toContain('<a class="code-open" href="/en/validator/#yaml=');
    expect(await noteExampleFrames(notes, 'en')).toBe(frames);
    expect((await noteExampleFrames(notes, 'ko')).get(whole)).toContain('href="/ko/validator/#yaml=');
  });
});
