// ConfigMaps, Secrets, PersistentVolumeClaims and ServiceAccounts a Pod template names but the paste
// does not contain. Info only: they often exist in the cluster already.
import type { ResourceRule } from '../types.ts';
import { podReferencesOf } from '../pod-references.ts';
import { findResource } from '../references.ts';

const KIND_KO: Record<string, string> = {
  ConfigMap: '컨피그맵(ConfigMap)',
  Secret: '시크릿(Secret)',
  PersistentVolumeClaim: '퍼시스턴트볼륨클레임(PersistentVolumeClaim)',
  ServiceAccount: '서비스어카운트(ServiceAccount)',
};

export const configReferenceMissing: ResourceRule = {
  id: 'config-reference-missing',
  severity: 'info',
  category: 'cross-document',
  messages: {
    missing: {
      ko: '참조한 {kindKo} {name|이} 이 입력에 없다. 클러스터에 없으면 파드가 시작되지 못한다.',
      en: 'The referenced {kind} {name} is not in this paste; if the cluster does not have it either, the Pod will not start.',
    },
  },
  docs: {
    summary: {
      ko: '파드 템플릿이 참조하는 컨피그맵, 시크릿, 퍼시스턴트볼륨클레임, 서비스어카운트가 입력에 있는지 확인한다.',
      en: 'Checks that ConfigMaps, Secrets, PersistentVolumeClaims and ServiceAccounts a Pod template references are in the paste.',
    },
    why: {
      ko: '없는 컨피그맵이나 시크릿을 참조한 파드는 CreateContainerConfigError 상태로, 없는 퍼시스턴트볼륨클레임은 Pending 상태로 멈춘다. 서비스어카운트가 없으면 파드가 아예 만들어지지 않는다.',
      en: 'A Pod referencing a missing ConfigMap or Secret stays in CreateContainerConfigError, a missing PersistentVolumeClaim keeps it Pending, and a missing ServiceAccount stops the Pod from being created at all.',
    },
    fix: {
      ko: '참조하는 리소스를 함께 배포하거나, 이미 있는지 `kubectl get`으로 확인하자. 없어도 되는 참조에는 `optional: true`를 쓰자.',
      en: 'Deploy the referenced resource with it or check with `kubectl get` that it exists; mark references that may be absent with `optional: true`.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    envFrom:\n    - configMapRef:\n        name: web-settings\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-settings\ndata:\n  MODE: fast\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    envFrom:\n    - configMapRef:\n        name: web-settings\n',
  },
  check(ctx) {
    for (const ref of podReferencesOf(ctx.resource)) {
      if (ref.optional) continue;
      if (findResource(ctx.resources, ctx.resource, ref.kind, ref.name).result !== 'missing') continue;
      ctx.report({ messageId: 'missing', data: { kind: ref.kind, kindKo: KIND_KO[ref.kind] ?? ref.kind, name: ref.name }, path: ref.path, at: 'value' });
    }
  },
};
