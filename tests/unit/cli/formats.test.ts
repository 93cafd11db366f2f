// Every output format, on the same run: a file with an error, one with warnings only, one clean.
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../../src/lib/validator/cli.ts';
import { escapeData, escapeProperty } from '../../../src/lib/validator/cli/formats/github.ts';
import { rules } from '../../../src/lib/validator/rules/index.ts';
import { broken, clean, fakeFs, warnOnly } from './fake-io.ts';

const files = { 'k8s/cm.yaml': broken, 'k8s/pod.yaml': warnOnly, '/work/k8s/ok.yaml': clean };
function run(...args: string[]) {
  const fs = fakeFs(files);
  const code = runCli(['check', 'k8s/cm.yaml', 'k8s/pod.yaml', '/work/k8s/ok.yaml', ...args], fs.io);
  return { code, ...fs };
}

describe('text', () => {
  test('plain when not a terminal; coloured severities when the io says colour', () => {
    const plain = run();
    expect(plain.stdout()).toContain('k8s/cm.yaml:6:9: error schema-type-mismatch: ');
    expect(plain.stdout()).not.toContain('\u001b[');
    const fs = fakeFs(files);
    runCli(['check', 'k8s/cm.yaml'], { ...fs.io, color: true });
    expect(fs.stdout()).toContain('k8s/cm.yaml:6:9: \u001b[31merror\u001b[0m \u001b[2mschema-type-mismatch\u001b[0m: ');
    // a report written to a file is never coloured
    const toFile = fakeFs(files);
    runCli(['check', 'k8s/cm.yaml', '--output', 'out.txt'], { ...toFile.io, color: true });
    expect(toFile.stdout()).toBe('');
    expect(toFile.written['out.txt']).toContain('k8s/cm.yaml:6:9: error schema-type-mismatch: ');
  });
});

describe('sarif', () => {
  const { code, stdout } = run('--format', 'sarif');
  const log = JSON.parse(stdout());

  test('is valid against the SARIF 2.1.0 JSON schema', () => {
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true);
    // the schema really checks: a result without a message is refused
    const damaged = structuredClone(log);
    delete damaged.runs[0].results[0].message;
    expect(validate(damaged)).toBe(false);
  });

  test('the driver lists every rule with its descriptions and rules-page link', () => {
    expect(code).toBe(1);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('kube-field-guide');
    expect(driver.informationUri).toMatch(/^https?:\/\/[^/]+\/en\/validator\/$/);
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id));
    const imageTag = driver.rules.find((r: { id: string }) => r.id === 'image-tag');
    const rule = rules.find((r) => r.id === 'image-tag')!;
    expect(imageTag.shortDescription.text).toBe(rule.docs.summary.en);
    // plain text for SARIF's text; the Markdown (backticks for code) beside it
    const full = `${rule.docs.why.en} ${rule.docs.fix.en}`;
    expect(full).toContain('`');
    expect(imageTag.fullDescription.markdown).toBe(full);
    expect(imageTag.fullDescription.text).toBe(full.replaceAll('`', ''));
    expect(imageTag.helpUri).toMatch(/^https?:\/\/[^/]+\/en\/validator\/rules\/#image-tag$/);
    expect(imageTag.defaultConfiguration.level).toBe('warning');
  });

  test('results: rule, level, message, relative URI with forward slashes, exact region', () => {
    const results = log.runs[0].results;
    const error = results.find((r: { ruleId: string }) => r.ruleId === 'schema-type-mismatch');
    expect(error).toMatchObject({
      level: 'error',
      ruleIndex: rules.findIndex((r) => r.id === 'schema-type-mismatch'),
      locations: [{ physicalLocation: { artifactLocation: { uri: 'k8s/cm.yaml' }, region: { startLine: 6, startColumn: 9, endLine: 6, endColumn: 13 } } }],
    });
    expect(error.message.text).toMatch(/^This field takes a string\..*\(data\.port\)$/);
    const warning = results.find((r: { ruleId: string }) => r.ruleId === 'image-tag');
    expect(warning.level).toBe('warning');
    expect(warning.locations[0].physicalLocation.artifactLocation.uri).toBe('k8s/pod.yaml');
    expect(new Set(results.map((r: { level: string }) => r.level))).toEqual(new Set(['error', 'warning']));
    // info is a note; a configured severity shows in the level
    const fs = fakeFs({ ...files, '/work/.kube-field-guide.yaml': 'severity: {image-tag: info}\n' });
    runCli(['check', 'k8s/pod.yaml', '--format', 'sarif'], fs.io);
    expect(JSON.parse(fs.stdout()).runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'image-tag').level).toBe('note');
  });
});

describe('github', () => {
  test('one workflow command per problem, with position and rule', () => {
    const { stdout } = run('--format', 'github');
    const lines = stdout().trimEnd().split('\n');
    expect(lines[0]).toBe('::error file=k8s/cm.yaml,line=6,col=9,endLine=6,endColumn=13,title=schema-type-mismatch::'
      + 'This field takes a string. YAML reads the unquoted 8080 as integer, so put it in quotes: "8080". (data.port)');
    expect(lines.some((l) => l.startsWith('::warning file=k8s/pod.yaml,line=8,col=12,'))).toBe(true);
    const fs = fakeFs({ ...files, '/work/.kube-field-guide.yaml': 'severity: {image-tag: info}\n' });
    runCli(['check', 'k8s/pod.yaml', '--format', 'github'], fs.io);
    expect(fs.stdout()).toContain('::notice file=k8s/pod.yaml,line=8,col=12,endLine=8,endColumn=17,title=image-tag::The image nginx');
  });
  test('escaping as the Actions toolkit does', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('dir,x/a:b%.yaml')).toBe('dir%2Cx/a%3Ab%25.yaml');
  });
});

describe('junit', () => {
  test('a testsuite per file, a testcase per document, a failure per error, counts right', () => {
    const fs = fakeFs({ 'two.yaml': `${broken}---\n${broken.replace('port: 8080', 'port: 1\n  other: 2')}`, 'ok.yaml': clean });
    expect(runCli(['check', 'two.yaml', 'ok.yaml', '--format', 'junit'], fs.io)).toBe(1);
    const xml = fs.stdout();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kube-field-guide" tests="3" failures="2" errors="0">')).toBe(true);
    expect(xml).toContain('<testsuite name="two.yaml" tests="2" failures="2" errors="0" skipped="0">');
    expect(xml).toContain('<testsuite name="ok.yaml" tests="1" failures="0" errors="0" skipped="0">');
    // the first ConfigMap has one error, the second two (two failures in one testcase)
    const cases = xml.split('<testcase').slice(1);
    expect(cases.map((c) => (c.match(/<failure /g) ?? []).length)).toEqual([1, 2, 0]);
    expect(cases[0]).toContain('message="This field takes a string. YAML reads the unquoted 8080 as integer, so put it in quotes: &quot;8080&quot;."');
    expect(cases[0]).toContain('>two.yaml:6:9: error schema-type-mismatch: ');
    expect(cases[1]).toContain('>two.yaml:14:10: error schema-type-mismatch: ');
    expect(xml).toContain('<testcase classname="ok.yaml" name="ConfigMap/app" file="ok.yaml"/>');
  });
});

describe('several formats in one run', () => {
  test('--format sarif=FILE --format junit=FILE --format text: text printed, the others written', () => {
    const { code, stdout, written } = run('--format', 'sarif=out/kfg.sarif', '--format', 'junit=junit.xml', '--format', 'text');
    expect(code).toBe(1);
    expect(stdout()).toMatch(/3 file\(s\), 3 document\(s\): 1 error\(s\)/);
    expect(Object.keys(written).sort()).toEqual(['junit.xml', 'out/kfg.sarif']);
    expect(JSON.parse(written['out/kfg.sarif']!).version).toBe('2.1.0');
    expect(written['junit.xml']).toContain('<testsuites');
  });
  test('json is today\'s contract', () => {
    const { stdout } = run('--format', 'json');
    const parsed = JSON.parse(stdout());
    expect(Object.keys(parsed)).toEqual(['files']);
    expect(Object.keys(parsed.files[0])).toEqual(['file', 'documents', 'diagnostics']);
  });
  test.each([['--format', 'xml'], ['--format', 'sarif=']])('%s %s is a usage error', (...args) => {
    const fs = fakeFs(files);
    expect(runCli(['check', 'k8s/cm.yaml', ...args], fs.io)).toBe(2);
    expect(fs.stderr()).toContain('usage:');
  });
  test('the text format is the default; the configuration may choose another', () => {
    const fs = fakeFs({ ...files, '/.kube-field-guide.yaml': 'format: github\n' });
    runCli(['check', 'k8s/cm.yaml'], fs.io);
    expect(fs.stdout()).toMatch(/^::error /);
    expect(yaml.load('format: github\n')).toEqual({ format: 'github' });
  });
});
