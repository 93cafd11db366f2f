// Every field of format "byte" takes base64: Secret data, ConfigMap binaryData, webhook and APIService
// caBundle, a CertificateSigningRequest's request. The schema walk finds them (schema/walk.ts) and
// says why a value is not base64 (schema/formats.ts); this rule words it for where the value sits.
import type { ResourceRule } from '../types.ts';
import { schemaFindings } from '../schema/findings.ts';

export const base64Format: ResourceRule = {
  id: 'base64-format',
  severity: 'error',
  category: 'schema',
  needsSchema: true,
  messages: {
    'secret-data': {
      ko: '시크릿 data의 {field} 값이 base64가 아니다. 평문은 stringData에 쓰거나 base64로 인코딩하자.',
      en: 'The value of {field} in the Secret\'s data is not base64; put plain text under stringData or encode it.',
    },
    'binary-data': {
      ko: '컨피그맵 binaryData의 {field} 값이 base64가 아니다. 텍스트는 data에 쓰거나 base64로 인코딩하자.',
      en: 'The value of {field} in the ConfigMap\'s binaryData is not base64; put text under data or encode it.',
    },
    pem: {
      ko: '{field}에 PEM 텍스트가 그대로 들어 있다. 이 필드는 PEM 파일을 base64로 인코딩한 값을 받는다. 예: `base64 -w0 ca.crt`의 출력.',
      en: '{field} holds PEM text as it is; this field takes the PEM file encoded in base64, e.g. the output of `base64 -w0 ca.crt`.',
    },
    character: {
      ko: '{field} 값이 base64가 아니다. {character|은} base64에 쓸 수 없는 문자다(A–Z, a–z, 0–9, +, /와 끝의 = 패딩만 쓴다). API 서버는 "illegal base64 data"로 거부한다.',
      en: '{field} is not base64: {character} is not a base64 character (A–Z, a–z, 0–9, + and /, with = padding at the end); the API server rejects it as "illegal base64 data".',
    },
    length: {
      ko: '{field} 값이 base64가 아니다. 줄바꿈을 빼고 길이가 4의 배수여야 하고 = 패딩은 끝에만 온다. = 패딩이 빠지거나 잘렸는지 확인하자.',
      en: '{field} is not base64: without line breaks its length must be a multiple of 4, with = padding only at the end; check for missing padding or a truncated value.',
    },
  },
  docs: {
    summary: { ko: 'base64 필드(시크릿 data, caBundle 등)의 값이 base64인지 확인한다.', en: 'Checks that base64 fields (Secret data, caBundle and others) hold base64.' },
    why: {
      ko: '바이트를 담는 필드는 base64로 인코딩된 값만 받는다. 시크릿의 data와 컨피그맵의 binaryData, 웹훅과 APIService의 caBundle, 인증서 서명 요청의 request가 그렇다. 평문이나 `<base64-encoded-CA-bundle>` 같은 자리표시자는 "illegal base64 data" 오류로 거부되고, 우연히 base64처럼 보이는 평문은 엉뚱한 바이트로 디코딩된다. base64는 암호화가 아니다.',
      en: 'Fields that hold bytes take base64-encoded values only: Secret data, ConfigMap binaryData, the caBundle of webhooks and APIServices, a CertificateSigningRequest\'s request. Plain text or a placeholder such as `<base64-encoded-CA-bundle>` fails with "illegal base64 data", and plain text that happens to look like base64 decodes to the wrong bytes. Base64 is not encryption.',
    },
    fix: {
      ko: '값을 `base64 -w0 파일`로 인코딩해 넣자. 시크릿의 평문은 stringData 아래에 쓰면 API 서버가 인코딩한다.',
      en: 'Encode the value with `base64 -w0 FILE`. For a Secret, write plain text under stringData and the API server encodes it.',
    },
    bad: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  password: s3cret!\n',
    good: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  password: czNjcmV0IQ==\n',
  },
  check(ctx) {
    const { kind } = ctx.resource;
    for (const finding of schemaFindings(ctx)) {
      if (finding.type !== 'byte') continue;
      const [top] = finding.path;
      const where = finding.path.length === 2 && kind === 'Secret' && top === 'data' ? 'secret-data'
        : finding.path.length === 2 && kind === 'ConfigMap' && top === 'binaryData' ? 'binary-data' : undefined;
      ctx.report({ messageId: where ?? finding.messageId, data: finding.data, path: finding.path, at: 'value' });
    }
  },
};
