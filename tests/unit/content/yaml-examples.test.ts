import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { codeFences } from '../../../src/lib/markdown/code-fences.ts';
import { formatMessage, validate } from '../../../src/lib/validator/index.ts';

// Every YAML example of the guide is a complete manifest the API server would accept: it goes
// through our own validator, strictly. Blocks marked `wrong` are exempt (some are wrong only against
// a cluster, or on purpose not even YAML); `fragment` blocks must still be YAML.
const pages = ['ko', 'en'].flatMap((lang) =>
  readdirSync(join('content', lang), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => join(entry.parentPath, entry.name)),
);

const blocks = pages.flatMap((file) =>
  codeFences(readFileSync(file, 'utf8'))
    .filter((fence) => fence.lang === 'yaml' || fence.lang === 'yml')
    .map((fence) => ({ ...fence, where: `${file}:${fence.line}` })),
);

describe('YAML examples of the guide', () => {
  it('are there to check', () => {
    expect(blocks.filter((block) => block.role === 'manifest').length).toBeGreaterThan(40);
  });

  it.each(blocks.filter((block) => block.role === 'manifest').map((block) => [block.where, block] as const))(
    '%s passes the validator with no error',
    (_where, block) => {
      const result = validate(block.code, { schema: apiSchema });
      const errors = result.diagnostics
        .filter((diag) => diag.severity === 'error')
        .map((diag) => `${diag.line}:${diag.column} ${diag.ruleId} ${formatMessage(diag, 'en')}`);
      expect(errors).toEqual([]);
      expect(result.documents.length).toBeGreaterThan(0);
    },
  );

  it.each(blocks.filter((block) => block.role === 'fragment').map((block) => [block.where, block] as const))(
    '%s (fragment) is valid YAML',
    (_where, block) => {
      expect(() => yaml.loadAll(block.code)).not.toThrow();
    },
  );
});
