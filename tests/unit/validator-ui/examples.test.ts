import { describe, expect, it } from 'vitest';
import { exampleGroups, yamlBlocks } from '../../../src/components/validator/examples.ts';
import { brokenExamples } from '../../../src/components/validator/broken-examples.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { validate } from '../../../src/lib/validator/index.ts';

const errors = (text: string) => validate(text, { schema: apiSchema }).diagnostics.filter((d) => d.severity === 'error');

describe('validator examples menu', () => {
  for (const lang of ['ko', 'en'] as const) {
    const groups = exampleGroups(lang, 'all');
    const [guide, kinds, broken] = groups;

    it(`${lang}: offers the guide's manifest set, the kind catalog and broken examples`, () => {
      expect(guide?.examples.length).toBeGreaterThanOrEqual(10);
      expect(guide?.examples[0]?.id).toBe('guide-all');
      expect(kinds?.examples.length).toBeGreaterThanOrEqual(60);
      expect(broken?.examples.length).toBeGreaterThanOrEqual(brokenExamples.length + 2);
      const ids = groups.flatMap((g) => g.examples.map((e) => e.id));
      expect(new Set(ids).size).toBe(ids.length);
    });

    it(`${lang}: the guide's manifests pass with zero errors, together and alone`, () => {
      for (const example of guide?.examples ?? []) expect(errors(example.text), example.label).toEqual([]);
    });

    it(`${lang}: the guide's wrong examples really are wrong`, () => {
      const wrong = broken?.examples.filter((e) => e.id.startsWith('guide-wrong-')) ?? [];
      expect(wrong.length).toBeGreaterThan(0);
      for (const example of wrong) expect(validate(example.text, { schema: apiSchema }).diagnostics.length, example.label).toBeGreaterThan(0);
    });
  }

  // Whether each kind example is valid is the catalog's own dogfood test; the menu needs them to
  // be one parseable manifest of the kind it is labelled with.
  it('every kind example is one parseable manifest of its kind', () => {
    for (const example of exampleGroups('en', 'all')[1]?.examples ?? []) {
      const result = validate(example.text, { schema: apiSchema });
      expect(result.diagnostics.filter((d) => d.category === 'syntax'), example.label).toEqual([]);
      expect(result.documents.map((d) => d.kind), example.label).toEqual([example.label.split(' ')[0]]);
    }
  });

  it('every hand-written broken example triggers the rule it demonstrates', () => {
    for (const example of brokenExamples) {
      const rules = validate(example.text, { schema: apiSchema }).diagnostics.map((d) => d.ruleId);
      expect(rules, example.id).toContain(example.rule);
    }
  });

  it('reads yaml fences with their role, title and heading', () => {
    const blocks = yamlBlocks('## Pods\n\n```yaml title="pod.yaml"\nkind: Pod\n```\n\n```yaml wrong\nkind: X\n```\n## Other\n```bash\nls\n```\n');
    expect(blocks).toEqual([
      { role: 'manifest', title: 'pod.yaml', heading: 'Pods', code: 'kind: Pod\n' },
      { role: 'wrong', title: undefined, heading: 'Pods', code: 'kind: X\n' },
    ]);
  });
});
