// A CRD's spec.versions as apiextensions validation checks them: exactly one storage version, unique
// names that are DNS-1035 labels (v1, v1beta1), and a schema for each version (apiextensions.k8s.io/v1
// requires one). A CRD that serves no version is accepted, but no custom resource of it can be
// created or read: a warning.
import type { ResourceRule } from '../types.ts';
import { crdVersions, isCrd } from '../schema/crd-definition.ts';
import { isRecord } from '../resources.ts';
import { isDns1035Label } from '../names.ts';
import { crdExample } from '../crd-examples.ts';

const version = (name: string, storage: boolean) => [`  - name: ${name}`, '    served: true', `    storage: ${storage}`, '    schema:', '      openAPIV3Schema: {type: object}'];

export const crdVersionsRule: ResourceRule = {
  id: 'crd-versions',
  severity: 'error',
  category: 'api',
  kinds: ['CustomResourceDefinition'],
  messages: {
    'storage-none': {
      ko: 'storage: true인 버전이 없다. 정확히 한 버전이 저장 버전이어야 한다.',
      en: 'No version has storage: true; exactly one version must be the storage version.',
    },
    'storage-many': {
      ko: '{name}도 storage: true다. 저장 버전은 정확히 하나여야 한다(먼저 나온 것: {first}).',
      en: '{name} has storage: true too; exactly one version can be the storage version (the first is {first}).',
    },
    'none-served': {
      ko: 'served: true인 버전이 없다. API 서버는 이 CRD를 받아들이지만 이 종류의 커스텀 리소스는 만들 수도 읽을 수도 없다.',
      en: 'No version has served: true; the API server accepts the CRD, but no custom resource of this kind can be created or read.',
    },
    duplicate: {
      ko: '버전 {name|이} 두 번 정의되었다. 버전 이름은 서로 달라야 한다.',
      en: 'Version {name} is defined twice; version names must be unique.',
    },
    'name-format': {
      ko: '버전 이름 {name|은} DNS-1035 레이블이어야 한다(소문자로 시작하고 소문자, 숫자, -만, 63자 이하. 예: v1, v1beta1).',
      en: 'The version name {name} must be a DNS-1035 label (a lower-case letter first, then lower-case letters, digits and -, at most 63 characters; e.g. v1, v1beta1).',
    },
    'schema-missing': {
      ko: '버전 {name}에 schema.openAPIV3Schema가 없다. apiextensions.k8s.io/v1에서는 버전마다 스키마가 있어야 한다.',
      en: 'Version {name} has no schema.openAPIV3Schema; apiextensions.k8s.io/v1 requires a schema for every version.',
    },
  },
  docs: {
    summary: {
      ko: 'CRD의 spec.versions에 저장 버전이 정확히 하나인지, 버전 이름이 올바르고 서로 다른지 확인한다.',
      en: 'Checks that a CRD\'s spec.versions has exactly one storage version and well-formed, unique names.',
    },
    why: {
      ko: '커스텀 리소스는 etcd에 한 버전(storage: true)으로만 저장된다. 저장 버전이 없거나 둘 이상이거나, 버전 이름이 겹치거나 형식에 맞지 않거나, 스키마가 없는 버전이 있으면 API 서버가 CRD를 거부한다.',
      en: 'Custom resources are stored in etcd in one version, the one with storage: true. No storage version or several, a repeated or malformed version name, or a version without a schema make the API server refuse the CRD.',
    },
    fix: {
      ko: '저장 버전 하나에만 storage: true를 두고, 버전 이름을 v1, v1beta1 같은 서로 다른 이름으로 고치자.',
      en: 'Keep storage: true on one version only, and give the versions distinct names such as v1 and v1beta1.',
    },
    bad: crdExample({ versions: [...version('v1beta1', true), ...version('v1', true)] }),
    good: crdExample({ versions: [...version('v1beta1', false), ...version('v1', true)] }),
  },
  check(ctx) {
    if (!isCrd(ctx.resource)) return;
    const spec = ctx.resource.value.spec;
    if (!isRecord(spec) || !Array.isArray(spec.versions) || spec.versions.length === 0) return; // schema-required-field
    const versions = crdVersions(ctx.resource);
    const names = new Set<unknown>();
    let first: string | undefined;
    for (const { index, version: v } of versions) {
      const name = String(v.name ?? '');
      if (typeof v.name === 'string' && !isDns1035Label(v.name)) ctx.report({ messageId: 'name-format', data: { name }, path: ['spec', 'versions', index, 'name'], at: 'value' });
      if (names.has(v.name)) ctx.report({ messageId: 'duplicate', data: { name }, path: ['spec', 'versions', index, 'name'], at: 'value' });
      names.add(v.name);
      if (v.storage === true) {
        if (first === undefined) first = name;
        else ctx.report({ messageId: 'storage-many', data: { name, first }, path: ['spec', 'versions', index, 'storage'], at: 'value' });
      }
      if (!isRecord(v.schema) || !isRecord(v.schema.openAPIV3Schema)) {
        ctx.report({ messageId: 'schema-missing', data: { name }, path: ['spec', 'versions', index, isRecord(v.schema) ? 'schema' : 'name'], at: 'key' });
      }
    }
    if (first === undefined) ctx.report({ messageId: 'storage-none', path: ['spec', 'versions'], at: 'key' });
    if (!versions.some(({ version: v }) => v.served === true)) ctx.report({ messageId: 'none-served', path: ['spec', 'versions'], at: 'key', severity: 'warning' });
  },
};
