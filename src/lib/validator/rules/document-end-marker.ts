// Text after a `...` document end marker. kubectl's YAMLReader cuts the stream only at `---` lines, so
// `...` and what follows stay in the same piece; go-yaml reads one document from that piece, stops at
// `...` and never looks at the rest: no error, but nothing after the marker is applied.
import type { DocumentRule } from '../types.ts';

export const documentEndMarker: DocumentRule = {
  id: 'document-end-marker',
  scope: 'document',
  severity: 'error',
  category: 'syntax',
  messages: {
    ignored: {
      ko: '`...`는 문서의 끝 표시다. kubectl은 여기서 이 문서 읽기를 멈추고, {line}번째 줄부터 다음 `---`까지는 읽지도 적용하지도 않는다. 새 문서를 시작하려면 `...` 대신 `---`를 쓰자.',
      en: '`...` marks the end of a document: kubectl stops reading here, and nothing from line {line} up to the next `---` is read or applied. To start a new document, write `---` instead of `...`.',
    },
  },
  docs: {
    summary: {
      ko: '`...` 문서 끝 표시 뒤에 있어서 kubectl이 말없이 버리는 내용을 찾는다.',
      en: 'Finds content after a `...` document end marker, which kubectl silently drops.',
    },
    why: {
      ko: 'kubectl은 `---` 줄에서만 문서를 나누고, 나눈 조각마다 YAML 문서 하나를 읽는다. `...`를 만나면 그 문서가 끝나므로 뒤에 쓴 리소스는 오류 없이 빠진다. 적용 결과에 리소스가 없어도 알아채기 어렵다.',
      en: 'kubectl splits a stream only at `---` lines and reads one YAML document from each piece. At `...` that document ends, so resources written after it are left out without an error, which is easy to miss in the output of an apply.',
    },
    fix: {
      ko: '`...`를 `---`로 바꾸거나, 뒤의 내용이 필요 없으면 지우자.',
      en: 'Replace `...` with `---`, or delete what follows if it is not needed.',
    },
    bad: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n...\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-extra\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-extra\n',
  },
  check(ctx) {
    for (const problem of ctx.document.problems) {
      if (problem.code !== 'ignored') continue;
      ctx.report({ messageId: problem.messageId, data: problem.data, start: problem.start, end: problem.end });
    }
  },
};
