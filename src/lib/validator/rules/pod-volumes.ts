// Pod volumes as ValidateVolumes, validateVolumeSource and the per-source functions check them
// (pkg/apis/core/validation/validation.go): DNS-label names used once, exactly one source, and for the
// sources a manifest commonly uses, their required fields, file modes and paths.
// https://kubernetes.io/docs/concepts/storage/volumes/
import type { PathSegment, ResourceRule, RuleContext } from '../types.ts';
import { isDnsLabel } from '../names.ts';
import { hasBackstep, LOCAL_PATH_MESSAGES, localPathProblem } from '../api-formats.ts';
import { mappingsOf, record, text } from '../pod-spec.ts';
import { podSpecOf } from '../workload.ts';
import { quantityValue } from '../schema/formats.ts';
import { display } from '../display.ts';
import { DOWNWARD_MESSAGES, downwardFieldProblem, resourceFieldProblem } from '../downward-api.ts';

const VOLUME_TYPE = 'io.k8s.api.core.v1.Volume';
/** the one field a volume has besides its source */
const NOT_A_SOURCE = 'name';
const PROJECTION_SOURCES = ['secret', 'configMap', 'downwardAPI', 'serviceAccountToken', 'clusterTrustBundle', 'podCertificate'];
const MAX_FILE_MODE = 0o777;

export const podVolumes: ResourceRule = {
  id: 'pod-volumes',
  severity: 'error',
  category: 'semantics',
  messages: {
    'name-required': { ko: '볼륨 이름이 비어 있다.', en: 'The volume name is empty.' },
    'name-format': {
      ko: '볼륨 이름 {name|은} DNS 레이블(소문자, 숫자, -로 63자 이하)이어야 한다.',
      en: 'The volume name {name} must be a DNS label: at most 63 lower-case letters, digits and -.',
    },
    'name-duplicate': { ko: '볼륨 이름 {name|이} 이 파드에서 중복된다.', en: 'The volume name {name} is used twice in this Pod.' },
    'no-source': {
      ko: '볼륨 {name}에 종류(emptyDir, configMap, persistentVolumeClaim 등)가 없다.',
      en: 'Volume {name} has no type (emptyDir, configMap, persistentVolumeClaim, ...).',
    },
    'several-sources': {
      ko: '볼륨 {name}에 종류가 여러 개({sources}) 있다. 볼륨 하나에는 하나만 쓸 수 있다.',
      en: 'Volume {name} has several types ({sources}); a volume takes exactly one.',
    },
    required: { ko: '{field|가} 비어 있다.', en: '{field} is empty.' },
    mode: {
      ko: '{field} {value|는} 0에서 0777(8진수, 10진수로 511) 사이여야 한다. 8진수는 0644처럼 0으로 시작해 쓰자.',
      en: '{field} {value} must be between 0 and 0777 octal (511 decimal); write octal with a leading 0, as in 0644.',
    },
    'nfs-absolute': { ko: 'nfs.path {value|는} 절대 경로여야 한다.', en: 'nfs.path {value} must be an absolute path.' },
    'size-limit': { ko: 'emptyDir.sizeLimit {value|는} 음수일 수 없다.', en: 'emptyDir.sizeLimit {value} cannot be negative.' },
    'downward-source': {
      ko: 'downwardAPI 항목에는 fieldRef와 resourceFieldRef 중 정확히 하나가 있어야 한다.',
      en: 'A downwardAPI item needs exactly one of fieldRef and resourceFieldRef.',
    },
    'container-name': {
      ko: '볼륨의 resourceFieldRef에는 containerName이 필요하다.',
      en: 'A resourceFieldRef in a volume needs containerName.',
    },
    'projection-sources': {
      ko: 'projected 볼륨의 sources 항목 하나에는 종류를 하나만 쓸 수 있다({sources}).',
      en: 'One item of a projected volume\'s sources takes exactly one type ({sources}).',
    },
    'projection-path': {
      ko: '경로 {path|가} projected 볼륨 안에서 두 번 쓰인다.',
      en: 'The path {path} is used twice in the projected volume.',
    },
    'token-expiration': {
      ko: 'serviceAccountToken.expirationSeconds {value|는} 600(10분)에서 4294967296 사이여야 한다.',
      en: 'serviceAccountToken.expirationSeconds {value} must be between 600 (10 minutes) and 4294967296.',
    },
    'trust-bundle': {
      ko: 'clusterTrustBundle에는 name과 signerName 중 정확히 하나를 쓰자. name을 쓰면 labelSelector는 쓸 수 없다.',
      en: 'clusterTrustBundle takes exactly one of name and signerName, and no labelSelector with name.',
    },
    'ephemeral-claim': {
      ko: '클레임 {claim|은} 이 파드의 임시(ephemeral) 볼륨이 만드는 퍼시스턴트볼륨클레임이다. persistentVolumeClaim으로 가리킬 수 없다.',
      en: 'The claim {claim} is the PersistentVolumeClaim this Pod\'s ephemeral volume creates; persistentVolumeClaim cannot refer to it.',
    },
    ...LOCAL_PATH_MESSAGES,
    ...DOWNWARD_MESSAGES,
  },
  docs: {
    summary: { ko: '볼륨의 이름, 종류, 항목 경로와 파일 모드를 확인한다.', en: 'Checks volume names, types, item paths and file modes.' },
    why: {
      ko: '볼륨은 DNS 레이블 이름 하나와 종류 하나를 가진다. 컨피그맵과 시크릿 볼륨의 items는 key와 상대 경로(path)가 필요하고, 파일 모드는 0에서 0777(8진수) 사이다. 10진수 644를 쓰면 0777보다 커서 API 서버가 거부한다.',
      en: 'A volume has one DNS-label name and one type. Items of ConfigMap and Secret volumes need a key and a relative path, and file modes lie between 0 and 0777 octal: a decimal 644 is above 0777 and the API server rejects it.',
    },
    fix: {
      ko: '볼륨마다 종류를 하나만 두고, 모드는 0644처럼 8진수로 쓰고, items의 path는 상대 경로로 쓰자.',
      en: 'Keep one type per volume, write modes in octal (0644), and use relative item paths.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n  volumes:\n  - name: config\n    configMap:\n      name: web\n      defaultMode: 644\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n  volumes:\n  - name: config\n    configMap:\n      name: web\n      defaultMode: 0644\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    if (!at) return;
    const known = ctx.schema?.types[VOLUME_TYPE]?.fields;
    const names = new Set<string>();
    const volumes = mappingsOf(at.spec.volumes);
    for (const { index, item: volume } of volumes) {
      const path = [...at.path, 'volumes', index];
      const name = text(volume, 'name');
      if (name === '') ctx.report({ messageId: 'name-required', path: [...path, 'name'], at: 'value' });
      else if (name !== undefined && !isDnsLabel(name)) ctx.report({ messageId: 'name-format', data: { name }, path: [...path, 'name'], at: 'value' });
      else if (name !== undefined && names.has(name)) ctx.report({ messageId: 'name-duplicate', data: { name }, path: [...path, 'name'], at: 'value' });
      if (name !== undefined) names.add(name);
      // unknown keys are the schema rule's to report; without API data every other key counts
      const sources = Object.keys(volume).filter((key) => key !== NOT_A_SOURCE && volume[key] !== null && (!known || Object.hasOwn(known, key)));
      const shown = name ?? String(index);
      if (sources.length === 0) ctx.report({ messageId: 'no-source', data: { name: shown }, path });
      else if (sources.length > 1) ctx.report({ messageId: 'several-sources', data: { name: shown, sources: sources.join(', ') }, path: [...path, sources[1] as string] });
      for (const source of sources) checkSource(ctx, source, record(volume, source), [...path, source]);
    }
    if (ctx.resource.kind === 'Pod' && ctx.resource.name !== '') checkEphemeralClaims(ctx, volumes, [...at.path, 'volumes']);
  },
};

function checkSource(ctx: RuleContext, source: string, value: Record<string, unknown> | undefined, path: PathSegment[]): void {
  if (!value) return;
  const required = (field: string): void => {
    if (value[field] === undefined || value[field] === null || value[field] === '') ctx.report({ messageId: 'required', data: { field: `${source}.${field}` }, path: [...path, field] });
  };
  checkMode(ctx, value, 'defaultMode', `${source}.defaultMode`, path);
  switch (source) {
    case 'emptyDir': {
      const size = quantityValue(value.sizeLimit);
      if (size !== undefined && size < 0) ctx.report({ messageId: 'size-limit', data: { value: display(value.sizeLimit) }, path: [...path, 'sizeLimit'], at: 'value' });
      break;
    }
    case 'hostPath': {
      required('path');
      const hostPath = text(value, 'path');
      if (hostPath && hasBackstep(hostPath)) ctx.report({ messageId: 'path-backstep', data: { field: 'hostPath.path', value: hostPath }, path: [...path, 'path'], at: 'value' });
      break;
    }
    case 'gitRepo':
      required('repository');
      checkLocalPath(ctx, text(value, 'directory'), 'gitRepo.directory', [...path, 'directory'], false);
      break;
    case 'secret':
      required('secretName');
      checkItems(ctx, value, path, new Map());
      break;
    case 'configMap':
      required('name');
      checkItems(ctx, value, path, new Map());
      break;
    case 'persistentVolumeClaim':
      required('claimName');
      break;
    case 'nfs': {
      required('server');
      required('path');
      const nfsPath = text(value, 'path');
      if (nfsPath && !nfsPath.startsWith('/')) ctx.report({ messageId: 'nfs-absolute', data: { value: nfsPath }, path: [...path, 'path'], at: 'value' });
      break;
    }
    case 'downwardAPI':
      checkDownwardItems(ctx, value, path, new Map());
      break;
    case 'projected':
      checkProjected(ctx, value, path);
      break;
    case 'ephemeral':
      required('volumeClaimTemplate');
      break;
  }
}

function checkMode(ctx: RuleContext, holder: Record<string, unknown>, key: string, field: string, path: PathSegment[]): void {
  const mode = holder[key];
  if (typeof mode === 'number' && (mode < 0 || mode > MAX_FILE_MODE)) ctx.report({ messageId: 'mode', data: { field, value: mode }, path: [...path, key], at: 'value' });
}

function checkLocalPath(ctx: RuleContext, value: string | undefined, field: string, path: PathSegment[], nonReserved: boolean): void {
  if (!value) return;
  const problem = localPathProblem(value, nonReserved);
  if (problem) ctx.report({ messageId: `path-${problem}`, data: { field, value }, path, at: 'value' });
}

/** A file path inside a volume: required, relative, and once per projected volume (`seen`). */
function checkFilePath(ctx: RuleContext, item: Record<string, unknown>, path: PathSegment[], seen: Map<string, true>): void {
  const filePath = text(item, 'path');
  if (filePath === '') ctx.report({ messageId: 'required', data: { field: 'path' }, path: [...path, 'path'], at: 'value' });
  checkLocalPath(ctx, filePath, 'path', [...path, 'path'], true);
  if (!filePath) return;
  if (seen.has(filePath)) ctx.report({ messageId: 'projection-path', data: { path: filePath }, path: [...path, 'path'], at: 'value' });
  seen.set(filePath, true);
  checkMode(ctx, item, 'mode', 'mode', path);
}

/** validateKeyToPath over a ConfigMap's or Secret's items. */
function checkItems(ctx: RuleContext, source: Record<string, unknown>, path: PathSegment[], seen: Map<string, true>): void {
  for (const { index, item } of mappingsOf(source.items)) {
    const itemPath = [...path, 'items', index];
    if (item.key === '') ctx.report({ messageId: 'required', data: { field: 'key' }, path: [...itemPath, 'key'], at: 'value' });
    checkFilePath(ctx, item, itemPath, seen);
  }
}

function checkDownwardItems(ctx: RuleContext, source: Record<string, unknown>, path: PathSegment[], seen: Map<string, true>): void {
  for (const { index, item } of mappingsOf(source.items)) {
    const itemPath = [...path, 'items', index];
    checkFilePath(ctx, item, itemPath, seen);
    const fieldRef = record(item, 'fieldRef');
    const resourceRef = record(item, 'resourceFieldRef');
    if (!fieldRef === !resourceRef) ctx.report({ messageId: 'downward-source', path: itemPath });
    const fieldProblem = fieldRef && downwardFieldProblem(fieldRef, 'volume');
    if (fieldProblem) ctx.report({ messageId: fieldProblem.messageId, data: fieldProblem.data, path: [...itemPath, 'fieldRef', fieldProblem.field], at: 'value' });
    if (!resourceRef) continue;
    if (!text(resourceRef, 'containerName')) ctx.report({ messageId: 'container-name', path: [...itemPath, 'resourceFieldRef', 'containerName'] });
    const resourceProblem = resourceFieldProblem(resourceRef);
    if (resourceProblem) ctx.report({ messageId: resourceProblem.messageId, data: resourceProblem.data, path: [...itemPath, 'resourceFieldRef', resourceProblem.field], at: 'value' });
  }
}

/** validateProjectionSources: one type per source, and every file path once across all of them. */
function checkProjected(ctx: RuleContext, projected: Record<string, unknown>, path: PathSegment[]): void {
  const seen = new Map<string, true>();
  for (const { index, item: source } of mappingsOf(projected.sources)) {
    const sourcePath = [...path, 'sources', index];
    const kinds = PROJECTION_SOURCES.filter((key) => source[key] !== undefined && source[key] !== null);
    if (kinds.length > 1) ctx.report({ messageId: 'projection-sources', data: { sources: kinds.join(', ') }, path: [...sourcePath, kinds[1] as string] });
    for (const kind of ['secret', 'configMap']) {
      const ref = record(source, kind);
      if (!ref) continue;
      if (!text(ref, 'name')) ctx.report({ messageId: 'required', data: { field: `${kind}.name` }, path: [...sourcePath, kind, 'name'] });
      checkItems(ctx, ref, [...sourcePath, kind], seen);
    }
    const downward = record(source, 'downwardAPI');
    if (downward) checkDownwardItems(ctx, downward, [...sourcePath, 'downwardAPI'], seen);
    const token = record(source, 'serviceAccountToken');
    if (token) {
      const expiration = token.expirationSeconds;
      if (typeof expiration === 'number' && (expiration < 600 || expiration > 2 ** 32)) {
        ctx.report({ messageId: 'token-expiration', data: { value: expiration }, path: [...sourcePath, 'serviceAccountToken', 'expirationSeconds'], at: 'value' });
      }
      checkFilePath(ctx, token, [...sourcePath, 'serviceAccountToken'], seen);
    }
    const bundle = record(source, 'clusterTrustBundle');
    if (bundle) {
      const byName = typeof bundle.name === 'string';
      if (byName === (typeof bundle.signerName === 'string') || (byName && bundle.labelSelector != null)) {
        ctx.report({ messageId: 'trust-bundle', path: [...sourcePath, 'clusterTrustBundle'] });
      }
      checkFilePath(ctx, bundle, [...sourcePath, 'clusterTrustBundle'], seen);
    }
  }
}

/** A Pod's ephemeral volume creates the claim <pod>-<volume>; a persistentVolumeClaim may not name it. */
function checkEphemeralClaims(ctx: RuleContext, volumes: ReturnType<typeof mappingsOf>, path: PathSegment[]): void {
  const created = new Set(volumes.filter(({ item }) => record(item, 'ephemeral')).map(({ item }) => `${ctx.resource.name}-${text(item, 'name') ?? ''}`));
  for (const { index, item } of volumes) {
    const claim = text(record(item, 'persistentVolumeClaim'), 'claimName');
    if (claim && created.has(claim)) ctx.report({ messageId: 'ephemeral-claim', data: { claim }, path: [...path, index, 'persistentVolumeClaim', 'claimName'], at: 'value' });
  }
}
