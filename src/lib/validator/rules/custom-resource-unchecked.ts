// A custom resource whose CustomResourceDefinition is not in the input: its fields cannot be checked.
// A warning, never an error: the CRD may well be installed in the cluster. The generic checks (YAML,
// apiVersion and kind, metadata formats) still run, and the document counts as "not checked".
import type { ResourceRule } from '../types.ts';
import { findCrd, isCustomApiVersion } from '../schema/custom-resources.ts';
import { backupExample } from '../crd-examples.ts';

export const customResourceUnchecked: ResourceRule = {
  id: 'custom-resource-unchecked',
  severity: 'warning',
  category: 'api',
  needsSchema: true,
  messages: {
    'no-schema': {
      ko: '검사하지 않았다. {apiVersion} {kind}의 스키마가 없다. 이 커스텀 리소스를 검사하려면 그 CustomResourceDefinition을 함께 붙여 넣자.',
      en: 'Not checked: no schema for {apiVersion} {kind}; paste its CustomResourceDefinition to check it.',
    },
  },
  docs: {
    summary: {
      ko: 'CRD가 입력에 없는 커스텀 리소스를 검사하지 않았다고 알린다.',
      en: 'Says that a custom resource whose CRD is not in the input was not checked.',
    },
    why: {
      ko: '커스텀 리소스의 필드는 그 CustomResourceDefinition의 스키마가 정한다. CRD가 클러스터에 설치되어 있을 수 있으므로 오류는 아니지만, CRD가 없으면 필드의 오타나 잘못된 값을 찾을 수 없다. YAML 문법, apiVersion과 kind, metadata의 이름, 레이블, 어노테이션 형식은 여전히 검사한다.',
      en: 'A custom resource\'s fields are defined by its CustomResourceDefinition\'s schema. The CRD may be installed in the cluster, so this is no error, but without it a misspelt field or a wrong value cannot be found. The YAML, apiVersion and kind, and the metadata name, labels and annotations are still checked.',
    },
    fix: {
      ko: '커스텀 리소스와 함께 그 CustomResourceDefinition을 붙여 넣거나, 명령줄에서는 CRD 파일을 함께 검사하자.',
      en: 'Paste the CustomResourceDefinition together with the custom resource, or on the command line check the CRD\'s file in the same run.',
    },
    bad: 'apiVersion: example.com/v1\nkind: Backup\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n',
    good: backupExample(['              schedule: {type: string}'], ['  schedule: "0 3 * * *"']),
  },
  check(ctx) {
    const { apiVersion, kind } = ctx.resource;
    if (!ctx.schema || kind === '' || !isCustomApiVersion(ctx.schema, apiVersion)) return;
    if (findCrd(ctx.resources, apiVersion, kind)) return;
    ctx.report({ messageId: 'no-schema', data: { apiVersion, kind }, path: ['kind'], at: 'value' });
  },
};
