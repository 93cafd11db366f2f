// hostPath volumes expose the node's file system. https://kubernetes.io/docs/concepts/storage/volumes/#hostpath
import type { ResourceRule } from '../types.ts';
import { isRecord } from '../resources.ts';
import { podSpecOf } from '../workload.ts';
import { display } from '../display.ts';

export const hostPathVolume: ResourceRule = {
  id: 'host-path-volume',
  severity: 'warning',
  category: 'best-practice',
  messages: {
    'host-path': {
      ko: '볼륨 {name|이} 노드의 경로 {path|를} 마운트한다(hostPath).',
      en: 'Volume {name} mounts the node path {path} (hostPath).',
    },
  },
  docs: {
    summary: { ko: 'hostPath 볼륨을 찾는다.', en: 'Finds hostPath volumes.' },
    why: {
      ko: 'hostPath는 노드의 파일 시스템을 파드에 연다. 파드가 다른 노드로 옮기면 데이터가 따라가지 않고, 쓰기 권한이 있으면 노드를 망가뜨릴 수 있다.',
      en: 'hostPath opens the node\'s file system to the Pod: the data does not follow the Pod to another node, and with write access the Pod can damage the node.',
    },
    fix: { ko: '데이터에는 퍼시스턴트볼륨클레임을, 설정에는 컨피그맵을 쓰자.', en: 'Use a PersistentVolumeClaim for data and a ConfigMap for configuration.' },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n  volumes:\n  - name: logs\n    hostPath:\n      path: /var/log\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n  volumes:\n  - name: logs\n    emptyDir: {}\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    if (!at || !Array.isArray(at.spec.volumes)) return;
    at.spec.volumes.forEach((volume, i) => {
      if (!isRecord(volume) || !isRecord(volume.hostPath)) return;
      ctx.report({
        messageId: 'host-path',
        data: { name: display(volume.name ?? i), path: display(volume.hostPath.path ?? '') },
        path: [...at.path, 'volumes', i, 'hostPath'],
      });
    });
  },
};
