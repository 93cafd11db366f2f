// Fields behind a feature gate that is not GA in the pinned release (issue 11.2): the API server
// drops such a field from the object it stores when the gate is off ("dropDisabledFields" in the
// registry strategies), with no error and no warning, so the manifest applies and the setting never
// takes effect. Off by default (alpha, and the few beta gates shipped off) → warning; on by default
// (most beta gates) → info, since a cluster can still turn the gate off.
//
// The data (src/lib/k8s/field-stages.ts) is 1.36's: the upstream descriptions of 1.36 name the gate
// and the 1.36 feature gate table says its state. A check against another release
// (ctx.schema.kubernetesVersion, the command line's --release) says nothing: a gate's stage and
// default move from release to release (PodLevelResources was alpha and off in 1.33, beta and on in
// 1.34), and we have no description or gate table for the others.
//
// Category api: it is about what the API server does with the field, not a matter of taste; it runs
// with best practices off too.
import type { ResourceRule, PathSegment } from '../types.ts';
import type { ApiSchema, ApiShape } from '../../k8s/types.ts';
import { fieldStage, fieldStages } from '../../k8s/field-stages.ts';
import { objectRef } from '../../k8s/shapes.ts';
import { findKind } from '../schema/index-kinds.ts';
import type { YNode } from '../yaml/node.ts';

/**
 * Whether a gated field can be reached from a type, so the walk skips every other branch. Found on
 * demand, down from the types a resource reaches: the command line parses a type of its packed API
 * data only when a check first reads it (cli/packed-schema.ts), so no walk over every type.
 */
const reachCache = new WeakMap<ApiSchema, Map<string, boolean>>();
/** 1: a gated field can be reached; 0: none can; 2: none found yet, but it leaned on a type still being visited */
function leadsToGated(schema: ApiSchema, known: Map<string, boolean>, key: string, onPath: Set<string>): number {
  const cached = known.get(key);
  if (cached !== undefined) return +cached;
  if (Object.hasOwn(fieldStages.fields, key)) {
    known.set(key, true);
    return 1;
  }
  // a type being visited further up (JSONSchemaProps in itself): no answer yet from this path
  if (onPath.has(key)) return 2;
  onPath.add(key);
  let answer = 0;
  for (const field of Object.values(schema.types[key]?.fields ?? {})) {
    const ref = objectRef(field.shape);
    if (ref === undefined) continue;
    const below = leadsToGated(schema, known, ref, onPath);
    if (below === 1) {
      answer = 1;
      break;
    }
    answer |= below;
  }
  onPath.delete(key);
  // a "no" that leaned on a type still being visited may change once that one is answered
  if (answer !== 2 || onPath.size === 0) known.set(key, answer === 1);
  return answer;
}

/**
 * The reach question for one schema. A type asked before is one map lookup with no allocation (the
 * walk asks for every object it enters); a top-level walk always stores its answer, so each type
 * is walked once per schema.
 */
function reachesIn(schema: ApiSchema): (key: string) => boolean {
  const known = reachCache.get(schema) ?? new Map<string, boolean>();
  reachCache.set(schema, known);
  return (key) => known.get(key) ?? leadsToGated(schema, known, key, new Set()) === 1;
}

export const featureGatedField: ResourceRule = {
  id: 'feature-gated-field',
  severity: 'warning',
  category: 'api',
  needsSchema: true,
  messages: {
    'alpha-off': {
      ko: '{field|는} 쿠버네티스 {version}의 알파 필드다. {gate} 기능 게이트를 켜지 않은 API 서버는 이 필드를 아무 말 없이 버린다.',
      en: '{field} is an alpha field of Kubernetes {version}: the API server drops it silently unless the {gate} feature gate is on.',
    },
    'beta-off': {
      ko: '{field|는} 쿠버네티스 {version}의 베타 필드인데, {gate} 기능 게이트가 기본으로 꺼져 있다. 게이트를 켜지 않은 API 서버는 이 필드를 아무 말 없이 버린다.',
      en: '{field} is a beta field of Kubernetes {version} whose {gate} feature gate is off by default: the API server drops it silently unless the gate is on.',
    },
    'beta-on': {
      ko: '{field|는} 쿠버네티스 {version}의 베타 필드다. {gate} 기능 게이트가 기본으로 켜져 있어 받아들여지지만, 게이트를 끈 클러스터의 API 서버는 이 필드를 아무 말 없이 버린다.',
      en: '{field} is a beta field of Kubernetes {version}: its {gate} feature gate is on by default, but a cluster that turns the gate off drops the field silently.',
    },
    // a field behind several gates (the DRA binding conditions): it needs every one of them
    'alpha-off-gates': {
      ko: '{field|는} 쿠버네티스 {version}의 알파 필드다. 기능 게이트 {gate|을} 모두 켜지 않은 API 서버는 이 필드를 아무 말 없이 버린다.',
      en: '{field} is an alpha field of Kubernetes {version}: the API server drops it silently unless the feature gates {gate} are all on.',
    },
    'beta-off-gates': {
      ko: '{field|는} 쿠버네티스 {version}의 베타 필드인데, 기능 게이트 {gate} 중 기본으로 꺼진 것이 있다. 모두 켜지 않은 API 서버는 이 필드를 아무 말 없이 버린다.',
      en: '{field} is a beta field of Kubernetes {version} whose feature gates {gate} are not all on by default: the API server drops it silently unless they all are.',
    },
    'beta-on-gates': {
      ko: '{field|는} 쿠버네티스 {version}의 베타 필드다. 기능 게이트 {gate|가} 모두 기본으로 켜져 있어 받아들여지지만, 그중 하나라도 끈 클러스터의 API 서버는 이 필드를 아무 말 없이 버린다.',
      en: '{field} is a beta field of Kubernetes {version}: its feature gates {gate} are on by default, but a cluster that turns one off drops the field silently.',
    },
  },
  docs: {
    summary: {
      ko: '알파·베타 기능 게이트 뒤에 있는 필드를 알린다.',
      en: 'Points out fields behind an alpha or beta feature gate.',
    },
    why: {
      ko: '기능 게이트가 꺼진 API 서버는 그 게이트 뒤의 필드를 오류도 경고도 없이 버리고 오브젝트를 저장한다. 매니페스트는 적용되지만 설정은 끝내 적용되지 않는다. 알파 게이트는 언제나 기본으로 꺼져 있고, 베타 게이트는 대개 켜져 있지만 꺼진 채 나온 것도 있다. 쿠버네티스 1.36의 필드 설명과 기능 게이트 표로 판단하므로 다른 버전으로 검사할 때는 알리지 않는다.',
      en: 'An API server whose feature gate is off drops the fields behind that gate and stores the object with no error and no warning: the manifest applies, the setting never does. Alpha gates are always off by default; beta gates are usually on, but some ship off. The judgement rests on the field descriptions and feature gates of Kubernetes 1.36, so a check against another release says nothing.',
    },
    fix: {
      ko: '클러스터에서 그 기능 게이트가 켜져 있는지 확인하자(kube-apiserver --feature-gates). 켤 수 없다면 필드를 빼고 같은 일을 하는 GA 방법을 쓰자.',
      en: 'Check that the cluster has the feature gate on (kube-apiserver --feature-gates); if it cannot, drop the field and reach the same end with GA fields.',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db\n  selector:\n    matchLabels:\n      app: db\n  updateStrategy:\n    type: RollingUpdate\n    rollingUpdate:\n      maxUnavailable: 2\n  template:\n    metadata:\n      labels:\n        app: db\n    spec:\n      containers:\n      - name: db\n        image: postgres:17.2\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db\n  selector:\n    matchLabels:\n      app: db\n  updateStrategy:\n    type: RollingUpdate\n  template:\n    metadata:\n      labels:\n        app: db\n    spec:\n      containers:\n      - name: db\n        image: postgres:17.2\n',
  },
  check(ctx) {
    const { schema, resource } = ctx;
    if (!schema || schema.kubernetesVersion !== fieldStages.kubernetesVersion) return;
    const kind = findKind(schema, resource.apiVersion, resource.kind);
    if (!kind) return;
    const version = schema.kubernetesVersion;
    const reaches = reachesIn(schema);
    const path: PathSegment[] = [];
    const visitType = (typeKey: string, node: YNode): void => {
      const type = schema.types[typeKey];
      if (!type || node.kind !== 'map') return;
      // whether the type has gated fields at all, asked once per object rather than once per key
      const gated = Object.hasOwn(fieldStages.fields, typeKey);
      const pairs = node.children ?? [];
      for (let i = 0; i + 1 < pairs.length; i += 2) {
        const key = (pairs[i] as YNode).value;
        if (typeof key !== 'string' || !Object.hasOwn(type.fields, key)) continue;
        // status is the controllers' to write; the API server ignores it on create and apply
        if (node === resource.node && key === 'status') continue;
        const value = pairs[i + 1] as YNode;
        path.push(key);
        const stage = gated && value.value !== null ? fieldStage(typeKey, key) : undefined;
        if (stage) {
          const messageId = `${stage.onByDefault ? 'beta-on' : `${stage.stage}-off`}${stage.gates.length > 1 ? '-gates' : ''}`;
          ctx.report({
            messageId, path: [...path], at: 'key', data: { field: key, version, gate: stage.gates.join(', ') },
            ...(stage.onByDefault ? { severity: 'info' as const } : {}),
          });
        }
        visitShape(type.fields[key]!.shape, value);
        path.pop();
      }
    };
    const visitShape = (shape: ApiShape, node: YNode): void => {
      if (shape.t === 'object') {
        if (reaches(shape.ref)) visitType(shape.ref, node);
      } else if ((shape.t === 'array' || shape.t === 'map') && reaches(objectRef(shape) ?? '')) {
        const inner = shape.t === 'array' ? shape.items : shape.values;
        const children = node.children ?? [];
        if (shape.t === 'array' && node.kind === 'seq') {
          for (let index = 0; index < children.length; index += 1) {
            path.push(index);
            visitShape(inner, children[index]!);
            path.pop();
          }
        } else if (shape.t === 'map' && node.kind === 'map') {
          for (let i = 0; i + 1 < children.length; i += 2) {
            path.push(String(children[i]!.value));
            visitShape(inner, children[i + 1]!);
            path.pop();
          }
        }
      }
    };
    if (reaches(kind.type)) visitType(kind.type, resource.node);
  },
};
