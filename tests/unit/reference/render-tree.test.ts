import { describe, expect, it } from 'vitest';
import type { ApiDocs, ApiSchema } from '../../../src/lib/k8s/types.ts';
import { buildKindTree } from '../../../src/lib/reference/field-tree.ts';
import { foldedDescriptionsHtml, foldedFields, isFolded, renderFieldTree } from '../../../src/lib/reference/render-tree.ts';

const schema: ApiSchema = {
  kubernetesVersion: '1.36',
  kinds: [],
  types: {
    'x.Root': { fields: { spec: { shape: { t: 'object', ref: 'x.Spec' }, required: true } } },
    'x.Spec': {
      fields: {
        containers: { shape: { t: 'array', items: { t: 'object', ref: 'x.Container' } } },
        initContainers: { shape: { t: 'array', items: { t: 'object', ref: 'x.Container' } } },
      },
    },
    'x.Container': { fields: { pullPolicy: { shape: { t: 'string', enum: ['Always', 'Never'] } } } },
  },
};
const docs: ApiDocs = {
  types: {},
  fields: { 'x.Container': { pullPolicy: 'Pull <policy>. Defaults to Always. More info: https://kubernetes.io/docs/x.' } },
};
const notes = new Map([['x.Container', { pullPolicy: { ko: '풀 정책 메모.', en: 'Pull policy note: `Never` <b>.', example: 'pullPolicy: Never\n' } }]]);
const fields = buildKindTree('x.Root', schema, docs).fields;

describe('renderFieldTree', () => {
  const ko = renderFieldTree(fields, { lang: 'ko', notes });
  const en = renderFieldTree(fields, { lang: 'en', notes });

  it('gives each field its anchor as id and its type as Pagefind title; only the name is indexed', () => {
    expect(en).toContain('<li id="spec.containers.pullPolicy" data-pagefind-title="string">');
    // the parents may wrap at their dots on a phone, never inside a name
    expect(en).toContain('<a href="#spec.containers.pullPolicy"><span data-pagefind-ignore>spec.<wbr>containers[].<wbr></span><b>pullPolicy</b></a>');
    expect(en).toContain('<span class="rf-o" data-pagefind-ignore>optional</span>');
    expect(en).toContain('<span class="rf-r" data-pagefind-ignore>required</span>');
  });

  it('labels the upstream text as English on Korean pages only', () => {
    expect(ko).toContain('<p class="rf-d" lang="en" data-pagefind-ignore><span class="rf-l" lang="ko">원문(영어) 설명</span>Pull &lt;policy&gt;.');
    expect(en).toContain('<p class="rf-d" lang="en" data-pagefind-ignore>Pull &lt;policy&gt;.');
    expect(en).toContain('<a href="https://kubernetes.io/docs/x">https://kubernetes.io/docs/x</a>.');
  });

  it('puts the note in the page language above the upstream description', () => {
    expect(ko.indexOf('풀 정책 메모.')).toBeGreaterThan(-1);
    expect(ko.indexOf('풀 정책 메모.')).toBeLessThan(ko.indexOf('Pull &lt;policy&gt;'));
    expect(ko).not.toContain('Pull policy note');
    expect(en).toContain('Pull policy note: <code>Never</code> &lt;b&gt;.');
    expect(en).toContain('<pre class="rf-x" tabindex="0" data-pagefind-ignore><code>pullPolicy: Never</code></pre>');
  });

  it('shows a note example in the code frame it is given, in place of the plain block', () => {
    const exampleFrames = new Map([['pullPolicy: Never\n', '<figure class="code-frame">framed</figure>']]);
    const framed = renderFieldTree(fields, { lang: 'en', notes, exampleFrames });
    expect(framed).toContain('Pull policy note: <code>Never</code> &lt;b&gt;.</p><figure class="code-frame">framed</figure></div>');
    expect(framed).not.toContain('rf-x');
  });

  it('shows default and allowed values, and links a recurring type to its first occurrence', () => {
    expect(en).toContain('Default: <code>Always</code><br>Allowed values: <code>Always</code> <code>Never</code>');
    expect(en).toContain('data-same-as="spec.containers"');
    expect(en).toContain('<a href="#spec.containers">spec.containers</a>');
  });

  it('opens the kind’s own fields and collapses deeper types', () => {
    expect(en).toContain('<details open><summary data-pagefind-ignore>Fields of Spec (2)</summary>');
    expect(en).toContain('<details><summary data-pagefind-ignore>Fields of Container (1)</summary>');
    expect(en).toContain('<p class="rf-s" data-pagefind-ignore>The fields of <code>Container</code>');
  });
});

describe('linkifyText', () => {
  it('renders code spans, strong words and links, and escapes everything else', async () => {
    const { linkifyText } = await import('../../../src/lib/reference/render-tree.ts');
    expect(linkifyText('Tolerations **permit**, not `attract` <b> https://kubernetes.io/docs/x.')).toBe(
      'Tolerations <strong>permit</strong>, not <code>attract</code> &lt;b&gt; <a href="https://kubernetes.io/docs/x">https://kubernetes.io/docs/x</a>.',
    );
  });

  it('keeps a bold run that a Go comment wrapped, but not one across a blank line', async () => {
    const { linkifyText } = await import('../../../src/lib/reference/render-tree.ts');
    expect(linkifyText('**The implementation can match a single distinct\nListener**.')).toBe(
      '<strong>The implementation can match a single distinct\nListener</strong>.',
    );
    expect(linkifyText('a ** b\n\nc ** d')).toBe('a ** b\n\nc ** d');
  });
});

describe('search weight of field names', () => {
  it('weighs the fields people write like headings and deeply nested ones less', async () => {
    const { nameWeight } = await import('../../../src/lib/reference/render-tree.ts');
    expect(nameWeight({ anchor: 'spec.tolerations' })).toBe(6);
    expect(nameWeight({ anchor: 'spec.containers.image' })).toBe(6);
    expect(nameWeight({ anchor: 'spec.containers.livenessProbe.httpGet' })).toBe(4);
    expect(nameWeight({ anchor: 'spec.devices.requests.exactly.tolerations' })).toBe(2);
  });
});

describe('search indexing of nested field lists', () => {
  it('keeps repeated subtrees (metadata, status, Pod templates) out of the index except where they belong', async () => {
    const { searchIndexed } = await import('../../../src/lib/reference/render-tree.ts');
    const node = (anchor: string) => ({ anchor }) as Parameters<ReturnType<typeof searchIndexed>>[0];
    expect(searchIndexed('deployment')(node('metadata'))).toBe(false);
    expect(searchIndexed('deployment')(node('spec.template'))).toBe(false);
    expect(searchIndexed('deployment')(node('spec.strategy'))).toBe(true);
    expect(searchIndexed('pod')(node('metadata'))).toBe(true);
    expect(searchIndexed('node')(node('status'))).toBe(true);
    expect(searchIndexed('service')(node('status'))).toBe(false);
    expect(searchIndexed('podtemplate')(node('template'))).toBe(false);
  });

  it('indexes a deprecated field by name but not its nested fields', async () => {
    const { searchIndexed } = await import('../../../src/lib/reference/render-tree.ts');
    const node = (anchor: string, description: string) => ({ anchor, description }) as Parameters<ReturnType<typeof searchIndexed>>[0];
    expect(searchIndexed('pod')(node('spec.volumes.scaleIO', 'scaleIO represents … Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.'))).toBe(false);
    expect(searchIndexed('pod')(node('spec.volumes.configMap', 'configMap represents a configMap that should populate this volume'))).toBe(true);
  });
});

describe('descriptions of folded fields (deferDescriptions)', () => {
  // containers (depth 1) shows at load; pullPolicy (depth 2) sits in the closed list of Container's fields
  const withSpecDocs: ApiDocs = { ...docs, fields: { ...docs.fields, 'x.Spec': { containers: 'The <containers>.' } } };
  const tree = buildKindTree('x.Root', schema, withSpecDocs).fields;
  const deferred = renderFieldTree(tree, { lang: 'ko', notes, deferDescriptions: true });
  const inline = renderFieldTree(tree, { lang: 'ko', notes });

  it('folds from the depth below the open lists', () => {
    expect([0, 1, 2, 3].map((depth) => isFolded(depth))).toEqual([false, false, true, true]);
    expect(isFolded(2, 2)).toBe(false);
  });

  it('leaves out the folded fields\' descriptions only, and keeps their notes', () => {
    expect(deferred).toContain('The &lt;containers&gt;.');
    expect(deferred).not.toContain('Pull &lt;policy&gt;');
    expect(deferred).toContain('풀 정책 메모.');
    expect(inline).toContain('Pull &lt;policy&gt;');
  });

  it('lists exactly the descriptions it left out, in page order, each linking back to its field', () => {
    expect(foldedFields(tree).map((node) => node.anchor)).toEqual(['spec.containers.pullPolicy']);
    const page = foldedDescriptionsHtml(tree, 'ko', '/ko/reference/x/');
    const description = /<p class="rf-d"[^]*?<\/p>/.exec(inline.slice(inline.indexOf('id="spec.containers.pullPolicy"')))?.[0];
    expect(page).toBe(
      '<ul class="rf-list"><li id="spec.containers.pullPolicy"><p class="rf-h"><a href="/ko/reference/x/#spec.containers.pullPolicy">'
      + `<b>spec.<wbr>containers[].<wbr>pullPolicy</b></a></p>${description}</li></ul>`,
    );
  });
});

describe('the descriptions page in parts', () => {
  it('wraps every few fields in a page part with an estimated height, and lists the same entries', () => {
    const tree = buildKindTree('x.Root', schema, docs).fields;
    const whole = foldedDescriptionsHtml(tree, 'en', '/en/reference/x/');
    const parts = foldedDescriptionsHtml(tree, 'en', '/en/reference/x/', 20);
    expect(parts).toMatch(/^<div class="part" style="--part-h: \d+rem"><ul class="rf-list">/);
    expect(parts.replace(/<div class="part"[^>]*>|<\/div>/g, '')).toBe(whole);
  });
});

describe('page parts (parts)', () => {
  const parted = renderFieldTree(fields, { lang: 'en', notes, parts: true });
  const heightOf = (html: string, anchor: string): number | undefined => {
    const match = html.match(new RegExp(`<li id="${anchor.replace(/\./g, '\\.')}"[^>]*class="part" style="--part-h: (\\d+)rem">`));
    return match ? Number(match[1]) : undefined;
  };

  it('makes each field of the lists open at load a part, and no other', () => {
    // depth 0 (spec) holds the open list; depth 2 (pullPolicy) sits in a closed <details>
    expect(heightOf(parted, 'spec')).toBeUndefined();
    expect(heightOf(parted, 'spec.containers')).toBeGreaterThan(0);
    expect(heightOf(parted, 'spec.initContainers')).toBeGreaterThan(0);
    expect(heightOf(parted, 'spec.containers.pullPolicy')).toBeUndefined();
    expect(renderFieldTree(fields, { lang: 'en', notes })).not.toContain('class="part"');
  });

  it('estimates a field with a folded type and a note with an example as taller than one without', () => {
    const withNote = buildKindTree('x.Root', schema, docs).fields;
    const tree = renderFieldTree(withNote, { lang: 'en', notes: new Map([['x.Spec', { containers: { ko: '메모', en: 'A note.', example: 'a: 1\nb: 2\nc: 3\n' } }]]), parts: true });
    expect(heightOf(tree, 'spec.containers')).toBeGreaterThan(heightOf(tree, 'spec.initContainers') as number);
  });
});
