// Messages for failures of the validator itself (not rules a manifest can trigger).
import type { Lang } from './types.ts';

export const INTERNAL_RULE_ID = 'internal-error';

export const internalMessages: Record<string, Record<Lang, string>> = {
  'rule-failed': {
    ko: '검사기 내부 오류로 규칙 {rule|을} 끝까지 실행하지 못했다({reason}). 다른 검사 결과는 유효하다.',
    en: 'The validator failed inside rule {rule} ({reason}); the other results are still valid.',
  },
  crashed: {
    ko: '검사기 내부 오류로 검사를 끝내지 못했다({reason}).',
    en: 'The validator failed unexpectedly ({reason}).',
  },
};
