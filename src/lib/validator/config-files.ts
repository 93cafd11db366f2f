// Files that look like manifests but are not API objects: configuration read by a component or a
// tool (kubelet, kube-apiserver, kubeadm, kustomize, ...), never sent to the API server. The API
// rules would call their kinds unknown and their names missing; they are recognised here instead,
// reported once (rules/config-file.ts) and not treated as resources (resources.ts).
import { isRecord } from './resources.ts';

export interface ConfigFile {
  /** the kind, or what the file is when it has none: 'Kustomization', 'Chart.yaml' */
  kind: string;
  /** who reads it: 'kubelet', 'kustomize', 'Helm' */
  reader: string;
  /** a JSON patch (RFC 6902) rather than a configuration */
  patch?: true;
}

interface Family {
  group: string;
  /** match every group ending in `.${group}` as well */
  suffix?: true;
  reader: string;
}

// Checked in order; the first match wins. Exact groups come before the suffixes that contain them.
// Groups of real API objects that share a suffix (flowcontrol.apiserver.k8s.io,
// internal.apiserver.k8s.io, cluster.x-k8s.io) are not listed: only exact groups or true suffixes.
const FAMILIES: readonly Family[] = [
  { group: 'kustomize.config.k8s.io', reader: 'kustomize' }, // Kustomization v1beta1, Component v1alpha1
  { group: 'kubelet.config.k8s.io', reader: 'kubelet' }, // KubeletConfiguration, CredentialProviderConfig
  { group: 'credentialprovider.kubelet.k8s.io', reader: 'kubelet' }, // CredentialProviderRequest/Response
  { group: 'kubeproxy.config.k8s.io', reader: 'kube-proxy' }, // KubeProxyConfiguration
  { group: 'kubescheduler.config.k8s.io', reader: 'kube-scheduler' }, // KubeSchedulerConfiguration
  { group: 'kubecontrollermanager.config.k8s.io', reader: 'kube-controller-manager' },
  { group: 'cloudcontrollermanager.config.k8s.io', reader: 'cloud-controller-manager' },
  // AdmissionConfiguration, EncryptionConfiguration, EgressSelectorConfiguration, TracingConfiguration,
  // AuthenticationConfiguration, AuthorizationConfiguration (and their older apiserver.k8s.io versions)
  { group: 'apiserver.config.k8s.io', reader: 'kube-apiserver' },
  { group: 'apiserver.k8s.io', reader: 'kube-apiserver' },
  // admission plugin configurations: PodSecurityConfiguration (pod-security.admission.config.k8s.io),
  // EventRateLimit, PodTolerationRestriction, ResourceQuotaConfiguration (*.admission.k8s.io)
  { group: 'admission.config.k8s.io', suffix: true, reader: 'kube-apiserver' },
  { group: 'admission.k8s.io', suffix: true, reader: 'kube-apiserver' },
  { group: 'audit.k8s.io', reader: 'kube-apiserver' }, // audit Policy
  { group: 'kubeadm.k8s.io', reader: 'kubeadm' }, // InitConfiguration, ClusterConfiguration, JoinConfiguration, ...
  { group: 'kind.x-k8s.io', reader: 'kind' }, // kind's Cluster
  { group: 'client.authentication.k8s.io', reader: 'kubectl' }, // ExecCredential of a credential plugin
  // every component configuration lives in <component>.config.k8s.io
  { group: 'config.k8s.io', suffix: true, reader: 'Kubernetes component' },
];

// kustomize's Kustomization fields (sigs.k8s.io/kustomize/api/types/kustomization.go)
const KUSTOMIZATION_FIELDS = new Set([
  'apiVersion', 'kind', 'metadata', 'openapi', 'namePrefix', 'nameSuffix', 'namespace', 'commonLabels', 'labels',
  'commonAnnotations', 'patchesStrategicMerge', 'patchesJson6902', 'patches', 'images', 'imageTags', 'replacements',
  'replicas', 'vars', 'sortOptions', 'resources', 'components', 'crds', 'bases', 'configMapGenerator',
  'secretGenerator', 'helmGlobals', 'helmCharts', 'helmChartInflationGenerator', 'generatorOptions', 'configurations',
  'generators', 'transformers', 'validators', 'buildMetadata',
]);
// keys that only a kustomization has (a Pod that lost its apiVersion and kind has none of them)
const KUSTOMIZATION_KEYS = ['resources', 'components', 'bases', 'patches', 'patchesStrategicMerge', 'patchesJson6902',
  'configMapGenerator', 'secretGenerator', 'namePrefix', 'nameSuffix', 'commonLabels', 'commonAnnotations', 'images',
  'helmCharts', 'generators', 'transformers', 'replacements'];

// Helm's Chart.yaml fields (helm.sh/helm/v3/pkg/chart/metadata.go)
const CHART_FIELDS = new Set([
  'apiVersion', 'name', 'home', 'sources', 'version', 'description', 'keywords', 'maintainers', 'icon', 'condition',
  'tags', 'appVersion', 'deprecated', 'annotations', 'kubeVersion', 'dependencies', 'type',
]);

const JSON_PATCH_OPS = new Set(['add', 'remove', 'replace', 'move', 'copy', 'test']);
const JSON_PATCH_FIELDS = new Set(['op', 'path', 'value', 'from']);

const cache = new WeakMap<object, ConfigFile | null>();

/** What the document is when it is a configuration file or a JSON patch; undefined for anything else. */
export function configFileOf(value: unknown): ConfigFile | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const cached = cache.get(value);
  if (cached !== undefined) return cached ?? undefined;
  const found = Array.isArray(value) ? jsonPatchOf(value) : isRecord(value) ? mappingConfigOf(value) : undefined;
  cache.set(value, found ?? null);
  return found;
}

function mappingConfigOf(value: Record<string, unknown>): ConfigFile | undefined {
  const { apiVersion, kind } = value;
  const keys = Object.keys(value);
  if (typeof apiVersion === 'string' && apiVersion.includes('/')) {
    const group = apiVersion.slice(0, apiVersion.lastIndexOf('/'));
    const family = FAMILIES.find((f) => group === f.group || (f.suffix && group.endsWith(`.${f.group}`)));
    if (family) return { kind: typeof kind === 'string' && kind !== '' ? kind : group, reader: family.reader };
    return undefined;
  }
  // a kubeconfig: apiVersion v1 with kind Config, which the core group does not serve
  if (apiVersion === 'v1' && kind === 'Config') return { kind: 'Config', reader: 'kubectl' };
  if (kind !== undefined) return undefined;
  if (apiVersion === undefined && keys.every((k) => KUSTOMIZATION_FIELDS.has(k)) && KUSTOMIZATION_KEYS.some((k) => k in value)) {
    return { kind: 'Kustomization', reader: 'kustomize' };
  }
  const versionLike = (v: unknown) => typeof v === 'string' || typeof v === 'number';
  if ((apiVersion === 'v1' || apiVersion === 'v2') && typeof value.name === 'string' && versionLike(value.version)
    && keys.every((k) => CHART_FIELDS.has(k))) {
    return { kind: 'Chart.yaml', reader: 'Helm' };
  }
  return undefined;
}

function jsonPatchOf(items: unknown[]): ConfigFile | undefined {
  const isOperation = (item: unknown) => isRecord(item) && typeof item.op === 'string' && JSON_PATCH_OPS.has(item.op)
    && typeof item.path === 'string' && Object.keys(item).every((k) => JSON_PATCH_FIELDS.has(k));
  return items.length > 0 && items.every(isOperation) ? { kind: 'JSON patch', reader: 'kustomize', patch: true } : undefined;
}
