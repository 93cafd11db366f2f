// Suppressions: --disable, the configuration file (found upward), inline comments and annotations (in
// the core, so the page honours them too), counted in the summary; unknown rule ids are usage errors.
import { describe, expect, test } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { runCli } from '../../../src/lib/validator/cli.ts';
import { validate } from '../../../src/lib/validator/index.ts';
import { fakeFs, warnOnly } from './fake-io.ts';

const rulesOf = (text: string) => validate(text, { schema: apiSchema }).diagnostics.map((d) => d.ruleId);
const suppressedOf = (text: string) => (validate(text, { schema: apiSchema }).suppressed ?? []).map((d) => `${d.ruleId}@${d.line}`);
// warnOnly: the container's name (line 7) has probes-missing, resources-missing, run-as-non-root; the image (line 8) image-tag
const pod = (comment: string) => warnOnly.replace('    image: nginx\n', `${comment}\n    image: nginx\n`);

describe('in the core', () => {
  test('disable-next-line: only the named rules, only on the next line', () => {
    expect(rulesOf(warnOnly)).toContain('image-tag');
    const text = pod('    # kube-field-guide-disable-next-line image-tag, probes-missing -- a throwaway Pod');
    expect(rulesOf(text)).not.toContain('image-tag');
    // probes-missing is reported on line 7, not the line after the comment
    expect(rulesOf(text)).toContain('probes-missing');
    expect(suppressedOf(text)).toEqual(['image-tag@9']);
  });
  test('disable: the whole document, not the next one', () => {
    const text = `# kube-field-guide-disable image-tag run-as-non-root\n${warnOnly}---\n${warnOnly.replace('name: web\nspec', 'name: other\nspec')}`;
    const result = validate(text, { schema: apiSchema });
    expect(result.diagnostics.filter((d) => d.ruleId === 'image-tag').map((d) => d.document)).toEqual([1]);
    expect(result.diagnostics.filter((d) => d.ruleId === 'run-as-non-root').map((d) => d.document)).toEqual([1]);
    expect(result.suppressed?.map((d) => [d.ruleId, d.document])).toEqual([['run-as-non-root', 0], ['image-tag', 0]]);
  });
  test('the ignore-check annotation: the object\'s problems of that rule', () => {
    const text = warnOnly.replace('  name: web\n', '  name: web\n  annotations:\n    ignore-check.kube-field-guide.dev/image-tag: "pinned by the registry mirror"\n');
    expect(rulesOf(text)).not.toContain('image-tag');
    expect(suppressedOf(text)).toEqual(['image-tag@10']);
  });
  test('an unknown rule id is reported where it is written, and suppresses nothing', () => {
    const text = pod('    # kube-field-guide-disable-next-line image-tags');
    const result = validate(text, { schema: apiSchema });
    expect(result.diagnostics.find((d) => d.ruleId === 'suppression-unknown-rule')).toMatchObject({ line: 8, column: 42, endColumn: 52, data: { rule: 'image-tags' } });
    expect(rulesOf(text)).toContain('image-tag');
    const annotated = validate(warnOnly.replace('  name: web\n', '  name: web\n  annotations:\n    ignore-check.kube-field-guide.dev/no-such-rule: ""\n'), { schema: apiSchema });
    expect(annotated.diagnostics.find((d) => d.ruleId === 'suppression-unknown-rule')).toMatchObject({ line: 6, column: 5, data: { rule: 'no-such-rule' } });
  });
});

describe('on the command line', () => {
  test('suppressed problems are counted in the text and JSON summaries', () => {
    const text = pod('    # kube-field-guide-disable-next-line image-tag');
    const fs = fakeFs({ 'p.yaml': text });
    expect(runCli(['check', 'p.yaml'], fs.io)).toBe(0);
    expect(fs.stdout()).not.toContain('image-tag');
    expect(fs.stdout().endsWith('1 file(s), 1 document(s): 0 error(s), 3 warning(s), 0 info, 1 suppressed\n')).toBe(true);
    const ko = fakeFs({ 'p.yaml': text });
    runCli(['check', 'p.yaml', '--lang', 'ko'], ko.io);
    expect(ko.stdout().endsWith('파일 1개, 문서 1개: 오류 0, 경고 3, 정보 0, 주석·어노테이션으로 제외 1\n')).toBe(true);
    const json = fakeFs({ 'p.yaml': text });
    runCli(['check', 'p.yaml', '--format', 'json'], json.io);
    expect(JSON.parse(json.stdout()).files[0].suppressed).toBe(1);
  });
  test('an unknown rule in a comment is exit 2, named with its place', () => {
    const fs = fakeFs({ 'p.yaml': pod('    # kube-field-guide-disable-next-line image-tags') });
    expect(runCli(['check', 'p.yaml'], fs.io)).toBe(2);
    expect(fs.stderr()).toMatch(/^p\.yaml:8:42: The comment kube-field-guide-disable-next-line names image-tags, which is not a rule/);
  });
  test('--disable RULE (repeatable, or comma-separated) switches rules off', () => {
    const fs = fakeFs({ 'p.yaml': warnOnly });
    runCli(['check', 'p.yaml', '--disable', 'image-tag', '--disable', 'probes-missing,run-as-non-root'], fs.io);
    expect(fs.stdout()).toBe('p.yaml:7:11: warning resources-missing: Container web has no CPU or memory requests or limits; the scheduler cannot size it and the Pod gets the BestEffort QoS class, the first to be evicted under node pressure. (spec.containers[0].name)\n'
      + '1 file(s), 1 document(s): 0 error(s), 1 warning(s), 0 info\n');
  });
  test.each([
    [['--disable', 'image-tags'], {}, 'unknown rule id image-tags (in --disable)'],
    [[], { '/work/.kube-field-guide.yaml': 'disable: [nope]\n' }, 'unknown rule id nope (in /work/.kube-field-guide.yaml)'],
    [[], { '/.kube-field-guide.yaml': 'severity: {nope: error}\n' }, 'unknown rule id nope (in /.kube-field-guide.yaml)'],
    [[], { '/work/.kube-field-guide.yaml': 'disabled: [image-tag]\n' }, '/work/.kube-field-guide.yaml: unknown key disabled'],
    [[], { '/work/.kube-field-guide.yaml': 'severity: {image-tag: fatal}\n' }, 'severity of image-tag must be one of error, warning, info, off'],
  ])('usage error (exit 2): %j %j', (args, config, message) => {
    const fs = fakeFs({ 'p.yaml': warnOnly, ...config });
    expect(runCli(['check', 'p.yaml', ...args], fs.io)).toBe(2);
    expect(fs.stderr()).toContain(message);
    expect(fs.stdout()).toBe('');
  });
  test('the configuration found upward: disabled rules, severity overrides (errors exit 1), the nearest wins', () => {
    const config = 'disable: [probes-missing, run-as-non-root]\nseverity:\n  image-tag: error\n  resources-missing: "off"\n';
    const fs = fakeFs({ '/work/p.yaml': warnOnly, '/.kube-field-guide.yaml': config });
    expect(runCli(['check', 'p.yaml'], fs.io)).toBe(1);
    expect(fs.stdout()).toMatch(/^p\.yaml:8:12: error image-tag: .*\n1 file\(s\), 1 document\(s\): 1 error\(s\), 0 warning\(s\), 0 info\n$/);
    const nearer = fakeFs({ '/work/p.yaml': warnOnly, '/.kube-field-guide.yaml': config, '/work/.kube-field-guide.yaml': 'bestPractices: false\n' });
    expect(runCli(['check', 'p.yaml'], nearer.io)).toBe(0);
    expect(nearer.stdout()).toBe('1 file(s), 1 document(s): 0 error(s), 0 warning(s), 0 info\n');
    const none = fakeFs({ '/work/p.yaml': warnOnly, '/work/.kube-field-guide.yaml': 'bestPractices: false\n' });
    runCli(['check', 'p.yaml', '--no-config'], none.io);
    expect(none.stdout()).toContain('warning image-tag');
  });
});

describe('--max-warnings', () => {
  test.each([[3, 1], [4, 0], [0, 1]])('4 warnings with --max-warnings %i exit %i', (max, code) => {
    const fs = fakeFs({ 'p.yaml': warnOnly });
    expect(runCli(['check', 'p.yaml', '--max-warnings', String(max)], fs.io)).toBe(code);
    if (code === 1) expect(fs.stderr()).toBe(`4 warning(s), more than --max-warnings ${max}\n`);
  });
  test('not a number: usage error', () => {
    const fs = fakeFs({ 'p.yaml': warnOnly });
    expect(runCli(['check', 'p.yaml', '--max-warnings', 'few'], fs.io)).toBe(2);
  });
});
