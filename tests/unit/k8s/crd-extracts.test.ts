// The upstream CRD extracts (src/lib/k8s/generate/crd-extracts/) against what else claims the same
// facts: the curated kind files (content/crd-kinds/: plural, short names, scope), the validator's CEL
// engine (every rule compiles, or calls a function we list as lacking), and the packages' releases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRD_PACKAGES } from '../../../src/lib/k8s/generate/crd-packages.ts';
import { readExtract } from '../../../src/lib/k8s/generate/crd-extracts.ts';
import type { CrdExtract } from '../../../src/lib/k8s/generate/extract-crd.ts';
import type { CrdUpstream } from '../../../src/lib/k8s/generate/crd-upstream.ts';
import { compileExpression } from '../../../src/lib/validator/cel/compile.ts';
import { crdCatalog } from '../../../src/lib/catalog/crd-load.ts';
import { bundledCrdIndex } from '../../../src/lib/k8s/bundled-crd-index.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const extracts: CrdExtract[] = CRD_PACKAGES.flatMap((project) => readExtract(root, project.id) ?? []);
const upstreamOf = (id: string): CrdUpstream =>
  JSON.parse(readFileSync(join(root, 'src/lib/k8s/generated/crds', `${id}.upstream.json`), 'utf8')) as CrdUpstream;

/** The rules that call a Kubernetes CEL function the validator does not implement (cel/unsupported.ts): not judged. */
const NOT_JUDGED = [
  'gateway-api TLSRoute v1 spec.hostnames: self.all(h, !isIP(h))',
];

describe('upstream CRD extracts', () => {
  it('exist for every bundled project, of the release its package tracks, with their provenance', () => {
    expect(extracts.map((e) => e.project)).toEqual(CRD_PACKAGES.map((p) => p.id));
    for (const extract of extracts) {
      const project = CRD_PACKAGES.find((p) => p.id === extract.project)!;
      expect(extract.upstream).toBe(project.upstream);
      for (const source of extract.sources) {
        expect(project.crdFiles.some((files) => files.repo === source.repo && files.ref === source.ref), source.path).toBe(true);
        expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
        expect(source.blob).toMatch(/^[0-9a-f]{40}$/);
      }
      for (const crd of extract.crds) {
        expect(project.groups, `${crd.group} ${crd.kind}`).toContain(crd.group);
        expect(crd.versions.filter((v) => v.storage), `${crd.kind}: one storage version`).toHaveLength(1);
      }
    }
  });

  it('agree with the curated kind files on plural, short names and scope', () => {
    const problems: string[] = [];
    for (const kind of crdCatalog) {
      const crd = extracts.find((e) => e.project === kind.project.id)?.crds.find((c) => c.group === kind.group && c.kind === kind.kind);
      if (!crd) {
        problems.push(`${kind.slug}: no upstream CRD`);
        continue;
      }
      if (crd.plural !== kind.plural) problems.push(`${kind.slug}: plural ${kind.plural}, upstream ${crd.plural}`);
      if ((crd.shortNames ?? []).join() !== kind.shortNames.join()) problems.push(`${kind.slug}: shortNames [${kind.shortNames}], upstream [${crd.shortNames ?? ''}]`);
      if ((crd.scope === 'Namespaced') !== kind.namespaced) problems.push(`${kind.slug}: namespaced ${kind.namespaced}, upstream ${crd.scope}`);
      if (!crd.versions.some((v) => v.name === kind.preferredVersion && v.served)) problems.push(`${kind.slug}: ${kind.preferredVersion} is not served upstream`);
    }
    expect(problems).toEqual([]);
  });

  it('compile with our CEL engine, every rule and messageExpression, but for the functions we lack', () => {
    const notJudged: string[] = [];
    const failures: string[] = [];
    for (const extract of extracts) {
      for (const kind of upstreamOf(extract.project).kinds) {
        for (const version of kind.versions) {
          for (const rule of version.rules ?? []) {
            const where = `${extract.project} ${kind.kind} ${version.name} ${rule.path}: ${rule.rule}`;
            const compiled = compileExpression(rule.rule, 'bool');
            if (!compiled.ok && compiled.unsupported) notJudged.push(where);
            else if (!compiled.ok) failures.push(`${where} (${compiled.error})`);
            const message = rule.messageExpression ? compileExpression(rule.messageExpression, 'string') : undefined;
            if (message && !message.ok) failures.push(`${where} messageExpression ${rule.messageExpression} (${message.error})`);
            // the site says a rule is checked exactly when it compiles and sits on the bundled schema
            expect(rule.checked, where).toBe(compiled.ok && rule.unchecked === undefined);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(notJudged).toEqual(NOT_JUDGED);
  });

  it('count the checked rules in the index, so the page loads the CEL engine for those projects', () => {
    for (const source of bundledCrdIndex.projects) {
      const checked = upstreamOf(source.id).kinds.flatMap((k) => k.versions).flatMap((v) => v.rules ?? []).filter((r) => r.checked).length;
      expect(source.celRules ?? 0, source.id).toBe(checked);
    }
  });
});
