// What the API server asks of each container (validateContainers, validateInitContainers and
// validateContainerCommon in pkg/apis/core/validation/validation.go): a DNS-label name, an image, at
// least one app container, and no probes or lifecycle hooks on an init container unless it is a
// sidecar (restartPolicy: Always). https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/
import type { ResourceRule } from '../types.ts';
import { isDnsLabel } from '../names.ts';
import { containerName, containersOf, podSpecOf } from '../workload.ts';

const SIDECAR_ONLY = ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'];

export const podContainers: ResourceRule = {
  id: 'pod-containers',
  severity: 'error',
  category: 'semantics',
  messages: {
    none: {
      ko: 'containers가 비어 있다. 파드에는 앱 컨테이너가 하나 이상 있어야 한다.',
      en: 'containers is empty; a Pod needs at least one app container.',
    },
    'name-required': { ko: '컨테이너 이름이 비어 있다.', en: 'The container name is empty.' },
    'name-format': {
      ko: '컨테이너 이름 {name|은} DNS 레이블(소문자, 숫자, -로 63자 이하, 영숫자로 시작하고 끝남)이어야 한다.',
      en: 'The container name {name} must be a DNS label: at most 63 lower-case letters, digits and -, starting and ending with a letter or digit.',
    },
    'image-required': {
      ko: '컨테이너 {container}에 image가 없다. 모든 컨테이너에 이미지가 필요하다.',
      en: 'Container {container} has no image; every container needs one.',
    },
    'image-space': {
      ko: '이미지 {image}의 앞이나 뒤에 공백이 있다. 파드에서는 거부된다.',
      en: 'The image {image} has leading or trailing whitespace, which a Pod rejects.',
    },
    'init-sidecar-only': {
      ko: '초기화 컨테이너 {container}에는 {field|를} 쓸 수 없다. restartPolicy: Always인 사이드카(sidecar) 컨테이너만 쓸 수 있다.',
      en: 'Init container {container} cannot set {field}; only a sidecar (restartPolicy: Always) can.',
    },
  },
  docs: {
    summary: {
      ko: '컨테이너 이름과 이미지, 초기화 컨테이너에 쓸 수 없는 필드를 확인한다.',
      en: 'Checks container names and images, and the fields an init container cannot set.',
    },
    why: {
      ko: 'API 서버는 이름이 DNS 레이블이 아니거나 이미지가 없는 컨테이너를 거부한다. 초기화 컨테이너는 끝나야 다음 컨테이너가 시작하므로 프로브와 lifecycle 훅을 쓸 수 없고("may not be set for init containers without restartPolicy=Always"), restartPolicy: Always인 사이드카 컨테이너만 쓸 수 있다.',
      en: 'The API server rejects a container whose name is not a DNS label or that has no image. An init container must finish before the next one starts, so it cannot have probes or lifecycle hooks ("may not be set for init containers without restartPolicy=Always"); only a sidecar, with restartPolicy: Always, can.',
    },
    fix: {
      ko: '이름은 소문자와 -로 쓰고, 이미지를 넣자. 초기화 컨테이너에 프로브가 필요하면 restartPolicy: Always를 주어 사이드카로 만들거나 앱 컨테이너로 옮기자.',
      en: 'Use lower case and - in names and give every container an image. If an init container needs probes, make it a sidecar with restartPolicy: Always, or move it to the app containers.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  initContainers:\n  - name: Migrate_DB\n    image: busybox:1.36\n    readinessProbe:\n      exec:\n        command: [cat, /tmp/ready]\n  containers:\n  - name: web\n    image: nginx:1.30\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  initContainers:\n  - name: migrate-db\n    image: busybox:1.36\n  containers:\n  - name: web\n    image: nginx:1.30\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    if (!at) return;
    if (Array.isArray(at.spec.containers) && at.spec.containers.length === 0) {
      ctx.report({ messageId: 'none', path: [...at.path, 'containers'] });
    }
    for (const c of containersOf(at)) {
      const { name, image } = c.container;
      if (name === '') ctx.report({ messageId: 'name-required', path: [...c.path, 'name'], at: 'value' });
      else if (typeof name === 'string' && !isDnsLabel(name)) ctx.report({ messageId: 'name-format', data: { name }, path: [...c.path, 'name'], at: 'value' });
      if (image === undefined || image === null || image === '') {
        ctx.report({ messageId: 'image-required', data: { container: containerName(c) }, path: [...c.path, 'image'] });
      } else if (ctx.resource.kind === 'Pod' && typeof image === 'string' && image.trim() !== image) {
        // validateContainerOnlyForPod: templates keep accepting it for backward compatibility
        ctx.report({ messageId: 'image-space', data: { image: JSON.stringify(image) }, path: [...c.path, 'image'], at: 'value' });
      }
      if (c.group === 'initContainers' && c.container.restartPolicy !== 'Always') {
        for (const field of SIDECAR_ONLY) {
          if (c.container[field] === undefined || c.container[field] === null) continue;
          ctx.report({ messageId: 'init-sidecar-only', data: { container: containerName(c), field }, path: [...c.path, field] });
        }
      }
    }
  },
};
