// Inputs the validator refuses so the page never hangs: too large, too deep, alias bombs.
// The whole-input size check runs in validate.ts before parsing, when options.maxInputChars is set
// (the page sets 5 MB; the command line none); it reports under this rule's id.
import type { DocumentRule } from '../types.ts';

export const inputLimits: DocumentRule = {
  id: 'input-limits',
  scope: 'document',
  severity: 'error',
  category: 'syntax',
  messages: {
    'too-large': {
      ko: '입력이 {limit}MB보다 커서 검사하지 않았다. 매니페스트를 나누어 검사하자.',
      en: 'The input is larger than {limit} MB and was not checked; split the manifests and check them in parts.',
    },
    'too-deep': {
      ko: '중첩이 너무 깊어서 이 문서를 검사하지 않았다. 실제 매니페스트는 이만큼 깊지 않다.',
      en: 'This document is nested too deeply and was not checked; real manifests are never this deep.',
    },
    'alias-expansion': {
      ko: 'YAML 별칭(*)을 펼치면 너무 커지는 문서라서 검사하지 않았다(“billion laughs” 형태).',
      en: 'This document expands to an enormous size through YAML aliases (*) and was not checked (a “billion laughs” pattern).',
    },
    'recursive-alias': {
      ko: 'YAML 별칭(*)이 자기 자신을 가리켜 끝없이 펼쳐지는 문서라서 검사하지 않았다.',
      en: 'A YAML alias (*) refers to its own container, so the document never ends; it was not checked.',
    },
  },
  docs: {
    summary: {
      ko: '지나치게 크거나 깊거나 별칭으로 폭발하는 입력을 거부한다.',
      en: 'Refuses inputs that are too large, too deep or explode through aliases.',
    },
    why: {
      ko: '검사기는 입력할 때마다 브라우저에서 돌아간다. 악의적이거나 망가진 입력 때문에 페이지가 멈추면 안 된다. API 서버도 이런 입력을 제한한다.',
      en: 'The validator runs in the browser on every keystroke; a hostile or broken input must not freeze the page. The API server limits such inputs too.',
    },
    fix: {
      ko: '별칭 대신 값을 직접 쓰고, 큰 입력은 나누어 검사하자.',
      en: 'Write values out instead of nesting aliases, and check large inputs in parts.',
    },
    bad: 'a: &a ["x","x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  mode: safe\n',
  },
  check(ctx) {
    for (const problem of ctx.document.problems) {
      if (problem.code !== 'limit') continue;
      ctx.report({ messageId: problem.messageId, data: problem.data, start: problem.start, end: problem.end });
    }
  },
};
