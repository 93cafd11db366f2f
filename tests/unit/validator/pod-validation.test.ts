// The API server's Pod spec validation (the pod-* rules): for each check a manifest that breaks it,
// with the messageId and line:column it must report, and one that keeps it. Templates of every
// workload kind go through the same checks.
import { describe, expect, test } from 'vitest';
import { formatMessage, validate } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { yaml } from './helpers.ts';

const found = (rule: string, text: string) =>
  validate(text, { schema: apiSchema }).diagnostics
    .filter((d) => d.ruleId === rule)
    .map((d) => `${d.messageId}@${d.line}:${d.column}`);

/** A Pod whose spec holds the given lines (spec: is line 5, its first field line 6). */
const pod = (...lines: string[]) => yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...lines);
/** A Pod with one container `web` (line 7) and more container fields from line 9. */
const container = (...lines: string[]) => pod('  containers:', '  - name: web', '    image: nginx:1.30', ...lines);

describe.each([
  // pod-containers
  ['pod-containers', 'bad: a name with capitals', pod('  containers:', '  - name: Web', '    image: nginx:1.30'), ['name-format@7:11']],
  ['pod-containers', 'bad: no image', pod('  containers:', '  - name: web'), ['image-required@7:5']],
  ['pod-containers', 'bad: an empty containers list', pod('  containers: []'), ['none@6:3']],
  ['pod-containers', 'bad: image with a trailing space in a Pod', pod('  containers:', '  - name: web', '    image: "nginx:1.30 "'), ['image-space@8:12']],
  ['pod-containers', 'bad: a probe on a plain init container', pod('  initContainers:', '  - name: init', '    image: busybox:1.36', '    startupProbe:', '      exec: {command: [true]}', '  containers:', '  - name: web', '    image: nginx:1.30'), ['init-sidecar-only@9:5']],
  ['pod-containers', 'good: a probe on a sidecar', pod('  initContainers:', '  - name: proxy', '    image: busybox:1.36', '    restartPolicy: Always', '    startupProbe:', '      exec: {command: [true]}', '  containers:', '  - name: web', '    image: nginx:1.30'), []],
  // pod-container-ports
  ['pod-container-ports', 'bad: containerPort 0 and hostPort 70000', container('    ports:', '    - containerPort: 0', '      hostPort: 70000'), ['port-range@10:22', 'port-range@11:17']],
  ['pod-container-ports', 'bad: a 16-character name, then a duplicate name', container('    ports:', '    - {name: http-web-frontend, containerPort: 80}', '    - {name: http, containerPort: 81}', '    - {name: http, containerPort: 82}'), ['name-format@10:14', 'name-duplicate@12:14']],
  ['pod-container-ports', 'bad: hostNetwork with hostPort unlike containerPort', pod('  hostNetwork: true', '  containers:', '  - name: web', '    image: nginx:1.30', '    ports:', '    - {containerPort: 80, hostPort: 8080}'), ['host-network@11:37']],
  ['pod-container-ports', 'bad: two containers take host port 80', pod('  containers:', '  - name: a', '    image: nginx:1.30', '    ports: [{containerPort: 80, hostPort: 80}]', '  - name: b', '    image: nginx:1.30', '    ports: [{containerPort: 81, hostPort: 80}]'), ['host-port-taken@12:43']],
  ['pod-container-ports', 'good: the same host port for TCP and UDP', container('    ports:', '    - {containerPort: 53, hostPort: 53, protocol: TCP}', '    - {containerPort: 53, hostPort: 53, protocol: UDP}'), []],
  // pod-env
  ['pod-env', 'bad: value and valueFrom', container('    env:', '    - name: A', '      value: x', '      valueFrom: {fieldRef: {fieldPath: metadata.name}}'), ['value-and-from@12:7']],
  ['pod-env', 'bad: two sources', container('    env:', '    - name: A', '      valueFrom:', '        fieldRef: {fieldPath: metadata.name}', '        secretKeyRef: {name: s, key: k}'), ['from-several@11:7']],
  ['pod-env', 'bad: no source', container('    env:', '    - name: A', '      valueFrom: {}'), ['from-none@11:7']],
  ['pod-env', 'bad: unsupported fieldPath', container('    env:', '    - name: A', '      valueFrom: {fieldRef: {fieldPath: spec.hostname}}'), ['field-path@11:41']],
  ['pod-env', 'good: a label by subscript', container('    env:', '    - name: A', '      valueFrom: {fieldRef: {fieldPath: "metadata.labels[\'app\']"}}'), []],
  ['pod-env', 'bad: subscript on metadata.name', container('    env:', '    - name: A', '      valueFrom: {fieldRef: {fieldPath: "metadata.name[\'x\']"}}'), ['field-subscript@11:41']],
  ['pod-env', 'bad: resource and divisor', container('    env:', '    - name: A', '      valueFrom: {resourceFieldRef: {resource: limits.gpu}}', '    - name: B', '      valueFrom: {resourceFieldRef: {resource: limits.cpu, divisor: 1Mi}}'), ['resource@11:48', 'divisor@13:69']],
  ['pod-env', 'good: divisor 1000m is 1', container('    env:', '    - name: A', '      valueFrom: {resourceFieldRef: {resource: limits.cpu, divisor: 1000m}}'), []],
  ['pod-env', 'bad: a name with = and a bad key', container('    env:', '    - name: A=B', '      value: x', '    - name: C', '      valueFrom: {configMapKeyRef: {name: cfg, key: "a b"}}'), ['name-format@10:13', 'key-format@13:53']],
  ['pod-env', 'good: relaxed names (1.34+) with dots and dashes', container('    env:', '    - name: my.app-setting', '      value: x'), []],
  ['pod-env', 'bad: envFrom with both refs and a prefix with =', container('    envFrom:', '    - prefix: "A="', '      configMapRef: {name: a}', '      secretRef: {name: b}'), ['prefix@10:15', 'env-from-several@12:7']],
  // pod-volumes
  ['pod-volumes', 'bad: two types in one volume', container('  volumes:', '  - name: data', '    emptyDir: {}', '    hostPath: {path: /data}'), ['several-sources@12:5']],
  ['pod-volumes', 'bad: no type, then a duplicate name', container('  volumes:', '  - name: data', '  - name: data', '    emptyDir: {}'), ['no-source@10:5', 'name-duplicate@11:11']],
  ['pod-volumes', 'bad: a volume name with capitals', container('  volumes:', '  - name: Data', '    emptyDir: {}'), ['name-format@10:11']],
  ['pod-volumes', 'bad: decimal 644 as a mode, an absolute item path', container('  volumes:', '  - name: cfg', '    configMap:', '      name: web', '      defaultMode: 644', '      items:', '      - {key: a, path: /etc/a}'), ['mode@13:20', 'path-absolute@15:24']],
  ['pod-volumes', 'bad: .. in hostPath and a relative nfs path', container('  volumes:', '  - name: a', '    hostPath: {path: /var/../etc}', '  - name: b', '    nfs: {server: nfs.example, path: exports}'), ['path-backstep@11:22', 'nfs-absolute@13:38']],
  ['pod-volumes', 'bad: projected token too short and a path used twice', container('  volumes:', '  - name: p', '    projected:', '      sources:', '      - serviceAccountToken: {path: token, expirationSeconds: 60}', '      - configMap: {name: c, items: [{key: k, path: token}]}'), ['token-expiration@13:63', 'projection-path@14:53']],
  ['pod-volumes', 'bad: downwardAPI item with both refs and an env-only field', container('  volumes:', '  - name: info', '    downwardAPI:', '      items:', '      - path: node', '        fieldRef: {fieldPath: spec.nodeName}', '        resourceFieldRef: {containerName: web, resource: limits.cpu}'), ['downward-source@13:9', 'field-path@14:31']],
  ['pod-volumes', 'bad: a Pod claim that its own ephemeral volume creates', container('  volumes:', '  - name: scratch', '    ephemeral: {volumeClaimTemplate: {spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}}}', '  - name: again', '    persistentVolumeClaim: {claimName: web-scratch}'), ['ephemeral-claim@13:40']],
  ['pod-volumes', 'good: octal mode, relative items', container('  volumes:', '  - name: cfg', '    configMap:', '      name: web', '      defaultMode: 0644', '      items:', '      - {key: a, path: conf/a}'), []],
  // pod-volume-mounts
  ['pod-volume-mounts', 'bad: one mountPath twice', container('    volumeMounts:', '    - {name: a, mountPath: /data}', '    - {name: b, mountPath: /data}', '  volumes:', '  - {name: a, emptyDir: {}}', '  - {name: b, emptyDir: {}}'), ['mount-path-duplicate@11:28']],
  ['pod-volume-mounts', 'bad: subPath and subPathExpr, absolute subPathExpr', container('    volumeMounts:', '    - {name: a, mountPath: /data, subPath: x, subPathExpr: /$(POD)}', '  volumes:', '  - {name: a, emptyDir: {}}'), ['sub-path-both@10:47', 'path-absolute@10:60']],
  ['pod-volume-mounts', 'bad: Bidirectional without privileged', container('    volumeMounts:', '    - {name: a, mountPath: /data, mountPropagation: Bidirectional}', '  volumes:', '  - {name: a, emptyDir: {}}'), ['bidirectional@10:53']],
  ['pod-volume-mounts', 'bad: recursiveReadOnly without readOnly', container('    volumeMounts:', '    - {name: a, mountPath: /data, recursiveReadOnly: Enabled}', '  volumes:', '  - {name: a, emptyDir: {}}'), ['recursive-read-only@10:54']],
  ['pod-volume-mounts', 'bad: a block device from an emptyDir', container('    volumeDevices:', '    - {name: a, devicePath: /dev/xvda}', '  volumes:', '  - {name: a, emptyDir: {}}'), ['device-source@10:14']],
  ['pod-volume-mounts', 'good: privileged Bidirectional, read-only recursive', container('    securityContext: {privileged: true}', '    volumeMounts:', '    - {name: a, mountPath: /a, mountPropagation: Bidirectional}', '    - {name: b, mountPath: /b, readOnly: true, recursiveReadOnly: Enabled}', '  volumes:', '  - {name: a, emptyDir: {}}', '  - {name: b, emptyDir: {}}'), []],
  // pod-probes
  ['pod-probes', 'bad: liveness successThreshold 3', container('    livenessProbe:', '      tcpSocket: {port: 80}', '      successThreshold: 3'), ['success-threshold@11:25']],
  ['pod-probes', 'bad: negative periodSeconds and a readiness grace period', container('    readinessProbe:', '      tcpSocket: {port: 80}', '      periodSeconds: -5', '      terminationGracePeriodSeconds: 10'), ['negative@11:22', 'readiness-grace@12:7']],
  ['pod-probes', 'bad: a port name too long, empty exec command', container('    livenessProbe:', '      httpGet: {path: /, port: http-management-api}', '    startupProbe:', '      exec: {command: []}'), ['port@10:32', 'exec-command@12:14']],
  ['pod-probes', 'bad: preStop with two handlers, a sleep past the grace period', pod('  terminationGracePeriodSeconds: 10', '  containers:', '  - name: web', '    image: nginx:1.30', '    lifecycle:', '      preStop:', '        exec: {command: [sh]}', '        sleep: {seconds: 20}'), ['hook-several@13:9', 'sleep@13:26']],
  ['pod-probes', 'good: a sleep within the default 30 seconds', container('    lifecycle:', '      preStop:', '        sleep: {seconds: 15}'), []],
  // pod-resources
  ['pod-resources', 'bad: gpu without a domain', container('    resources:', '      limits: {gpu: 1}'), ['resource-standard@10:16']],
  ['pod-resources', 'bad: an extended request without a limit, and a fraction', container('    resources:', '      requests: {example.com/gpu: 1}', '      limits: {example.com/fpga: 0.5}'), ['limit-required@10:18', 'integer@11:34']],
  ['pod-resources', 'bad: negative memory', container('    resources:', '      requests: {memory: -1Gi}'), ['negative@10:26']],
  ['pod-resources', 'bad: hugepages alone, not a page multiple', container('    resources:', '      limits: {hugepages-2Mi: 3Mi}'), ['huge-pages-cpu-memory@9:5', 'huge-pages-multiple@10:31']],
  ['pod-resources', 'bad: a claim the Pod does not declare', container('    resources:', '      claims: [{name: gpu}]'), ['claim-unknown@10:23']],
  ['pod-resources', 'bad: resizePolicy for a Pod that never restarts', pod('  restartPolicy: Never', '  containers:', '  - name: web', '    image: nginx:1.30', '    resizePolicy:', '    - {resourceName: memory, restartPolicy: RestartContainer}'), ['resize-never@11:45']],
  ['pod-resources', 'good: equal extended request and limit, hugepages with memory', container('    resources:', '      requests: {example.com/gpu: 2, memory: 1Gi, hugepages-2Mi: 4Mi}', '      limits: {example.com/gpu: 2, memory: 1Gi, hugepages-2Mi: 4Mi}'), []],
  // pod-template-restart-policy
  ['pod-template-restart-policy', 'bad: a DaemonSet that never restarts, with a deadline', yaml('apiVersion: apps/v1', 'kind: DaemonSet', 'metadata: {name: agent}', 'spec:', '  selector: {matchLabels: {app: agent}}', '  template:', '    metadata: {labels: {app: agent}}', '    spec:', '      restartPolicy: Never', '      activeDeadlineSeconds: 60', '      containers: [{name: agent, image: busybox:1.36}]'), ['policy@9:22', 'deadline@10:7']],
  // pod-security-context
  ['pod-security-context', 'bad: Localhost seccomp without a profile', pod('  securityContext:', '    seccompProfile: {type: Localhost}', '  containers: [{name: web, image: nginx:1.30}]'), ['profile-localhost@7:5']],
  ['pod-security-context', 'bad: a profile path for RuntimeDefault, .. in a Localhost one', pod('  securityContext:', '    seccompProfile: {type: RuntimeDefault, localhostProfile: a.json}', '  containers:', '  - name: web', '    image: nginx:1.30', '    securityContext:', '      seccompProfile: {type: Localhost, localhostProfile: ../a.json}'), ['profile-not-localhost@7:44', 'path-backstep@12:59']],
  ['pod-security-context', 'bad: runAsUser -1, a net sysctl with hostNetwork', pod('  hostNetwork: true', '  securityContext:', '    runAsUser: -1', '    sysctls: [{name: net.core.somaxconn, value: "1024"}]', '  containers: [{name: web, image: nginx:1.30}]'), ['id-range@8:16', 'sysctl-host@9:22']],
  ['pod-security-context', 'bad: shareProcessNamespace with hostPID, hostUsers false with hostIPC', pod('  hostPID: true', '  hostIPC: true', '  hostUsers: false', '  shareProcessNamespace: true', '  containers: [{name: web, image: nginx:1.30}]'), ['host-users@6:3', 'host-users@7:3', 'share-process-host-pid@9:3']],
  ['pod-security-context', 'bad: no escalation yet privileged, Unmasked with host users', container('    securityContext:', '      privileged: true', '      allowPrivilegeEscalation: false', '      procMount: Unmasked'), ['privilege-escalation@11:7', 'proc-mount@12:18']],
  ['pod-security-context', 'good: Unmasked in a user namespace', pod('  hostUsers: false', '  containers:', '  - name: web', '    image: nginx:1.30', '    securityContext: {procMount: Unmasked}'), []],
  // pod-os
  ['pod-os', 'bad: an unknown OS', pod('  os: {name: macos}', '  containers: [{name: web, image: nginx:1.30}]'), ['os-name@6:14']],
  ['pod-os', 'bad: Linux-only fields in a Windows Pod', pod('  os: {name: windows}', '  hostPID: true', '  containers:', '  - name: web', '    image: nginx:1.30', '    securityContext: {privileged: false}'), ['not-on-windows@7:3', 'not-on-windows@11:23']],
  ['pod-os', 'bad: windowsOptions in a Linux Pod', pod('  os: {name: linux}', '  securityContext:', '    windowsOptions: {runAsUserName: app}', '  containers: [{name: web, image: nginx:1.30}]'), ['not-on-linux@8:5']],
  ['pod-os', 'bad: HostProcess without hostNetwork, a user name with @', pod('  securityContext:', '    windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\\\me@host"}', '  containers: [{name: web, image: nginx:1.30}]'), ['host-process-network@5:1', 'user-name@7:56']],
  // pod-dns
  ['pod-dns', 'bad: dnsPolicy None without nameservers', pod('  dnsPolicy: None', '  containers: [{name: web, image: nginx:1.30}]'), ['none-needs-config@6:3']],
  ['pod-dns', 'bad: four nameservers, one not an IP', pod('  dnsConfig:', '    nameservers: [1.1.1.1, 8.8.8.8, 9.9.9.9, dns.example]', '  containers: [{name: web, image: nginx:1.30}]'), ['too-many-nameservers@7:5', 'ip@7:46']],
  ['pod-dns', 'bad: a search domain with a space, an option without a name', pod('  dnsConfig:', '    searches: ["svc cluster.local"]', '    options: [{value: "2"}]', '  containers: [{name: web, image: nginx:1.30}]'), ['search@7:16', 'option-name@8:16']],
  ['pod-dns', 'bad: hostname with a dot, alias with a bad IP', pod('  hostname: web.1', '  hostAliases: [{ip: 10.0.0.256, hostnames: [db.local]}]', '  containers: [{name: web, image: nginx:1.30}]'), ['label@6:13', 'ip@7:22']],
  ['pod-dns', 'good: relaxed search domains and a trailing dot', pod('  dnsConfig:', '    searches: [_tcp.example.com, corp.example.]', '  containers: [{name: web, image: nginx:1.30}]'), []],
  // pod-tolerations
  ['pod-tolerations', 'bad: no key with Equal, seconds without NoExecute', pod('  tolerations:', '  - {operator: Equal, value: x}', '  - {key: a, operator: Exists, tolerationSeconds: 30}', '  containers: [{name: web, image: nginx:1.30}]'), ['empty-key@7:6', 'seconds-effect@8:32']],
  ['pod-tolerations', 'bad: Exists with a value, a value with spaces', pod('  tolerations:', '  - {key: a, operator: Exists, value: x}', '  - {key: b, value: "x y"}', '  containers: [{name: web, image: nginx:1.30}]'), ['exists-value@7:32', 'value@8:21']],
  ['pod-tolerations', 'good: tolerate everything', pod('  tolerations:', '  - operator: Exists', '  containers: [{name: web, image: nginx:1.30}]'), []],
  // pod-affinity
  ['pod-affinity', 'bad: Exists with values, Gt with two, weight 0', pod('  affinity:', '    nodeAffinity:', '      requiredDuringSchedulingIgnoredDuringExecution:', '        nodeSelectorTerms:', '        - matchExpressions:', '          - {key: a, operator: Exists, values: [x]}', '          - {key: b, operator: Gt, values: ["1", "2"]}', '      preferredDuringSchedulingIgnoredDuringExecution:', '      - weight: 0', '        preference: {matchExpressions: [{key: c, operator: In, values: [y]}]}', '  containers: [{name: web, image: nginx:1.30}]'), ['selector-values-forbidden@11:40', 'selector-values-one@12:36', 'weight@14:17']],
  ['pod-affinity', 'bad: empty nodeSelectorTerms, a matchFields key other than metadata.name', pod('  affinity:', '    nodeAffinity:', '      requiredDuringSchedulingIgnoredDuringExecution:', '        nodeSelectorTerms: []', '      preferredDuringSchedulingIgnoredDuringExecution:', '      - weight: 1', '        preference: {matchFields: [{key: metadata.labels, operator: In, values: [x]}]}', '  containers: [{name: web, image: nginx:1.30}]'), ['terms-required@9:9', 'match-field-key@12:42']],
  ['pod-affinity', 'bad: pod anti-affinity without topologyKey value, a bad selector', pod('  affinity:', '    podAntiAffinity:', '      requiredDuringSchedulingIgnoredDuringExecution:', '      - topologyKey: ""', '        labelSelector: {matchExpressions: [{key: app, operator: In}]}', '  containers: [{name: web, image: nginx:1.30}]'), ['topology-key@9:22', 'selector-values-required@10:45']],
  ['pod-affinity', 'bad: a nodeSelector value with a space', pod('  nodeSelector: {disk: "fast ssd"}', '  containers: [{name: web, image: nginx:1.30}]'), ['node-selector-value@6:24']],
  ['pod-affinity', 'good: zone affinity and spreading by hostname', pod('  affinity:', '    podAntiAffinity:', '      preferredDuringSchedulingIgnoredDuringExecution:', '      - weight: 100', '        podAffinityTerm:', '          topologyKey: kubernetes.io/hostname', '          labelSelector: {matchLabels: {app: web}}', '          matchLabelKeys: [pod-template-hash]', '  containers: [{name: web, image: nginx:1.30}]'), []],
  // pod-topology-spread
  ['pod-topology-spread', 'bad: maxSkew 0, minDomains with ScheduleAnyway, the same key twice', pod('  topologySpreadConstraints:', '  - {maxSkew: 0, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway, minDomains: 2}', '  - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway}', '  containers: [{name: web, image: nginx:1.30}]'), ['max-skew@7:15', 'min-domains-policy@7:72', 'duplicate@8:31']],
  ['pod-topology-spread', 'bad: matchLabelKeys without a labelSelector', pod('  topologySpreadConstraints:', '  - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, matchLabelKeys: [pod-template-hash]}', '  containers: [{name: web, image: nginx:1.30}]'), ['label-keys-selector@7:71']],
  // pod-spec-fields
  ['pod-spec-fields', 'bad: a service account with capitals, activeDeadlineSeconds 0', pod('  serviceAccountName: Runner', '  activeDeadlineSeconds: 0', '  containers: [{name: web, image: nginx:1.30}]'), ['subdomain@6:23', 'deadline@7:26']],
  ['pod-spec-fields', 'bad: nodeName with a scheduling gate, a gate twice', pod('  nodeName: node-1', '  schedulingGates: [{name: example.com/quota}, {name: example.com/quota}]', '  containers: [{name: web, image: nginx:1.30}]'), ['node-name-gated@6:3', 'gate-duplicate@7:55']],
  ['pod-spec-fields', 'bad: a resource claim with both sources', pod('  resourceClaims:', '  - {name: gpu, resourceClaimName: a, resourceClaimTemplateName: b}', '  containers: [{name: web, image: nginx:1.30}]'), ['claim-source@7:6']],
  ['pod-spec-fields', 'good: a readiness gate with a domain', pod('  readinessGates: [{conditionType: example.com/ready}]', '  containers: [{name: web, image: nginx:1.30}]'), []],
] as const)('%s: %s', (rule, _title, text, expected) => {
  test('reports exactly', () => expect(found(rule, text)).toEqual(expected));
});

const deploymentWith = (...spec: string[]) => yaml(
  'apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: web}', 'spec:', '  selector: {matchLabels: {app: web}}',
  '  template:', '    metadata: {labels: {app: web}}', '    spec:', ...spec,
);

describe('Pod templates get the same checks as Pods', () => {
  test('a Deployment template with a bad port, env and volume', () => {
    const text = deploymentWith('      containers:', '      - name: web', '        image: nginx:1.30', '        ports: [{containerPort: 0}]', '        env: [{name: A, value: x, valueFrom: {fieldRef: {fieldPath: metadata.name}}}]', '      volumes: [{name: v}]');
    expect(found('pod-container-ports', text)).toEqual(['port-range@12:33']);
    expect(found('pod-env', text)).toEqual(['value-and-from@13:35']);
    expect(found('pod-volumes', text)).toEqual(['no-source@14:18']);
  });
  test('a CronJob template three levels down', () => {
    const text = yaml('apiVersion: batch/v1', 'kind: CronJob', 'metadata: {name: report}', 'spec:', '  schedule: "0 * * * *"', '  jobTemplate:', '    spec:', '      template:', '        spec:', '          restartPolicy: Never', '          tolerations: [{operator: Equal}]', '          containers: [{name: report, image: busybox:1.36}]');
    expect(found('pod-tolerations', text)).toEqual(['empty-key@11:26']);
  });
  test('templates keep accepting a padded image and a hostNetwork hostPort of 0', () => {
    const text = deploymentWith('      hostNetwork: true', '      containers:', '      - name: web', '        image: " nginx:1.30"', '        ports: [{containerPort: 80}]');
    expect(found('pod-containers', text)).toEqual([]);
    expect(found('pod-container-ports', text)).toEqual([]);
  });
  test('a StatefulSet block device from its volumeClaimTemplates', () => {
    const text = yaml('apiVersion: apps/v1', 'kind: StatefulSet', 'metadata: {name: db}', 'spec:', '  serviceName: db', '  selector: {matchLabels: {app: db}}', '  template:', '    metadata: {labels: {app: db}}', '    spec:', '      containers:', '      - name: db', '        image: postgres:17', '        volumeDevices: [{name: data, devicePath: /dev/xvda}]', '  volumeClaimTemplates:', '  - metadata: {name: data}', '    spec: {accessModes: [ReadWriteOnce], volumeMode: Block, resources: {requests: {storage: 1Gi}}}');
    expect(found('pod-volume-mounts', text)).toEqual([]);
  });
});

describe('messages read well in both languages', () => {
  test('the Korean particle follows the word, the English names the same things', () => {
    const text = container('    ports:', '    - {name: http, containerPort: 80}', '    - {name: http, containerPort: 81}');
    const [d] = validate(text, { schema: apiSchema }).diagnostics.filter((x) => x.ruleId === 'pod-container-ports');
    expect(d && formatMessage(d, 'ko')).toBe('포트 이름 http가 컨테이너 web 안에서 중복된다.');
    expect(d && formatMessage(d, 'en')).toBe('The port name http is used twice in container web.');
  });
});
