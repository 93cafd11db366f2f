// Secret .data values are base64; plain text belongs in .stringData.
// The API decodes with Go's base64.StdEncoding, which skips line breaks, so wrapped values are fine.
import type { ResourceRule } from '../types.ts';
import { isRecord } from '../resources.ts';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function isBase64(value: string): boolean {
  return BASE64.test(value.replace(/[\r\n]/g, ''));
}

export const secretDataBase64: ResourceRule = {
  id: 'secret-data-base64',
  severity: 'error',
  category: 'semantics',
  kinds: ['Secret'],
  messages: {
    'not-base64': {
      ko: '시크릿 data의 {key} 값이 base64가 아니다. 평문은 stringData에 쓰거나 base64로 인코딩하자.',
      en: 'The value of {key} in the Secret\'s data is not base64; put plain text under stringData or encode it.',
    },
  },
  docs: {
    summary: { ko: '시크릿 data 값이 base64인지 확인한다.', en: 'Checks that Secret data values are base64.' },
    why: {
      ko: '시크릿의 data는 base64로 인코딩된 값만 받는다. 평문을 넣으면 "illegal base64 data" 오류가 나거나, 우연히 base64처럼 보이면 엉뚱한 바이트로 디코딩된다. base64는 암호화가 아니다.',
      en: 'Secret data takes base64-encoded values only. Plain text fails with "illegal base64 data" or, when it happens to look like base64, decodes to the wrong bytes. Base64 is not encryption.',
    },
    fix: { ko: '평문은 stringData 아래에 쓰자. API 서버가 인코딩한다.', en: 'Write plain text under stringData; the API server encodes it.' },
    bad: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  password: s3cret!\n',
    good: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  password: czNjcmV0IQ==\n',
  },
  check(ctx) {
    const data = ctx.resource.value.data;
    if (!isRecord(data)) return;
    for (const [key, value] of Object.entries(data)) {
      if (typeof value === 'string' && !isBase64(value)) {
        ctx.report({ messageId: 'not-base64', data: { key }, path: ['data', key], at: 'value' });
      }
    }
  },
};
