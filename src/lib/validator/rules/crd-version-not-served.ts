// A custom resource in a version its CRD (in the same input, or a bundled project's read from its
// upstream CRD files) does not serve, or serves as deprecated.
// The API server has no endpoint for an unserved version ("no matches for kind"), and sends the CRD's
// deprecationWarning (or a default text) as a warning for a deprecated one.
import type { ResourceRule } from '../types.ts';
import { findCrd, groupOf, isCustomApiVersion, versionOf } from '../schema/custom-resources.ts';
import { entryOf } from '../yaml/node.ts';
import { safeFix, scalarEdit } from '../fix/make.ts';
import { backupExample } from '../crd-examples.ts';

const schedule = ['              schedule: {type: string}'];
const v1beta1 = ['  - name: v1beta1', '    served: false', '    storage: false', '    schema:', '      openAPIV3Schema: {type: object}'];

export const crdVersionNotServed: ResourceRule = {
  id: 'crd-version-not-served',
  severity: 'error',
  category: 'api',
  fixes: ['safe'],
  needsSchema: true,
  messages: {
    'not-served': {
      ko: '이 입력의 CustomResourceDefinition은 {kind|를} {apiVersion|으로} 제공하지 않는다. 제공하는 버전: {served}.',
      en: 'The CustomResourceDefinition in this input does not serve {kind} as {apiVersion}; served versions: {served}.',
    },
    'bundled-not-served': {
      ko: '내장된 {project}({upstream})의 CRD는 {kind|를} {apiVersion|으로} 제공하지 않는다. 제공하는 버전: {served}. 클러스터에 다른 릴리스를 설치했다면 그 CRD를 함께 붙여 넣자.',
      en: 'The bundled CRD of {project} ({upstream}) does not serve {kind} as {apiVersion}; served versions: {served}. If your cluster runs another release, paste its CRD along.',
    },
    'none-served': {
      ko: '이 입력의 CustomResourceDefinition은 {kind|를} 어떤 버전으로도 제공하지 않는다(served: true인 버전이 없다).',
      en: 'The CustomResourceDefinition in this input serves {kind} in no version (none has served: true).',
    },
    deprecated: {
      ko: '{apiVersion} {kind|은} 지원 중단(deprecated)되었다. CRD의 안내: {warning}',
      en: '{warning}',
    },
    'deprecated-default': {
      ko: '{apiVersion} {kind|은} 지원 중단(deprecated)되었다.',
      en: '{apiVersion} {kind} is deprecated',
    },
  },
  docs: {
    summary: {
      ko: '커스텀 리소스의 apiVersion을 CRD가 제공하는지, 지원 중단되었는지 확인한다.',
      en: 'Checks that a custom resource\'s apiVersion is served by its CRD, and not deprecated.',
    },
    why: {
      ko: 'CustomResourceDefinition은 spec.versions의 버전 가운데 served: true인 것만 제공한다. 제공하지 않는 버전의 커스텀 리소스는 "no matches for kind" 오류로 거부된다. deprecated: true인 버전은 받아들이지만 API 서버가 경고를 보낸다.',
      en: 'A CustomResourceDefinition serves only the versions of spec.versions with served: true; a custom resource in another version is rejected with "no matches for kind". A version with deprecated: true is accepted, with a warning from the API server.',
    },
    fix: {
      ko: '메시지가 알려 주는 제공 버전으로 apiVersion을 바꾸자.',
      en: 'Change the apiVersion to a served version the message names.',
    },
    bad: backupExample(schedule, ['  schedule: "0 3 * * *"'], { versions: v1beta1, apiVersion: 'example.com/v1beta1' }),
    good: backupExample(schedule, ['  schedule: "0 3 * * *"'], { versions: v1beta1 }),
  },
  check(ctx) {
    const { apiVersion, kind } = ctx.resource;
    if (!ctx.schema || kind === '' || !isCustomApiVersion(ctx.schema, apiVersion)) return;
    const crd = findCrd(ctx.resources, apiVersion, kind);
    if (!crd) return;
    const version = crd.versions.find((v) => v.name === versionOf(apiVersion));
    if (version?.served) {
      if (!version.deprecated) return;
      ctx.report({
        messageId: version.deprecationWarning ? 'deprecated' : 'deprecated-default',
        data: { apiVersion, kind, warning: version.deprecationWarning ?? '' },
        path: ['apiVersion'], at: 'value', severity: 'warning',
      });
      return;
    }
    const served = crd.versions.filter((v) => v.served).map((v) => `${groupOf(apiVersion)}/${v.name}`);
    const entry = entryOf(ctx.resource.node, 'apiVersion');
    const bundled = crd.bundled;
    ctx.report({
      messageId: served.length === 0 ? 'none-served' : bundled ? 'bundled-not-served' : 'not-served',
      data: { apiVersion, kind, served: served.join(', '), ...(bundled ? { project: bundled.name, upstream: bundled.upstream } : {}) },
      path: ['apiVersion'], at: 'value',
      ...(served.length === 1 && entry ? { fixes: [safeFix(served[0] as string, scalarEdit(ctx.text, entry.value, served[0] as string))] } : {}),
    });
  },
};
