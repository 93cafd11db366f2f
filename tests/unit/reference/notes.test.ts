import { describe, expect, it } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { checkNotes, parseNotesFiles } from '../../../src/lib/reference/notes.ts';

// the curated notes of this checkout, read the same way the pages read them
const files = import.meta.glob<string>('../../../content/fields/*.yaml', { query: '?raw', import: 'default', eager: true });

describe('curated field notes (content/fields)', () => {
  it('name an existing type and existing fields, in a file named after the type', () => {
    expect(checkNotes(parseNotesFiles(files), apiSchema)).toEqual([]);
  });
});

describe('checkNotes', () => {
  const note = { ko: '메모.', en: 'Note.' };

  it('reports unknown types, unknown fields, misnamed files and duplicates', () => {
    const problems = checkNotes(
      [
        { path: 'content/fields/Container.yaml', type: 'io.k8s.api.core.v1.Container', fields: { image: note, imagePullPolicy: note } },
        { path: 'content/fields/Widget.yaml', type: 'io.k8s.api.core.v1.Widget', fields: { size: note } },
        { path: 'content/fields/PodSpec.yaml', type: 'io.k8s.api.core.v1.PodSpec', fields: { container: note } },
        { path: 'content/fields/Pod.yaml', type: 'io.k8s.api.core.v1.PodSpec', fields: {} },
      ],
      apiSchema,
    );
    expect(problems).toEqual([
      'content/fields/Widget.yaml: type io.k8s.api.core.v1.Widget does not exist in the Kubernetes 1.36 schema',
      "content/fields/PodSpec.yaml: PodSpec has no field 'container'",
      'content/fields/Pod.yaml: notes for io.k8s.api.core.v1.PodSpec belong in PodSpec.yaml',
      'content/fields/Pod.yaml: io.k8s.api.core.v1.PodSpec already has notes in content/fields/PodSpec.yaml',
    ]);
  });

  it('rejects a file without both languages, naming the file and the field', () => {
    const text = 'type: io.k8s.api.core.v1.Container\nfields:\n  image:\n    ko: 이미지.\n';
    expect(() => parseNotesFiles({ 'content/fields/Container.yaml': text })).toThrow(/Container\.yaml[\s\S]*fields\.image\.en/);
  });

  it('parses the documented format, example included', () => {
    const text = [
      'type: io.k8s.api.core.v1.Container',
      'fields:',
      '  imagePullPolicy:',
      '    ko: 한국어 설명.',
      '    en: English note.',
      '    example: |',
      '      imagePullPolicy: IfNotPresent',
    ].join('\n');
    const [file] = parseNotesFiles({ 'content/fields/Container.yaml': text });
    expect(file?.fields['imagePullPolicy']).toEqual({ ko: '한국어 설명.', en: 'English note.', example: 'imagePullPolicy: IfNotPresent\n' });
  });
});
