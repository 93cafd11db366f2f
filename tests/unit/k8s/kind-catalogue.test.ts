// The curated kind catalogue (content/kinds/*.yaml) must agree with the
// generated API data: one file per served kind, nothing invented, removed
// versions as in removed-apis.ts, and every example accepted by the schema.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { catalogueEntries } from '../../../src/lib/k8s/kind-catalogue.ts';
import { REMOVED_APIS } from '../../../src/lib/k8s/removed-apis.ts';
import { checkManifest } from './manifest-check.ts';

const dir = join(import.meta.dirname, '..', '..', '..', 'content', 'kinds');
const CATEGORIES = ['workloads', 'service-networking', 'config-storage', 'cluster', 'rbac', 'custom-resources', 'other'];

interface KindFile {
  kind: string;
  group: string;
  preferredVersion: string;
  plural: string;
  shortNames: string[];
  namespaced: boolean;
  category: string;
  ko: { name: string; summary: string };
  en: { summary: string };
  removed: Array<{ apiVersion: string; removedIn: string; replacement: string | null }>;
  example: string;
}

const files: string[] = readdirSync(dir)
  .filter((f: string) => f.endsWith('.yaml'))
  .sort();
const load = (file: string) => yaml.load(readFileSync(join(dir, file), 'utf8')) as KindFile;
const entries = catalogueEntries(apiSchema);
const entryOf = (file: string) => entries.find((e) => e.fileName === file);
const apiVersionOf = (group: string, version: string) => (group ? `${group}/${version}` : version);

/** English plural the way the API server forms resource names from kinds. */
function pluralOf(kind: string): string {
  const k = kind.toLowerCase();
  if (k.endsWith('ss') || k.endsWith('us')) return `${k}es`;
  if (/[^aeiou]y$/.test(k)) return `${k.slice(0, -1)}ies`;
  if (k.endsWith('s')) return k; // Endpoints is already plural
  return `${k}s`;
}

describe('kind catalogue', () => {
  it('has exactly one file per catalogued kind', () => {
    expect(files).toEqual(entries.map((e) => e.fileName));
  });

  describe.each(files)('%s', (file: string) => {
    const data = load(file);
    const entry = entryOf(file);

    it('names the kind and group of its file', () => {
      expect(entry).toBeDefined();
      expect(data.kind).toBe(entry?.kind);
      expect(data.group).toBe(entry?.group);
    });

    it('has well-formed facts', () => {
      expect(entry?.versions).toContain(data.preferredVersion);
      expect(CATEGORIES).toContain(data.category);
      expect(data.plural).toBe(pluralOf(data.kind));
      expect(Array.isArray(data.shortNames)).toBe(true);
      for (const s of data.shortNames) expect(s).toMatch(/^[a-z]+$/);
      expect(typeof data.namespaced).toBe('boolean');
    });

    it('has a summary in both languages', () => {
      expect(data.ko.name.length).toBeGreaterThan(0);
      for (const summary of [data.ko.summary, data.en.summary]) {
        expect(summary.length).toBeGreaterThan(80);
        expect(summary).not.toMatch(/TODO|TBD|lorem/i);
      }
      expect(data.en.summary.split(/[.!?](\s|$)/).filter((s) => s.trim()).length).toBeGreaterThanOrEqual(2);
    });

    it('lists the removed versions of the deprecation guide', () => {
      const expected = REMOVED_APIS.filter(
        (r) => r.kind === data.kind && r.replacement !== null && r.replacement.replace(/\/?[^/]+$/, '') === data.group,
      ).map(({ apiVersion, removedIn, replacement }) => ({ apiVersion, removedIn, replacement }));
      const sort = (list: KindFile['removed']) => [...list].sort((a, b) => a.apiVersion.localeCompare(b.apiVersion));
      expect(sort(data.removed ?? [])).toEqual(sort(expected));
    });

    it('has an example the schema accepts', () => {
      const doc = yaml.load(data.example) as { apiVersion: string; kind: string };
      expect(doc.apiVersion).toBe(apiVersionOf(data.group, data.preferredVersion));
      expect(doc.kind).toBe(data.kind);
      expect(checkManifest(doc, apiSchema)).toEqual([]);
    });
  });
});

describe('kind catalogue facts', () => {
  const byFile = new Map<string, KindFile>(files.map((f) => [f, load(f)]));
  const get = (file: string) => {
    const data = byFile.get(file);
    if (!data) throw new Error(`${file} is missing`);
    return data;
  };

  it.each([
    ['pod', ['po']],
    ['service', ['svc']],
    ['deployment', ['deploy']],
    ['replicaset', ['rs']],
    ['statefulset', ['sts']],
    ['daemonset', ['ds']],
    ['cronjob', ['cj']],
    ['ingress', ['ing']],
    ['configmap', ['cm']],
    ['persistentvolume', ['pv']],
    ['persistentvolumeclaim', ['pvc']],
    ['storageclass', ['sc']],
    ['namespace', ['ns']],
    ['node', ['no']],
    ['serviceaccount', ['sa']],
    ['horizontalpodautoscaler', ['hpa']],
    ['poddisruptionbudget', ['pdb']],
    ['networkpolicy', ['netpol']],
    ['endpoints', ['ep']],
    ['customresourcedefinition', ['crd', 'crds']],
    ['certificatesigningrequest', ['csr']],
    ['event', ['ev']],
    ['limitrange', ['limits']],
    ['resourcequota', ['quota']],
    ['replicationcontroller', ['rc']],
    ['priorityclass', ['pc']],
    ['ingressclass', []],
    ['secret', []],
    ['job', []],
  ])('%s has the short names %j', (name, shortNames) => {
    expect(get(`${name}.yaml`).shortNames).toEqual(shortNames);
  });

  it('prefers autoscaling/v2 for HorizontalPodAutoscaler', () => {
    expect(get('horizontalpodautoscaler.yaml').preferredVersion).toBe('v2');
  });

  it('says that Endpoints is deprecated in favour of EndpointSlice', () => {
    const endpoints = get('endpoints.yaml');
    expect(endpoints.en.summary).toMatch(/deprecated/i);
    expect(endpoints.en.summary).toContain('EndpointSlice');
    expect(endpoints.ko.summary).toContain('엔드포인트슬라이스');
  });

  it.each([
    ['pod', '파드'],
    ['service', '서비스'],
    ['deployment', '디플로이먼트'],
    ['configmap', '컨피그맵'],
    ['poddisruptionbudget', 'PodDisruptionBudget'],
    ['horizontalpodautoscaler', 'Horizontal Pod Autoscaler'],
    ['certificatesigningrequest', 'CertificateSigningRequest'],
  ])('%s uses the official Korean term %s', (name, term) => {
    expect(get(`${name}.yaml`).ko.name).toBe(term);
  });
});
