// kubectl short names, as `kubectl api-resources` lists them (content/kinds/*.yaml; a unit test
// keeps the two in step). A query word that is a short name searches for the kind's name, the way
// kubectl resolves `svc` to services: two or three letters alone prefix-match hundreds of words.
export const shortNameKinds: Readonly<Record<string, string>> = {
  csr: 'certificatesigningrequest', cs: 'componentstatus', cm: 'configmap', cj: 'cronjob',
  crd: 'customresourcedefinition', crds: 'customresourcedefinition', ds: 'daemonset', deploy: 'deployment',
  ep: 'endpoints', ev: 'event', hpa: 'horizontalpodautoscaler', ing: 'ingress', ns: 'namespace',
  netpol: 'networkpolicy', pv: 'persistentvolume', pvc: 'persistentvolumeclaim', po: 'pod',
  pdb: 'poddisruptionbudget', pc: 'priorityclass', rs: 'replicaset', rc: 'replicationcontroller',
  quota: 'resourcequota', svc: 'service', sa: 'serviceaccount', sts: 'statefulset', sc: 'storageclass',
  vac: 'volumeattributesclass',
};

/** Short names that are also everyday words in manifests and prose: left as typed. */
export const ambiguousShortNames: readonly string[] = ['ip', 'limits', 'no'];

/** 'sa' -> 'sa serviceaccount': both must match, which the kind's page (keywords) always does. */
export function expandShortName(word: string): string {
  const kind = shortNameKinds[word.toLowerCase()];
  return kind === undefined ? word : `${word} ${kind}`;
}
