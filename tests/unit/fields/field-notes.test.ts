import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { checkNotes, parseNotesFiles } from '../../../src/lib/reference/notes.ts';
import { shapeProblems } from './shape-check.ts';

// content/fields/<TypeName>.yaml holds the curated ko/en notes the manifest reference pages show
// next to the upstream description. These tests keep the notes tied to the generated API data of
// the pinned release, so a field renamed or removed upstream fails here instead of silently
// disappearing from the pages.
const dir = join('content', 'fields');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

interface Note {
  ko: unknown;
  en: unknown;
  example?: unknown;
}

const texts = Object.fromEntries(files.map((name) => [join(dir, name), readFileSync(join(dir, name), 'utf8')]));
const parsed = files.map((name) => ({
  name,
  doc: yaml.load(texts[join(dir, name)] ?? '') as { type?: unknown; fields?: Record<string, Note> },
}));

const notes = parsed.flatMap(({ name, doc }) =>
  Object.entries(doc.fields ?? {}).map(([field, note]) => ({ where: `${name} ${field}`, type: String(doc.type), field, note })),
);

// The fields the guide teaches (from the content brief): every one of them must have a note.
const mustCover: Record<string, string[]> = {
  'io.k8s.api.apps.v1.Deployment': ['apiVersion', 'kind'],
  'io.k8s.api.core.v1.Pod': ['apiVersion', 'kind'],
  'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta': ['name', 'namespace', 'labels', 'annotations', 'generateName', 'ownerReferences', 'finalizers', 'uid', 'resourceVersion'],
  'io.k8s.api.core.v1.PodSpec': ['containers', 'initContainers', 'restartPolicy', 'nodeSelector', 'volumes', 'hostNetwork', 'dnsPolicy', 'serviceAccountName', 'affinity', 'tolerations', 'securityContext', 'terminationGracePeriodSeconds', 'schedulerName', 'priorityClassName', 'topologySpreadConstraints', 'imagePullSecrets'],
  'io.k8s.api.core.v1.Container': ['name', 'image', 'imagePullPolicy', 'ports', 'env', 'envFrom', 'command', 'args', 'volumeMounts', 'resources', 'livenessProbe', 'readinessProbe', 'startupProbe', 'securityContext', 'workingDir', 'lifecycle'],
  'io.k8s.api.core.v1.Volume': ['name', 'emptyDir', 'hostPath', 'configMap', 'secret', 'persistentVolumeClaim', 'projected'],
  'io.k8s.api.core.v1.ContainerPort': ['containerPort'],
  'io.k8s.api.core.v1.EnvVar': ['name', 'value', 'valueFrom'],
  'io.k8s.api.core.v1.ResourceRequirements': ['requests', 'limits'],
  'io.k8s.api.core.v1.Probe': ['httpGet', 'tcpSocket', 'exec', 'grpc', 'initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'failureThreshold', 'successThreshold'],
  'io.k8s.api.apps.v1.DeploymentSpec': ['replicas', 'selector', 'template', 'strategy', 'revisionHistoryLimit', 'minReadySeconds', 'progressDeadlineSeconds'],
  'io.k8s.api.apps.v1.DeploymentStrategy': ['type', 'rollingUpdate'],
  'io.k8s.api.apps.v1.RollingUpdateDeployment': ['maxSurge', 'maxUnavailable'],
  'io.k8s.api.core.v1.ServiceSpec': ['type', 'selector', 'ports', 'clusterIP', 'externalTrafficPolicy', 'sessionAffinity'],
  'io.k8s.api.core.v1.ServicePort': ['port', 'targetPort', 'nodePort', 'protocol', 'name'],
  'io.k8s.api.networking.v1.IngressSpec': ['ingressClassName', 'rules', 'tls', 'defaultBackend'],
  'io.k8s.api.networking.v1.HTTPIngressPath': ['path', 'pathType', 'backend'],
  'io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerSpec': ['scaleTargetRef', 'minReplicas', 'maxReplicas', 'metrics', 'behavior'],
  'io.k8s.api.autoscaling.v2.MetricSpec': ['type', 'resource'],
  'io.k8s.api.core.v1.ConfigMap': ['data', 'binaryData', 'immutable'],
  'io.k8s.api.core.v1.Secret': ['data', 'stringData', 'type', 'immutable'],
  'io.k8s.api.core.v1.Toleration': ['key', 'operator', 'value', 'effect', 'tolerationSeconds'],
  'io.k8s.api.core.v1.Affinity': ['nodeAffinity', 'podAffinity', 'podAntiAffinity'],
  'io.k8s.api.core.v1.NodeAffinity': ['requiredDuringSchedulingIgnoredDuringExecution', 'preferredDuringSchedulingIgnoredDuringExecution'],
  'io.k8s.api.apps.v1.StatefulSetSpec': ['serviceName', 'volumeClaimTemplates', 'podManagementPolicy'],
  'io.k8s.api.batch.v1.JobSpec': ['backoffLimit', 'completions', 'parallelism', 'activeDeadlineSeconds', 'ttlSecondsAfterFinished'],
  'io.k8s.api.batch.v1.CronJobSpec': ['schedule', 'timeZone', 'concurrencyPolicy', 'jobTemplate', 'suspend'],
  'io.k8s.api.policy.v1.PodDisruptionBudgetSpec': ['minAvailable', 'maxUnavailable', 'selector'],
  'io.k8s.api.core.v1.PersistentVolumeClaimSpec': ['accessModes', 'resources', 'storageClassName'],
};

const hangul = /[\uac00-\ud7a3]/;

describe('field notes (content/fields)', () => {
  it.each(parsed.map((file) => [file.name, file] as const))('%s names an API type of the pinned release', (name, { doc }) => {
    expect(Object.keys(doc).sort()).toEqual(['fields', 'type']);
    expect(typeof doc.type).toBe('string');
    expect(apiSchema.types[doc.type as string], `type ${String(doc.type)}`).toBeDefined();
    // One file per type, named by the short type name, so the pages can find the file from the key.
    expect(name).toBe(`${String(doc.type).split('.').pop()}.yaml`);
    expect(Object.keys(doc.fields ?? {}).length).toBeGreaterThan(0);
  });

  it('load through the reference pages\' own parser and checks', () => {
    // The pages read these files with parseNotesFiles (zod); a shape it rejects would break the build.
    expect(checkNotes(parseNotesFiles(texts), apiSchema)).toEqual([]);
  });

  it('cover every field the guide teaches', () => {
    const have = new Set(notes.map((n) => `${n.type}#${n.field}`));
    const missing = Object.entries(mustCover).flatMap(([type, fields]) =>
      fields.filter((field) => !have.has(`${type}#${field}`)).map((field) => `${type}#${field}`),
    );
    expect(missing).toEqual([]);
  });

  it.each(notes.map((n) => [n.where, n] as const))('%s', (_where, { type, field, note }) => {
    expect(apiSchema.types[type]?.fields[field], `${field} is not a field of ${type}`).toBeDefined();
    expect(Object.keys(note).filter((key) => !['ko', 'en', 'example'].includes(key))).toEqual([]);

    expect(typeof note.ko).toBe('string');
    expect(typeof note.en).toBe('string');
    const ko = (note.ko as string).trim();
    const en = (note.en as string).trim();
    expect(ko.length).toBeGreaterThan(20);
    expect(en.length).toBeGreaterThan(20);
    // Catches a swapped or untranslated pair.
    expect(ko).toMatch(hangul);
    expect(en).not.toMatch(hangul);
    // Korean house style: 평어체, no honorifics; 레이블 not 라벨, 파드 not 포드 (terminology-ko.md).
    expect(ko).not.toMatch(/습니다|세요|해요|이에요|예요/);
    expect(ko).not.toMatch(/라벨|포드/);
    // A kind's English goes in brackets right after the Korean word: 스테이트풀셋(StatefulSet), no space.
    expect(ko).not.toMatch(/[\uac00-\ud7a3] \([A-Z][A-Za-z]+\)/);
    // A folded line that ends on a middle dot leaves "A· B"; the dot joins words without spaces.
    expect(ko).not.toMatch(/· /);

    if (note.example !== undefined) {
      expect(typeof note.example).toBe('string');
      const example = yaml.load(note.example as string);
      // An example shows the field in context: a fragment rooted at this type that uses the field.
      expect(example).toBeTypeOf('object');
      expect(Object.keys(example as object)).toContain(field);
      expect(shapeProblems(example, type, apiSchema)).toEqual([]);
    }
  });
});
