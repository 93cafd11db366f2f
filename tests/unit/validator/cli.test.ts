import { describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, runCli, type CliIo } from '../../../src/lib/validator/cli.ts';
import { formatMessage, validate } from '../../../src/lib/validator/index.ts';
import { plainMessage } from '../../../src/lib/validator/format.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { pageCheckOptions } from '../../../src/scripts/validator/check-options.ts';

function fakeIo(files: Record<string, string>, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: (path) => {
      if (!(path in files)) throw new Error(`ENOENT: ${path}`);
      return files[path] as string;
    },
    readStdin: () => stdin,
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    schema: () => apiSchema,
  };
  return { io, out, err };
}

const broken = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  port: 8080\n';
const clean = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  port: "8080"\n';
const warnOnly = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n';

describe('arguments', () => {
  test.each([
    [['check', 'a.yaml'], { files: ['a.yaml'], format: 'text', lang: 'en', bestPractices: true }],
    [['check', '-', '--format', 'json', '--lang', 'ko', '--no-best-practices'], { files: ['-'], format: 'json', lang: 'ko', bestPractices: false }],
  ])('%j', (args, expected) => expect(parseArgs(args)).toEqual(expected));
  test.each([[[]], [['lint', 'a']], [['check']], [['check', 'a', '--format', 'xml']], [['check', 'a', '--lang', 'fr']], [['check', 'a', '--fast']]])('%j is a usage error (exit 2)', (args) => {
    const { io, err } = fakeIo({});
    expect(runCli(args, io)).toBe(2);
    expect(err.join('')).toContain('usage:');
  });
});

describe('exit codes and output', () => {
  test('errors exit 1; the JSON has the agreed shape', () => {
    const { io, out } = fakeIo({ 'cm.yaml': broken });
    expect(runCli(['check', 'cm.yaml', '--format', 'json'], io)).toBe(1);
    expect(JSON.parse(out.join(''))).toEqual({
      files: [{
        file: 'cm.yaml',
        documents: [{ index: 0, apiVersion: 'v1', kind: 'ConfigMap', name: 'app', line: 1, status: 'invalid' }],
        diagnostics: [{
          severity: 'error', rule: 'schema-type-mismatch',
          message: 'This field takes a string. YAML reads the unquoted 8080 as integer, so put it in quotes: "8080".',
          line: 6, column: 9, endLine: 6, endColumn: 13, path: 'data.port', document: 0,
        }],
      }],
    });
  });
  test('clean input exits 0; warnings alone exit 0; --no-best-practices silences them', () => {
    expect(runCli(['check', 'a'], fakeIo({ a: clean }).io)).toBe(0);
    const warned = fakeIo({ p: warnOnly });
    expect(runCli(['check', 'p'], warned.io)).toBe(0);
    expect(warned.out.join('')).toContain('p:8:12: warning image-tag: ');
    const quiet = fakeIo({ p: warnOnly });
    runCli(['check', 'p', '--no-best-practices'], quiet.io);
    expect(quiet.out.join('')).toBe('1 file(s), 1 document(s): 0 error(s), 0 warning(s), 0 info\n');
  });
  test('text output in Korean', () => {
    const { io, out } = fakeIo({}, broken);
    expect(runCli(['check', '-', '--lang', 'ko'], io)).toBe(1);
    expect(out.join('')).toBe(
      '<stdin>:6:9: error schema-type-mismatch: 이 필드는 문자열이어야 한다. YAML은 따옴표 없는 8080을 정수로 읽으므로 "8080"처럼 따옴표로 감싸자. (data.port)\n'
      + '파일 1개, 문서 1개: 오류 1, 경고 0, 정보 0\n',
    );
  });
  test('messages lose their Markdown backticks in every format; the core keeps them for the page', () => {
    const separator = '--- kind: Pod\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n';
    const [d] = validate(separator, { schema: apiSchema }).diagnostics.filter((x) => x.ruleId === 'yaml-syntax');
    expect(formatMessage(d!, 'en')).toContain('`---`');
    for (const format of ['text', 'github', 'junit', 'sarif', 'json']) {
      for (const lang of ['ko', 'en']) {
        const { io, out } = fakeIo({ s: separator });
        runCli(['check', 's', '--format', format, '--lang', lang], io);
        const text = out.join('');
        expect(text, `${format} ${lang}`).toContain('yaml-syntax');
        // SARIF carries the rules' Markdown beside their plain text
        const shown = format === 'sarif' ? text.split('\n').filter((line) => !line.includes('"markdown"')).join('\n') : text;
        expect(shown, `${format} ${lang}`).not.toContain('`');
      }
    }
  });
  test('custom resources without a CRD: a warning, exit 0, counted as not checked in both languages and in the JSON', () => {
    const backup = 'apiVersion: example.com/v1\nkind: Backup\nmetadata:\n  name: nightly\n';
    const en = fakeIo({ b: backup, c: clean });
    expect(runCli(['check', 'b', 'c'], en.io)).toBe(0);
    expect(en.out.join('')).toBe(
      'b:2:7: warning custom-resource-unchecked: Not checked: no schema for example.com/v1 Backup; paste its CustomResourceDefinition to check it. (kind)\n'
      + '2 file(s), 2 document(s): 0 error(s), 1 warning(s), 0 info, 1 not checked\n',
    );
    const ko = fakeIo({ b: backup });
    runCli(['check', 'b', '--lang', 'ko'], ko.io);
    expect(ko.out.join('').split('\n').at(-2)).toBe('파일 1개, 문서 1개: 오류 0, 경고 1, 정보 0, 검사하지 않은 문서 1');
    const json = fakeIo({ b: backup, c: clean });
    runCli(['check', 'b', 'c', '--format', 'json'], json.io);
    expect(JSON.parse(json.out.join('')).files.map((f: { documents: { status: string }[] }) => f.documents[0]?.status)).toEqual(['not-checked', 'valid']);
  });
  test('an unreadable file exits 2 but the others are still checked', () => {
    const { io, out, err } = fakeIo({ a: broken });
    expect(runCli(['check', 'missing.yaml', 'a', '--format', 'json'], io)).toBe(2);
    expect(err.join('')).toContain('missing.yaml');
    expect(JSON.parse(out.join('')).files.map((f: { file: string }) => f.file)).toEqual(['a']);
  });
});

test('runs as a program in plain Node, reading standard input', () => {
  const cli = fileURLToPath(new URL('../../../src/lib/validator/cli.ts', import.meta.url));
  // the project's Node 22 (type stripping): vitest itself may run under an older `node` from PATH
  const node = fileURLToPath(new URL('../../../node_modules/.bin/node', import.meta.url));
  const args = ['--experimental-strip-types', '--no-warnings', cli, 'check', '-', '--format', 'json'];
  const failed = spawnSync(node, args, { input: broken, encoding: 'utf8' });
  expect(failed.status).toBe(1);
  expect(JSON.parse(failed.stdout).files[0].diagnostics[0].rule).toBe('schema-type-mismatch');
  expect(execFileSync(node, args, { input: clean, encoding: 'utf8' })).toContain('"diagnostics": []');
}, 30_000);

/** The JSON the command line prints for `files` (name -> text). */
function checkedAsJson(files: Record<string, string>) {
  const { io, out } = fakeIo(files);
  const code = runCli(['check', ...Object.keys(files), '--format', 'json'], io);
  return { code, files: JSON.parse(out.join('')).files as { file: string; documents: { line: number }[]; diagnostics: Record<string, unknown>[] }[] };
}

/** Each document of a manifest as a file of its own. */
function oneFilePerDocument(prefix: string, text: string): Record<string, string> {
  const documents = text.split(/^---[ \t]*\r?\n/m).filter((doc) => doc.trim() !== '');
  return Object.fromEntries(documents.map((doc, i) => [`${prefix}-${i}.yaml`, doc.endsWith('\n') ? doc : `${doc}\n`]));
}

const fixtures = fileURLToPath(new URL('../../fixtures/validator/manifests/', import.meta.url));
const fixture = (name: string) => readFileSync(`${fixtures}${name}.yaml`, 'utf8');

describe('the files of one run are checked together, each reported on its own', () => {
  test('references from one file to objects in another resolve: a correct application split into files is clean', () => {
    const files = oneFilePerDocument('web', fixture('good-web-app'));
    expect(Object.keys(files)).toHaveLength(6);
    const together = checkedAsJson(files);
    expect(together.code).toBe(0);
    expect(together.files.flatMap((f) => f.diagnostics)).toEqual([]);
    // checked one by one, the same files miss each other (ConfigMap, Service, scale target)
    const alone = Object.entries(files).flatMap(([name, text]) => checkedAsJson({ [name]: text }).files[0]!.diagnostics.map((d) => d.rule));
    expect(new Set(alone)).toEqual(new Set(['config-reference-missing', 'ingress-backend-missing', 'hpa-target-missing']));
  });

  test('a reference missing from every file is still reported, in its own file at its own line', () => {
    const deployment = yamlLines(
      'apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: web}', 'spec:', '  selector: {matchLabels: {app: web}}',
      '  template:', '    metadata: {labels: {app: web}}', '    spec:', '      serviceAccountName: web', '      containers:',
      '      - name: web', '        image: nginx:1.27', '        envFrom:', '        - configMapRef: {name: settings}',
      '        - secretRef: {name: credentials}',
    );
    const others = yamlLines('apiVersion: v1', 'kind: ServiceAccount', 'metadata: {name: web}', '---', 'apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: settings}');
    const { files } = checkedAsJson({ 'others.yaml': others, 'deploy.yaml': deployment });
    expect(files.map((f) => f.file)).toEqual(['others.yaml', 'deploy.yaml']);
    expect(files[0]!.diagnostics).toEqual([]);
    expect(files[1]!.diagnostics.filter((d) => d.rule === 'config-reference-missing')).toEqual([{
      severity: 'info', rule: 'config-reference-missing',
      message: 'The referenced Secret credentials is not in this paste; if the cluster does not have it either, the Pod will not start.',
      line: 15, column: 29, endLine: 15, endColumn: 40, document: 0,
      path: 'spec.template.spec.containers[0].envFrom[1].secretRef.name',
    }]);
  });

  test('exactly as one paste: the realistic fixtures, one file per document, give the paste\'s diagnostics at their own lines', () => {
    const names = readdirSync(fixtures).filter((f) => f.endsWith('.yaml') && !f.startsWith('bom-')).map((f) => f.replace('.yaml', ''));
    const files = Object.assign({}, ...names.map((name) => oneFilePerDocument(name, fixture(name)))) as Record<string, string>;
    expect(Object.keys(files).length).toBeGreaterThan(15);
    const paste = Object.values(files).map((text) => `---\n${text}`).join('');
    const whole = validate(paste, { schema: apiSchema, bestPractices: true });
    // where each file starts in the paste (after its `---` line), and how many documents come before it
    let line = 1;
    let documents = 0;
    const expected = Object.entries(files).map(([file, text]) => {
      const first = line + 1;
      const last = first + text.split('\n').length - 2;
      line = last + 1;
      const inFile = (l: number) => l >= first && l <= last;
      const before = documents;
      const ownDocuments = whole.documents.filter((d) => inFile(d.line));
      documents += ownDocuments.length;
      return {
        file,
        documents: ownDocuments.map((d) => ({ index: d.index - before, apiVersion: d.apiVersion, kind: d.kind, name: d.name, line: d.line - first + 1, status: d.status })),
        diagnostics: whole.diagnostics.filter((d) => inFile(d.line)).map((d) => ({
          severity: d.severity, rule: d.ruleId, message: plainMessage(formatMessage(d, 'en')), line: d.line - first + 1, column: d.column,
          endLine: d.endLine - first + 1, endColumn: d.endColumn, path: d.fieldPath, document: d.document - before,
        })),
      };
    });
    expect(documents).toBe(whole.documents.length);
    expect(expected.flatMap((f) => f.diagnostics).length).toBe(whole.diagnostics.length);
    expect(new Set(whole.diagnostics.map((d) => d.category))).toContain('cross-document');
    expect(checkedAsJson(files).files).toEqual(expected);
  });
});

describe('size: the command line has no fixed bound, the page keeps 5 MB', () => {
  // ConfigMaps of long values, about 6 MB in all, then a Pod; a Deployment in a second file uses one of them
  const configMap = (i: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-${i}\ndata:\n${
    Array.from({ length: 200 }, (_, k) => `  key${k}: "${'0123456789'.repeat(10)}"`).join('\n')}\n---\n`;
  const big = `${Array.from({ length: 280 }, (_, i) => configMap(i)).join('')}${warnOnly}`;
  const linesBeforePod = big.slice(0, -warnOnly.length).split('\n').length - 1;
  const user = yamlLines(
    'apiVersion: v1', 'kind: Pod', 'metadata: {name: user}', 'spec:', '  containers:', '  - name: app', '    image: busybox:1.36',
    '    envFrom:', '    - configMapRef: {name: settings-279}',
  );

  test('a 6 MB file is checked whole through runCli, and another file finds its objects', () => {
    expect(big.length).toBeGreaterThan(6 * 1024 * 1024);
    const { code, files } = checkedAsJson({ 'big.yaml': big, 'user.yaml': user });
    expect(code).toBe(0);
    expect(files[0]!.documents).toHaveLength(281);
    // the Pod at the end gets what it gets alone, at its own lines in the big file
    const alone = validate(warnOnly, { schema: apiSchema }).diagnostics;
    expect(alone.length).toBeGreaterThan(0);
    expect(files[0]!.diagnostics.map((d) => [d.rule, d.line, d.column, d.document]))
      .toEqual(alone.map((d) => [d.ruleId, d.line + linesBeforePod, d.column, 280]));
    expect(files[1]!.diagnostics.map((d) => d.rule)).not.toContain('config-reference-missing');
  }, 20_000);

  test('the page refuses more than 5 MB; validate() without the option does not', () => {
    const options = pageCheckOptions({ bestPractices: true, disabledRules: [] }, apiSchema);
    expect(options.maxInputChars).toBe(5 * 1024 * 1024);
    expect(validate(big, options).diagnostics.map((d) => [d.ruleId, d.messageId, d.data.limit])).toEqual([['input-limits', 'too-large', 5]]);
    expect(validate(big, { ...options, maxInputChars: undefined }).documents).toHaveLength(281);
  }, 20_000);
});

function yamlLines(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
