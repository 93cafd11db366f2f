// kubectl short names, as `kubectl api-resources` lists them (content/kinds/*.yaml and, for the
// bundled custom resource kinds, content/crd-kinds/**/*.yaml; a unit test keeps them in step). A query word that is a short name searches for the kind's name, the way
// kubectl resolves `svc` to services: two or three letters alone prefix-match hundreds of words.
export const shortNameKinds: Readonly<Record<string, string>> = {
  csr: 'certificatesigningrequest', cs: 'componentstatus', cm: 'configmap', cj: 'cronjob',
  crd: 'customresourcedefinition', crds: 'customresourcedefinition', ds: 'daemonset', deploy: 'deployment',
  ep: 'endpoints', ev: 'event', hpa: 'horizontalpodautoscaler', ing: 'ingress', ns: 'namespace',
  netpol: 'networkpolicy', pv: 'persistentvolume', pvc: 'persistentvolumeclaim', po: 'pod',
  pdb: 'poddisruptionbudget', pc: 'priorityclass', rs: 'replicaset', rc: 'replicationcontroller',
  quota: 'resourcequota', svc: 'service', sa: 'serviceaccount', sts: 'statefulset', sc: 'storageclass',
  vac: 'volumeattributesclass',
  // bundled custom resource kinds (their upstream CRDs' spec.names.shortNames)
  appset: 'applicationset', appsets: 'applicationset', appproj: 'appproject', appprojs: 'appproject',
  ciss: 'clusterissuer', iss: 'issuer',
  ces: 'clusterexternalsecret', css: 'clustersecretstore', es: 'externalsecret', gs: 'generatorstate', ps: 'pushsecret',
  ss: 'secretstore',
  gitrepo: 'gitrepository', hc: 'helmchart', hr: 'helmrelease', helmrepo: 'helmrepository', imgpol: 'imagepolicy',
  imagepol: 'imagepolicy', imgrepo: 'imagerepository', imagerepo: 'imagerepository', iua: 'imageupdateautomation',
  imgupd: 'imageupdateautomation', imgauto: 'imageupdateautomation', ks: 'kustomization', ocirepo: 'ocirepository',
  btlspolicy: 'backendtlspolicy', gtw: 'gateway', lset: 'listenerset', refgrant: 'referencegrant',
  gw: 'gateway', wg: 'workloadgroup',
  cta: 'clustertriggerauthentication', clustertriggerauth: 'clustertriggerauthentication', sj: 'scaledjob',
  triggerauth: 'triggerauthentication',
  amcfg: 'alertmanagerconfig', pmon: 'podmonitor', prb: 'probe', promagent: 'prometheusagent', promrule: 'prometheusrule',
  scfg: 'scrapeconfig', smon: 'servicemonitor',
};

/**
 * Short names that are also everyday words in manifests and prose, or the first letters of many
 * (ap: api, apps; dr: drain, dry-run; vs: 파드 vs 노드), or a name as it is (telemetry): left as typed.
 */
export const ambiguousShortNames: readonly string[] = [
  'ip', 'limits', 'no',
  'app', 'apps', 'ar', 'at', 'cat', 'exp', 'ro', 'cert', 'certs', 'cr', 'crs', 'gc', 'so', 'ta', 'am', 'prom', 'ruler',
  'ap', 'dr', 'pa', 'ra', 'se', 'vs', 'we', 'telemetry',
];

/** 'sa' -> 'sa serviceaccount': both must match, which the kind's page (keywords) always does. */
export function expandShortName(word: string): string {
  const kind = shortNameKinds[word.toLowerCase()];
  return kind === undefined ? word : `${word} ${kind}`;
}
