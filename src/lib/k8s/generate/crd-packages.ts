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
}

export const CRD_PACKAGES: readonly CrdPackage[] = [
  {
    id: 'gateway-api', name: 'Gateway API', package: '@kubernetes-models/gateway-api', version: '2.0.0',
    upstream: 'Gateway API v1.5.1',
    groups: ['gateway.networking.k8s.io'],
    // the standard channel: gateway.networking.x-k8s.io and the alpha versions are the experimental channel's
    skipVersions: ['v1alpha2', 'v1alpha3'],
  },
  {
    id: 'cert-manager', name: 'cert-manager', package: '@kubernetes-models/cert-manager', version: '6.0.0',
    upstream: 'cert-manager v1.20.2',
    // the package also has trust-manager, approver-policy and aws-privateca-issuer: other projects
    groups: ['cert-manager.io', 'acme.cert-manager.io'],
  },
  {
    id: 'prometheus-operator', name: 'Prometheus Operator', package: '@kubernetes-models/prometheus-operator', version: '6.0.0',
    upstream: 'prometheus-operator v0.91.0',
    groups: ['monitoring.coreos.com'],
    notKinds: ['EmbeddedPersistentVolumeClaim'],
  },
  {
    id: 'argo-cd', name: 'Argo CD', package: '@kubernetes-models/argo-cd', version: '4.0.0',
    upstream: 'Argo CD v3.3.9',
    groups: ['argoproj.io'],
  },
  {
    id: 'argo-rollouts', name: 'Argo Rollouts', package: '@kubernetes-models/argo-rollouts', version: '2.0.0',
    upstream: 'Argo Rollouts v1.9.0',
    groups: ['argoproj.io'],
  },
  {
    id: 'keda', name: 'KEDA', package: '@kubernetes-models/keda', version: '2.0.0',
    upstream: 'KEDA v2.19.0',
    groups: ['keda.sh', 'eventing.keda.sh'],
    notKinds: ['WithTriggers'],
  },
  {
    id: 'external-secrets', name: 'External Secrets Operator', package: '@kubernetes-models/external-secrets', version: '2.0.0',
    upstream: 'external-secrets v0.16.2',
    groups: ['external-secrets.io', 'generators.external-secrets.io'],
  },
  {
    id: 'flux', name: 'Flux', package: '@kubernetes-models/flux-cd', version: '4.0.0',
    upstream: 'source-controller v1.8.4, kustomize-controller v1.8.5, helm-controller v1.5.4, notification-controller v1.8.4, image-reflector-controller v1.1.1, image-automation-controller v1.1.3',
    groups: ['source.toolkit.fluxcd.io', 'kustomize.toolkit.fluxcd.io', 'helm.toolkit.fluxcd.io', 'notification.toolkit.fluxcd.io', 'image.toolkit.fluxcd.io'],
  },
  {
    id: 'istio', name: 'Istio', package: '@kubernetes-models/istio', version: '3.0.1',
    // read from the package's own generator input (crd-all.gen.yaml of this release); install.istio.io's
    // IstioOperator comes from 1.18.0's operator CRD, which later releases no longer install: left out
    upstream: 'Istio 1.29.2',
    groups: ['networking.istio.io', 'security.istio.io', 'telemetry.istio.io', 'extensions.istio.io'],
  },
];
