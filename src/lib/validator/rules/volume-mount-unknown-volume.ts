// A volumeMount must name a volume declared in the Pod's spec.volumes.
import type { ResourceRule } from '../types.ts';
import { isRecord } from '../resources.ts';
import { containersOf, podSpecOf } from '../workload.ts';

export const volumeMountUnknownVolume: ResourceRule = {
  id: 'volume-mount-unknown-volume',
  severity: 'error',
  category: 'semantics',
  messages: {
    unknown: {
      ko: 'volumeMounts가 가리키는 볼륨 {name|이} spec.volumes에 없다.',
      en: 'The volumeMount refers to a volume {name} that spec.volumes does not declare.',
    },
  },
  docs: {
    summary: { ko: '선언되지 않은 볼륨을 마운트하는지 확인한다.', en: 'Checks that every volumeMount names a declared volume.' },
    why: {
      ko: '컨테이너의 volumeMounts[].name은 파드의 spec.volumes[].name 중 하나여야 한다. 없는 이름이면 파드가 "volumeMounts[0].name: Not found" 오류로 거부된다.',
      en: 'A container\'s volumeMounts[].name must be one of the Pod\'s spec.volumes[].name; otherwise the Pod is rejected with "volumeMounts[0].name: Not found".',
    },
    fix: { ko: 'spec.volumes에 볼륨을 추가하거나 이름의 오타를 고치자.', en: 'Declare the volume in spec.volumes or fix the name.' },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    volumeMounts:\n    - name: config\n      mountPath: /etc/web\n  volumes:\n  - name: cfg\n    configMap:\n      name: web\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    volumeMounts:\n    - name: config\n      mountPath: /etc/web\n  volumes:\n  - name: config\n    configMap:\n      name: web\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    if (!at) return;
    const volumes = Array.isArray(at.spec.volumes) ? at.spec.volumes : [];
    const declared = new Set(volumes.filter(isRecord).map((v) => v.name));
    // a StatefulSet's volumeClaimTemplates become volumes of each Pod under the template's name
    const claims = ctx.resource.kind === 'StatefulSet' && isRecord(ctx.resource.value.spec) ? ctx.resource.value.spec.volumeClaimTemplates : undefined;
    if (Array.isArray(claims)) {
      for (const claim of claims) if (isRecord(claim) && isRecord(claim.metadata)) declared.add(claim.metadata.name);
    }
    for (const container of containersOf(at, ['initContainers', 'containers', 'ephemeralContainers'])) {
      const mounts = container.container.volumeMounts;
      if (!Array.isArray(mounts)) continue;
      mounts.forEach((mount, i) => {
        if (!isRecord(mount) || typeof mount.name !== 'string' || declared.has(mount.name)) return;
        ctx.report({ messageId: 'unknown', data: { name: mount.name }, path: [...container.path, 'volumeMounts', i, 'name'], at: 'value' });
      });
    }
  },
};
