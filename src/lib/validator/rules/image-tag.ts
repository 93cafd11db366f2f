// Images without a tag, or with :latest, change under you. https://kubernetes.io/docs/concepts/containers/images/#image-names
import type { ResourceRule } from '../types.ts';
import { containerName, containersOfResource } from '../workload.ts';

/** The tag of an image reference, '' when none; a registry port (host:5000/app) is not a tag. */
export function imageTag(image: string): { tag: string; digest: boolean } {
  const digest = image.includes('@');
  const withoutDigest = image.split('@')[0] as string;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  return { tag: colon === -1 ? '' : withoutDigest.slice(colon + 1), digest };
}

export const imageTagRule: ResourceRule = {
  id: 'image-tag',
  severity: 'warning',
  category: 'best-practice',
  messages: {
    'no-tag': {
      ko: '컨테이너 {container}의 이미지 {image}에 태그가 없어서 :latest로 받는다. `nginx:1.30`처럼 버전을 고정하자.',
      en: 'The image {image} of container {container} has no tag, so :latest is pulled; pin a version such as `nginx:1.30`.',
    },
    latest: {
      ko: '컨테이너 {container}의 이미지 {image|가} :latest를 쓴다. 버전을 고정하자.',
      en: 'The image {image} of container {container} uses :latest; pin a version.',
    },
  },
  docs: {
    summary: { ko: '태그가 없거나 :latest인 이미지를 찾는다.', en: 'Finds images with no tag or with :latest.' },
    why: {
      ko: ':latest는 받을 때마다 다른 이미지일 수 있어서, 노드마다 다른 버전이 돌거나 롤백해도 이전 상태로 돌아가지 않는다. 태그가 없거나 :latest면 imagePullPolicy도 기본으로 Always가 된다.',
      en: ':latest may be a different image on every pull, so nodes run different versions and a rollback does not bring the old state back. Without a tag or with :latest, imagePullPolicy also defaults to Always.',
    },
    fix: { ko: '`nginx:1.30.6`처럼 버전 태그나 다이제스트(@sha256:…)를 쓰자.', en: 'Use a version tag such as `nginx:1.30.6` or a digest (@sha256:…).' },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n',
  },
  check(ctx) {
    for (const at of containersOfResource(ctx.resource)) {
      const image = at.container.image;
      if (typeof image !== 'string' || image === '') continue;
      const { tag, digest } = imageTag(image);
      if (digest || (tag !== '' && tag !== 'latest')) continue;
      ctx.report({ messageId: tag === '' ? 'no-tag' : 'latest', data: { image, container: containerName(at) }, path: [...at.path, 'image'], at: 'value' });
    }
  },
};
