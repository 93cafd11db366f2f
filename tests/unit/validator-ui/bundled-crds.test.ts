// The worker's loader of the bundled CRDs: one loader per project of the index, and only the projects a
// paste names are loaded.
import { describe, expect, it } from 'vitest';
import { bundledCrdIndex } from '../../../src/lib/k8s/bundled-crd-index.ts';
import { inputNeeds, loadedProjectsFor, loadInputNeeds, loadProjectsFor, PROJECT_LOADERS } from '../../../src/scripts/validator/bundled-crds.ts';

describe('worker loader of the bundled CRDs', () => {
  it('has a loader for every project of the index, and no other', () => {
    expect(Object.keys(PROJECT_LOADERS).sort()).toEqual(bundledCrdIndex.projects.map((p) => p.id).sort());
  });

  it('loads the projects a paste names, once, and nothing for a paste that names none', async () => {
    const route = 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\n';
    expect(loadedProjectsFor('apiVersion: v1\nkind: Pod\n')).toEqual([]);
    expect(loadedProjectsFor(route)).toBeUndefined();
    expect((await loadProjectsFor(route)).map((p) => p.id)).toEqual(['gateway-api']);
    expect(loadedProjectsFor(route)?.map((p) => p.id)).toEqual(['gateway-api']);
    // flux is still not loaded: only what was named
    expect(loadedProjectsFor('apiVersion: kustomize.toolkit.fluxcd.io/v1\n')).toBeUndefined();
  });

  it('one scan says which projects a paste names, which are loaded, and whether it is ready', async () => {
    const certificate = 'apiVersion: cert-manager.io/v1\nkind: Certificate\n';
    expect(inputNeeds('apiVersion: v1\nkind: Pod\n')).toEqual({ ids: [], projects: [], cel: false, ready: true });
    const needs = inputNeeds(certificate);
    expect(needs).toMatchObject({ ids: ['cert-manager'], projects: [], ready: false });
    expect((await loadInputNeeds(needs)).map((p) => p.id)).toEqual(['cert-manager']);
    expect(inputNeeds(certificate)).toMatchObject({ ids: ['cert-manager'], ready: true });
    expect(inputNeeds(certificate).projects.map((p) => p.id)).toEqual(['cert-manager']);
  });
});
