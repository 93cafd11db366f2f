// Realistic manifests (tests/fixtures/validator/manifests) with the diagnostics a reviewer agreed on
// (<name>.expected.json, checked line by line when written; update them by hand, never by regenerating blindly).
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validate } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';

const dir = fileURLToPath(new URL('../../fixtures/validator/manifests/', import.meta.url));
const read = (name: string) => readFileSync(`${dir}${name}`, 'utf8');
const names = readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace('.expected.json', ''));

function view(text: string) {
  const result = validate(text, { schema: apiSchema });
  return {
    documents: result.documents.map((d) => ({ index: d.index, kind: d.kind, name: d.name, line: d.line, status: d.status })),
    diagnostics: result.diagnostics.map((d) => ({
      rule: d.ruleId, messageId: d.messageId, severity: d.severity,
      line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, path: d.fieldPath,
    })),
  };
}

describe.each(names)('%s.yaml', (name) => {
  test('matches the expected diagnostics exactly', () => {
    expect(view(read(`${name}.yaml`))).toEqual(JSON.parse(read(`${name}.expected.json`)));
  });
});

test('the correct application is completely clean, best practices included', () => {
  expect(view(read('good-web-app.yaml')).diagnostics).toEqual([]);
});

test('a BOM and CRLF line endings do not move any position', () => {
  expect(view(read('bom-crlf.yaml'))).toEqual(view(read('bom-crlf-reference.yaml')));
  expect(read('bom-crlf.yaml').startsWith('\uFEFF')).toBe(true);
  expect(read('bom-crlf.yaml')).toContain('\r\n');
});

test('every fixture has its expected file', () => {
  const yamls = readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'bom-crlf-reference.yaml').map((f) => f.replace('.yaml', ''));
  expect(yamls.sort()).toEqual([...names].sort());
});
