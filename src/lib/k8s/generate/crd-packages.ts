// The projects whose CRDs are bundled, and the npm package each is generated from (build-crd-data.ts).
// The packages carry the projects' API types (their .d.ts) and compiled validators, not the CRD files:
// so no scope, plural or short names, served/storage flags, deprecation warnings or CEL rules
// (src/lib/k8s/generated/crds/README.md). The upstream release is what the package's changelog (or
// its generator's go.mod) names for this version; tests/unit/k8s/bundled-crds.test.ts fails when the
// installed version is another, so a bump makes someone write the new release here.
import type { BundledCrdSource } from '../bundled-crds.ts';

/** A project as the index shows it (its groups: those bundled; a package may carry sister projects'), and what to leave out. */
export interface CrdPackage extends BundledCrdSource {
  /** versions left out: not served by the channel or release we bundle */
  skipVersions?: string[];
  /** Go types with apiVersion and kind that no CRD defines (embedded objects, helper types) */
  notKinds?: string[];
  /**
   * Where the upstream CRD YAML of this release lives (scripts/extract-crds.ts reads it from a mirror
   * of the repository: crd-extracts/<id>.json): a folder's *.yaml files or one file, at `ref`.
   */
  crdFiles: Array<{ repo: string; ref: string; paths: string[] }>;
}

export const CRD_PACKAGES: readonly CrdPackage[] = [
  {
    id: 'gateway-api', name: 'Gateway API', package: '@kubernetes-models/gateway-api', version: '2.0.0',
    upstream: 'Gateway API v1.5.1',
    groups: ['gateway.networking.k8s.io'],
    crdFiles: [{ repo: 'kubernetes-sigs/gateway-api', ref: 'v1.5.1', paths: ['config/crd/standard'] }],
    // the standard channel: gateway.networking.x-k8s.io and the alpha versions are the experimental channel's
    skipVersions: ['v1alpha2', 'v1alpha3'],
  },
  {
    id: 'cert-manager', name: 'cert-manager', package: '@kubernetes-models/cert-manager', version: '6.0.0',
    upstream: 'cert-manager v1.20.2',
    // the package also has trust-manager, approver-policy and aws-privateca-issuer: other projects
    groups: ['cert-manager.io', 'acme.cert-manager.io'],
    crdFiles: [{ repo: 'cert-manager/cert-manager', ref: 'v1.20.2', paths: ['deploy/crds'] }],
  },
  {
    id: 'prometheus-operator', name: 'Prometheus Operator', package: '@kubernetes-models/prometheus-operator', version: '6.0.0',
    upstream: 'prometheus-operator v0.91.0',
    groups: ['monitoring.coreos.com'],
    crdFiles: [{ repo: 'prometheus-operator/prometheus-operator', ref: 'v0.91.0', paths: ['example/prometheus-operator-crd'] }],
    notKinds: ['EmbeddedPersistentVolumeClaim'],
  },
  {
    id: 'argo-cd', name: 'Argo CD', package: '@kubernetes-models/argo-cd', version: '4.0.0',
    upstream: 'Argo CD v3.3.9',
    groups: ['argoproj.io'],
    crdFiles: [{ repo: 'argoproj/argo-cd', ref: 'v3.3.9', paths: ['manifests/crds'] }],
  },
  {
    id: 'argo-rollouts', name: 'Argo Rollouts', package: '@kubernetes-models/argo-rollouts', version: '2.0.0',
    upstream: 'Argo Rollouts v1.9.0',
    groups: ['argoproj.io'],
    crdFiles: [{ repo: 'argoproj/argo-rollouts', ref: 'v1.9.0', paths: ['manifests/crds'] }],
  },
  {
    id: 'keda', name: 'KEDA', package: '@kubernetes-models/keda', version: '2.0.0',
    upstream: 'KEDA v2.19.0',
    groups: ['keda.sh', 'eventing.keda.sh'],
    crdFiles: [{ repo: 'kedacore/keda', ref: 'v2.19.0', paths: ['config/crd/bases'] }],
    notKinds: ['WithTriggers'],
  },
  {
    id: 'external-secrets', name: 'External Secrets Operator', package: '@kubernetes-models/external-secrets', version: '2.0.0',
    upstream: 'external-secrets v0.16.2',
    groups: ['external-secrets.io', 'generators.external-secrets.io'],
    crdFiles: [{ repo: 'external-secrets/external-secrets', ref: 'v0.16.2', paths: ['config/crds/bases'] }],
  },
  {
    id: 'flux', name: 'Flux', package: '@kubernetes-models/flux-cd', version: '4.0.0',
    upstream: 'source-controller v1.8.4, kustomize-controller v1.8.5, helm-controller v1.5.4, notification-controller v1.8.4, image-reflector-controller v1.1.1, image-automation-controller v1.1.3',
    groups: ['source.toolkit.fluxcd.io', 'kustomize.toolkit.fluxcd.io', 'helm.toolkit.fluxcd.io', 'notification.toolkit.fluxcd.io', 'image.toolkit.fluxcd.io'],
    crdFiles: [
      { repo: 'fluxcd/source-controller', ref: 'v1.8.4', paths: ['config/crd/bases'] },
      { repo: 'fluxcd/kustomize-controller', ref: 'v1.8.5', paths: ['config/crd/bases'] },
      { repo: 'fluxcd/helm-controller', ref: 'v1.5.4', paths: ['config/crd/bases'] },
      { repo: 'fluxcd/notification-controller', ref: 'v1.8.4', paths: ['config/crd/bases'] },
      { repo: 'fluxcd/image-reflector-controller', ref: 'v1.1.1', paths: ['config/crd/bases'] },
      { repo: 'fluxcd/image-automation-controller', ref: 'v1.1.3', paths: ['config/crd/bases'] },
    ],
  },
  {
    id: 'istio', name: 'Istio', package: '@kubernetes-models/istio', version: '3.0.1',
    // read from the package's own generator input (crd-all.gen.yaml of this release); install.istio.io's
    // IstioOperator comes from 1.18.0's operator CRD, which later releases no longer install: left out
    upstream: 'Istio 1.29.2',
    groups: ['networking.istio.io', 'security.istio.io', 'telemetry.istio.io', 'extensions.istio.io'],
    crdFiles: [{ repo: 'istio/istio', ref: '1.29.2', paths: ['manifests/charts/base/files/crd-all.gen.yaml'] }],
  },
];
