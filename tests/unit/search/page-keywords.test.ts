// The hidden search keywords of kind and reference pages, built-in and bundled.
import { describe, expect, it } from 'vitest';
import { searchKeywordsFor } from '../../../src/lib/search/page-keywords.ts';

describe('page keywords', () => {
  it("give a built-in kind's page its names and its reference page its spec paths", () => {
    expect(searchKeywordsFor('/en/kinds/deployment/')?.words).toEqual(expect.arrayContaining(['Deployment', 'deployments', 'deploy']));
    expect(searchKeywordsFor('/ko/reference/deployment/')?.words).toContain('spec.replicas');
  });

  it("give a bundled kind's page its kind, plural and short names", () => {
    const words = searchKeywordsFor('/ko/kinds/servicemonitor.monitoring.coreos.com/')?.words;
    expect(words).toEqual(['ServiceMonitor', 'servicemonitors', 'smon']);
  });

  it("give a bundled kind's reference page the paths of its spec fields, from the bundled types", () => {
    const words = searchKeywordsFor('/en/reference/httproute.gateway.networking.k8s.io/')?.words;
    expect(words).toEqual(expect.arrayContaining(['spec.parentRefs', 'spec.hostnames', 'spec.rules']));
    // a bundled kind's container lists are named, their fields left to the Pod's page
    const prometheus = searchKeywordsFor('/en/reference/prometheus.monitoring.coreos.com/')?.words;
    expect(prometheus).toContain('spec.containers');
    expect(prometheus).not.toContain('spec.containers.image');
    expect(searchKeywordsFor('/en/reference/pod/')?.words).toContain('spec.containers.image');
  });

  it('give other pages none', () => {
    expect(searchKeywordsFor('/en/kinds/')).toBeUndefined();
    expect(searchKeywordsFor('/en/kinds/nothing.example.com/')).toBeUndefined();
    expect(searchKeywordsFor('/en/guide/pods/')).toBeUndefined();
  });
});
