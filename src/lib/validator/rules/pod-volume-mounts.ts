// Volume mounts and devices as ValidateVolumeMounts, ValidateVolumeDevices, validateMountPropagation
// and validateMountRecursiveReadOnly check them (pkg/apis/core/validation/validation.go). That a mount
// names a declared volume is volume-mount-unknown-volume's. https://kubernetes.io/docs/concepts/storage/volumes/
import type { PathSegment, ResourceRule, RuleContext } from '../types.ts';
import { LOCAL_PATH_MESSAGES, hasBackstep, localPathProblem } from '../api-formats.ts';
import { mappingsOf, record, text } from '../pod-spec.ts';
import { containerName, containersOf, podSpecOf, type ContainerAt } from '../workload.ts';

/** volume types a block device can come from (isMatchedDevice) */
const BLOCK_SOURCES = ['persistentVolumeClaim', 'ephemeral'];

export const podVolumeMounts: ResourceRule = {
  id: 'pod-volume-mounts',
  severity: 'error',
  category: 'semantics',
  messages: {
    'mount-path-required': { ko: 'mountPath가 비어 있다.', en: 'mountPath is empty.' },
    'mount-path-duplicate': {
      ko: '컨테이너 {container}에서 경로 {path|가} 두 번 마운트된다.',
      en: 'Container {container} mounts two volumes at {path}.',
    },
    'sub-path-both': {
      ko: 'subPath와 subPathExpr는 함께 쓸 수 없다.',
      en: 'subPath and subPathExpr cannot be used together.',
    },
    'image-sub-path': {
      ko: '이미지(image) 볼륨에는 {field|를} 쓸 수 없다.',
      en: '{field} is not allowed on an image volume.',
    },
    bidirectional: {
      ko: 'mountPropagation: Bidirectional은 privileged 컨테이너에서만 쓸 수 있다.',
      en: 'mountPropagation: Bidirectional is only available to privileged containers.',
    },
    'recursive-read-only': {
      ko: 'recursiveReadOnly: {value|는} readOnly: true이고 mountPropagation이 None이거나 없을 때만 쓸 수 있다.',
      en: 'recursiveReadOnly: {value} needs readOnly: true and a mountPropagation of None or none at all.',
    },
    'recursive-read-only-value': {
      ko: 'recursiveReadOnly {value|는} 지원되지 않는다. Disabled, IfPossible, Enabled 중 하나를 쓰자.',
      en: 'recursiveReadOnly {value} is not supported; use Disabled, IfPossible or Enabled.',
    },
    'device-path-required': { ko: 'devicePath가 비어 있다.', en: 'devicePath is empty.' },
    'device-duplicate': {
      ko: '{field} {value|가} volumeDevices에서 두 번 쓰인다.',
      en: '{field} {value} is used twice in volumeDevices.',
    },
    'device-unknown': {
      ko: 'volumeDevices가 가리키는 볼륨 {name|이} spec.volumes에 없다.',
      en: 'The volumeDevice refers to a volume {name} that spec.volumes does not declare.',
    },
    'device-source': {
      ko: '블록 장치(volumeDevices)는 persistentVolumeClaim이나 ephemeral 볼륨에서만 쓸 수 있다. 볼륨 {name|은} 아니다.',
      en: 'A block device (volumeDevices) can only come from a persistentVolumeClaim or ephemeral volume, which {name} is not.',
    },
    'device-and-mount': {
      ko: '{field} {value|는} volumeMounts와 volumeDevices에 함께 쓸 수 없다.',
      en: '{field} {value} cannot be in both volumeMounts and volumeDevices.',
    },
    ...LOCAL_PATH_MESSAGES,
  },
  docs: {
    summary: { ko: '볼륨 마운트와 블록 장치의 경로와 옵션을 확인한다.', en: 'Checks the paths and options of volume mounts and block devices.' },
    why: {
      ko: '한 컨테이너에서 같은 mountPath를 두 번 쓸 수 없고, subPath는 볼륨 안의 상대 경로여야 하며 ..로 볼륨 밖을 가리킬 수 없다. Bidirectional 마운트 전파는 privileged 컨테이너만 쓸 수 있다. 어긋나면 API 서버가 거부한다.',
      en: 'One container cannot mount two volumes at the same mountPath, subPath must be a relative path inside the volume that cannot leave it with .., and Bidirectional mount propagation is for privileged containers only. The API server rejects anything else.',
    },
    fix: {
      ko: '마운트 경로를 서로 다르게 하고, subPath는 볼륨 안의 상대 경로로 쓰자.',
      en: 'Give each mount its own path and keep subPath relative, inside the volume.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    volumeMounts:\n    - name: config\n      mountPath: /etc/nginx/conf.d\n      subPath: ../nginx.conf\n  volumes:\n  - name: config\n    configMap:\n      name: web\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    volumeMounts:\n    - name: config\n      mountPath: /etc/nginx/conf.d/default.conf\n      subPath: default.conf\n  volumes:\n  - name: config\n    configMap:\n      name: web\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    if (!at) return;
    const volumes = new Map(mappingsOf(at.spec.volumes).map(({ item }) => [text(item, 'name'), item] as const));
    // a StatefulSet's volumeClaimTemplates become claim volumes of each Pod under their own names
    if (ctx.resource.kind === 'StatefulSet') {
      for (const { item } of mappingsOf(record(ctx.resource.value, 'spec')?.volumeClaimTemplates)) {
        volumes.set(text(record(item, 'metadata'), 'name'), { persistentVolumeClaim: {} });
      }
    }
    for (const c of containersOf(at)) {
      const mounts = checkMounts(ctx, c, volumes);
      checkDevices(ctx, c, volumes, mounts);
    }
  },
};

/** Checks the mounts; returns their names and paths for the device checks. */
function checkMounts(ctx: RuleContext, c: ContainerAt, volumes: Map<string | undefined, Record<string, unknown>>): { names: Set<string>; paths: Set<string> } {
  const names = new Set<string>();
  const paths = new Set<string>();
  const privileged = record(c.container, 'securityContext')?.privileged === true;
  for (const { index, item: mount } of mappingsOf(c.container.volumeMounts)) {
    const path = [...c.path, 'volumeMounts', index];
    const mountPath = text(mount, 'mountPath');
    if (mountPath === '') ctx.report({ messageId: 'mount-path-required', path: [...path, 'mountPath'], at: 'value' });
    else if (mountPath !== undefined && paths.has(mountPath)) {
      ctx.report({ messageId: 'mount-path-duplicate', data: { container: containerName(c), path: mountPath }, path: [...path, 'mountPath'], at: 'value' });
    }
    if (mountPath !== undefined) paths.add(mountPath);
    const name = text(mount, 'name');
    if (name !== undefined) names.add(name);
    const subPath = text(mount, 'subPath');
    const subPathExpr = text(mount, 'subPathExpr');
    if (subPath && subPathExpr) ctx.report({ messageId: 'sub-path-both', path: [...path, 'subPathExpr'] });
    for (const [field, value] of [['subPath', subPath], ['subPathExpr', subPathExpr]] as const) {
      if (!value) continue;
      if (record(volumes.get(name), 'image')) ctx.report({ messageId: 'image-sub-path', data: { field }, path: [...path, field] });
      const problem = localPathProblem(value);
      if (problem) ctx.report({ messageId: `path-${problem}`, data: { field, value }, path: [...path, field], at: 'value' });
    }
    if (mount.mountPropagation === 'Bidirectional' && !privileged) ctx.report({ messageId: 'bidirectional', path: [...path, 'mountPropagation'], at: 'value' });
    checkRecursiveReadOnly(ctx, mount, path);
  }
  return { names, paths };
}

function checkRecursiveReadOnly(ctx: RuleContext, mount: Record<string, unknown>, path: PathSegment[]): void {
  const value = mount.recursiveReadOnly;
  if (value === undefined || value === null || value === 'Disabled') return;
  const at = [...path, 'recursiveReadOnly'];
  if (value !== 'Enabled' && value !== 'IfPossible') {
    ctx.report({ messageId: 'recursive-read-only-value', data: { value: String(value) }, path: at, at: 'value' });
    return;
  }
  const propagation = mount.mountPropagation;
  const quiet = propagation === undefined || propagation === null || propagation === 'None';
  if (mount.readOnly !== true || !quiet) ctx.report({ messageId: 'recursive-read-only', data: { value }, path: at, at: 'value' });
}

function checkDevices(ctx: RuleContext, c: ContainerAt, volumes: Map<string | undefined, Record<string, unknown>>, mounts: { names: Set<string>; paths: Set<string> }): void {
  const names = new Set<string>();
  const paths = new Set<string>();
  for (const { index, item: device } of mappingsOf(c.container.volumeDevices)) {
    const path = [...c.path, 'volumeDevices', index];
    const name = text(device, 'name');
    const devicePath = text(device, 'devicePath');
    if (name) {
      const volume = volumes.get(name);
      if (names.has(name)) ctx.report({ messageId: 'device-duplicate', data: { field: 'name', value: name }, path: [...path, 'name'], at: 'value' });
      else if (!volume) ctx.report({ messageId: 'device-unknown', data: { name }, path: [...path, 'name'], at: 'value' });
      else if (!BLOCK_SOURCES.some((source) => record(volume, source))) ctx.report({ messageId: 'device-source', data: { name }, path: [...path, 'name'], at: 'value' });
      if (mounts.names.has(name)) ctx.report({ messageId: 'device-and-mount', data: { field: 'name', value: name }, path: [...path, 'name'], at: 'value' });
      names.add(name);
    }
    if (devicePath === '') ctx.report({ messageId: 'device-path-required', path: [...path, 'devicePath'], at: 'value' });
    if (!devicePath) continue;
    if (paths.has(devicePath)) ctx.report({ messageId: 'device-duplicate', data: { field: 'devicePath', value: devicePath }, path: [...path, 'devicePath'], at: 'value' });
    if (hasBackstep(devicePath)) ctx.report({ messageId: 'path-backstep', data: { field: 'devicePath', value: devicePath }, path: [...path, 'devicePath'], at: 'value' });
    if (mounts.paths.has(devicePath)) ctx.report({ messageId: 'device-and-mount', data: { field: 'devicePath', value: devicePath }, path: [...path, 'devicePath'], at: 'value' });
    paths.add(devicePath);
  }
}
