// Migrating a removed API version to its successor, as edits: the apiVersion, plus the fields whose
// shape changed, after the deprecated-API migration guide
// (https://kubernetes.io/docs/reference/using-api/deprecation-guide/). Kinds whose fields did not change
// (rbac, storage, scheduling, coordination, events, node, CronJob, HPA v2beta2, PDB) need the
// apiVersion alone; what no longer exists in the new version is left for the schema rules to report.
// A PodDisruptionBudget whose selector is empty or absent changes meaning or protects nothing: a suggestion.
// Workloads and webhooks keep the defaults their old version gave them where the new one changed them
// (migrate-workload-defaults.ts, migrate-webhooks.ts); the migration names them, for its message and label.
import type { RemovedApi } from '../../k8s/removed-apis.ts';
import type { Fix, Resource, TextEdit } from '../types.ts';
import { entryOf, valueOf } from '../yaml/node.ts';
import { fixOf, scalarEdit, type WrittenDefault } from './make.ts';
import { mergeInsertions, selectorFromTemplate } from './selector.ts';
import { oldWorkloadDefaults } from './migrate-workload-defaults.ts';
import { migrateHpaMetrics } from './migrate-hpa.ts';
import { migrateIngress } from './migrate-ingress.ts';
import { migrateWebhooks } from './migrate-webhooks.ts';
import { pdbSelectorChange } from './migrate-pdb.ts';
import { migratePriorityLevel } from './migrate-flowcontrol.ts';
import { migrateEndpointSlice } from './migrate-endpointslice.ts';
import { LEGACY_UNKNOWN_SIGNER, migrateCsr } from './migrate-csr.ts';
import { migrateCrd } from './migrate-crd.ts';

const APPS_WORKLOADS = new Set(['Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet']);

export interface Migration {
  fix: Fix;
  /** the old defaults the fix writes because the new version defaults them otherwise */
  defaults: WrittenDefault[];
  /** a message of its own, with its data: what a CSR migration writes, or the legacy-unknown signer it cannot (migrate-csr.ts) */
  notice?: { messageId: `removed-${'csr-defaults' | 'csr-legacy-unknown' | 'crd' | 'crd-prunes' | 'crd-preserve-unknown-fields'}`; data: Record<string, string> };
}

/** The fix that moves a resource to `removal.replacement`, or undefined when there is none. */
export function migrationFix(text: string, resource: Resource, removal: RemovedApi): Migration | undefined {
  const replacement = removal.replacement;
  const apiVersion = entryOf(resource.node, 'apiVersion');
  if (!replacement || !apiVersion) return undefined;
  const edits: TextEdit[] = [scalarEdit(text, apiVersion.value, replacement)];
  let safety: Fix['safety'] = 'safe';
  let defaults: WrittenDefault[] = [];
  // what else the label names, besides the old defaults
  let extras: string[] = [];
  const { kind } = resource;
  if (replacement === 'apps/v1' && APPS_WORKLOADS.has(kind)) {
    // the old versions defaulted the selector to the template's labels; apps/v1 wants it written
    const selector = valueOf(valueOf(resource.node, 'spec') ?? resource.node, 'selector') ? undefined : selectorFromTemplate(text, resource.node);
    const old = oldWorkloadDefaults(text, resource.node, removal.apiVersion, kind);
    // both may add to the end of spec: one insertion, selector first
    edits.push(...mergeInsertions([...(selector ? [selector] : []), ...old.edits]));
    defaults = old.written;
  }
  if (kind === 'Ingress') edits.push(...migrateIngress(text, resource.node));
  if (kind === 'HorizontalPodAutoscaler' && removal.apiVersion === 'autoscaling/v2beta1') edits.push(...migrateHpaMetrics(text, resource.node));
  if (kind === 'EndpointSlice') edits.push(...migrateEndpointSlice(text, resource.node));
  if (kind === 'PriorityLevelConfiguration') edits.push(...migratePriorityLevel(text, resource.node));
  if (kind === 'PodDisruptionBudget' && removal.apiVersion === 'policy/v1beta1' && pdbSelectorChange(resource)) safety = 'suggestion';
  let notice: Migration['notice'];
  if (kind === 'CertificateSigningRequest') {
    const csr = migrateCsr(text, resource.node);
    edits.push(...csr.edits);
    const legacy = csr.defaultedSigner === LEGACY_UNKNOWN_SIGNER;
    // v1 refuses legacy-unknown: the signer is the requester's to choose, so the rest is only a suggestion
    if (legacy) safety = 'suggestion';
    if (legacy || csr.written.length > 0) notice = { messageId: legacy ? 'removed-csr-legacy-unknown' : 'removed-csr-defaults', data: { written: csr.written.join(', ') } };
    extras = csr.written.map((w) => w.replace(/^spec\./, ''));
  }
  if (kind === 'CustomResourceDefinition') {
    // a block that cannot be moved cleanly: no fix, rather than a v1 CRD with v1beta1 fields
    const crd = migrateCrd(text, resource.node);
    if (!crd) return undefined;
    edits.push(...crd.edits);
    // left out, v1beta1 kept unknown fields and v1 prunes them; written true, v1 refuses it: the reader decides
    if (crd.preserveUnknownFields !== 'false') safety = 'suggestion';
    const messageId = crd.preserveUnknownFields === 'true' ? 'removed-crd-preserve-unknown-fields' : crd.preserveUnknownFields === 'absent' ? 'removed-crd-prunes' : 'removed-crd';
    notice = { messageId, data: { changes: crd.changes.join(', ') } };
  }
  if (kind === 'MutatingWebhookConfiguration' || kind === 'ValidatingWebhookConfiguration') {
    const webhooks = migrateWebhooks(text, resource.node);
    edits.push(...webhooks.edits);
    defaults = webhooks.written;
    if (webhooks.assumed) safety = 'suggestion';
  }
  const named = [...defaults.map((d) => `${d.path.replace(/^spec\./, '')}: ${d.value}`), ...extras];
  const label = named.length === 0 ? replacement : `${replacement} + ${named.join(', ')}`;
  return { fix: fixOf(safety, label, uniqueEdits(edits)), defaults, ...(notice ? { notice } : {}) };
}

/** An anchored node met twice (through an alias) gives the same edit twice: keep one. */
function uniqueEdits(edits: TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  return edits.filter((edit) => {
    const key = `${edit.start}:${edit.end}:${edit.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
