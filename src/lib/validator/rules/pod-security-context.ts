// Security contexts as validatePodSpecSecurityContext, ValidateSecurityContext, validateSysctls,
// validateSeccompProfileField, ValidateAppArmorProfileField and validateHostUsers check them
// (pkg/apis/core/validation/validation.go). Windows options and os.name are pod-os'.
// https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
import type { PathSegment, ResourceRule, RuleContext } from '../types.ts';
import { isLinuxId, isSysctlName, LOCAL_PATH_MESSAGES, localPathProblem } from '../api-formats.ts';
import { mappingsOf, record, text } from '../pod-spec.ts';
import { containersOf, podSpecOf } from '../workload.ts';

const ID_FIELDS = ['runAsUser', 'runAsGroup', 'fsGroup'];
/** the sysctls of the IPC namespace (k8s.io/component-helpers/node/util/sysctl) */
const IPC_SYSCTLS = ['kernel.shmall', 'kernel.shmmax', 'kernel.shmmni', 'kernel.shm_rmid_forced', 'kernel.msgmax', 'kernel.msgmnb', 'kernel.msgmni', 'kernel.sem'];
const SELINUX_CHANGE_POLICIES = ['Recursive', 'MountOption'];
const MAX_APPARMOR_PROFILE = 4095;

export const podSecurityContext: ResourceRule = {
  id: 'pod-security-context',
  severity: 'error',
  category: 'semantics',
  messages: {
    'id-range': { ko: '{field} {value|는} 0에서 2147483647 사이여야 한다.', en: '{field} {value} must be between 0 and 2147483647.' },
    'share-process-host-pid': {
      ko: 'shareProcessNamespace와 hostPID를 함께 켤 수 없다.',
      en: 'shareProcessNamespace and hostPID cannot both be enabled.',
    },
    'host-users': {
      ko: 'hostUsers: false인 파드에서는 {field|를} 켤 수 없다.',
      en: '{field} cannot be enabled in a Pod with hostUsers: false.',
    },
    'sysctl-name': {
      ko: 'sysctl 이름 {name|은} 253자 이하의 소문자, 숫자, -, _로 된 마디를 . 또는 /로 이은 것이어야 한다.',
      en: 'The sysctl name {name} must be at most 253 characters of lower-case letters, digits, - and _ segments joined by . or /.',
    },
    'sysctl-duplicate': { ko: 'sysctl {name|이} 두 번 있다.', en: 'The sysctl {name} is set twice.' },
    'sysctl-host': {
      ko: 'sysctl {name|은} {field}: true인 파드에서는 쓸 수 없다. 노드의 설정을 바꾸게 된다.',
      en: 'The sysctl {name} cannot be set when {field} is true: it would change the node\'s setting.',
    },
    'profile-localhost': {
      ko: '{profile}.type이 Localhost이면 localhostProfile이 필요하다.',
      en: '{profile}.type Localhost needs localhostProfile.',
    },
    'profile-not-localhost': {
      ko: '{profile}.localhostProfile은 type이 Localhost일 때만 쓸 수 있다.',
      en: '{profile}.localhostProfile can only be set when the type is Localhost.',
    },
    'profile-whitespace': {
      ko: 'appArmorProfile.localhostProfile의 앞뒤에 공백을 둘 수 없다.',
      en: 'appArmorProfile.localhostProfile must not be padded with whitespace.',
    },
    'profile-length': {
      ko: 'appArmorProfile.localhostProfile은 4095자를 넘을 수 없다.',
      en: 'appArmorProfile.localhostProfile cannot be longer than 4095 characters.',
    },
    'privilege-escalation': {
      ko: 'allowPrivilegeEscalation: false와 {conflict|를} 함께 쓸 수 없다.',
      en: 'allowPrivilegeEscalation: false cannot be combined with {conflict}.',
    },
    'proc-mount': {
      ko: 'procMount: Unmasked는 hostUsers: false인 파드에서만 쓸 수 있다.',
      en: 'procMount: Unmasked needs hostUsers: false on the Pod.',
    },
    'selinux-change-policy': {
      ko: 'seLinuxChangePolicy {value|는} 지원되지 않는다. Recursive나 MountOption을 쓰자.',
      en: 'seLinuxChangePolicy {value} is not supported; use Recursive or MountOption.',
    },
    ...LOCAL_PATH_MESSAGES,
  },
  docs: {
    summary: { ko: '파드와 컨테이너의 보안 컨텍스트(securityContext) 값을 확인한다.', en: 'Checks Pod and container securityContext values.' },
    why: {
      ko: 'API 서버는 범위를 벗어난 사용자·그룹 ID, 형식이 틀린 sysctl 이름, localhostProfile 없는 Localhost seccomp·AppArmor 프로파일, privileged와 allowPrivilegeEscalation: false 같은 모순된 조합을 거부한다. hostNetwork 파드의 net.* sysctl은 노드 전체를 바꾸므로 역시 거부된다.',
      en: 'The API server rejects user and group ids out of range, malformed sysctl names, a Localhost seccomp or AppArmor profile without localhostProfile, and contradictions such as privileged with allowPrivilegeEscalation: false. A net.* sysctl in a hostNetwork Pod would change the whole node and is rejected too.',
    },
    fix: {
      ko: 'Localhost 프로파일에는 localhostProfile을 주고, 모순된 설정 중 하나를 지우자.',
      en: 'Give a Localhost profile its localhostProfile, and drop one side of a contradiction.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    seccompProfile:\n      type: Localhost\n  containers:\n  - name: web\n    image: nginx:1.30\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    seccompProfile:\n      type: Localhost\n      localhostProfile: profiles/web.json\n  containers:\n  - name: web\n    image: nginx:1.30\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    if (!at) return;
    const { spec } = at;
    const hostUsers = spec.hostUsers !== false;
    const pod = record(spec, 'securityContext');
    const podPath = [...at.path, 'securityContext'];
    if (pod) {
      checkIds(ctx, pod, podPath);
      if (Array.isArray(pod.supplementalGroups)) {
        pod.supplementalGroups.forEach((id, i) => {
          if (!isLinuxId(id)) ctx.report({ messageId: 'id-range', data: { field: 'supplementalGroups', value: String(id) }, path: [...podPath, 'supplementalGroups', i], at: 'value' });
        });
      }
      checkSysctls(ctx, pod, spec, [...podPath, 'sysctls']);
      checkProfiles(ctx, pod, podPath);
      const change = text(pod, 'seLinuxChangePolicy');
      if (change !== undefined && !SELINUX_CHANGE_POLICIES.includes(change)) ctx.report({ messageId: 'selinux-change-policy', data: { value: change }, path: [...podPath, 'seLinuxChangePolicy'], at: 'value' });
    }
    if (spec.shareProcessNamespace === true && spec.hostPID === true) ctx.report({ messageId: 'share-process-host-pid', path: [...at.path, 'shareProcessNamespace'] });
    if (!hostUsers) {
      for (const field of ['hostNetwork', 'hostPID', 'hostIPC']) {
        if (spec[field] === true) ctx.report({ messageId: 'host-users', data: { field }, path: [...at.path, field] });
      }
    }
    for (const c of containersOf(at)) {
      const sc = record(c.container, 'securityContext');
      if (!sc) continue;
      const path = [...c.path, 'securityContext'];
      checkIds(ctx, sc, path);
      checkProfiles(ctx, sc, path);
      if (sc.allowPrivilegeEscalation === false) {
        if (sc.privileged === true) ctx.report({ messageId: 'privilege-escalation', data: { conflict: 'privileged: true' }, path: [...path, 'allowPrivilegeEscalation'] });
        const add = record(sc, 'capabilities')?.add;
        if (Array.isArray(add) && add.includes('CAP_SYS_ADMIN')) ctx.report({ messageId: 'privilege-escalation', data: { conflict: 'capabilities.add: CAP_SYS_ADMIN' }, path: [...path, 'allowPrivilegeEscalation'] });
      }
      if (sc.procMount === 'Unmasked' && hostUsers) ctx.report({ messageId: 'proc-mount', path: [...path, 'procMount'], at: 'value' });
    }
  },
};

function checkIds(ctx: RuleContext, sc: Record<string, unknown>, path: PathSegment[]): void {
  for (const field of ID_FIELDS) {
    if (!isLinuxId(sc[field])) ctx.report({ messageId: 'id-range', data: { field, value: String(sc[field]) }, path: [...path, field], at: 'value' });
  }
}

function checkSysctls(ctx: RuleContext, pod: Record<string, unknown>, spec: Record<string, unknown>, path: PathSegment[]): void {
  const seen = new Set<string>();
  for (const { index, item } of mappingsOf(pod.sysctls)) {
    const name = text(item, 'name');
    if (!name) continue;
    const at = [...path, index, 'name'];
    if (!isSysctlName(name)) ctx.report({ messageId: 'sysctl-name', data: { name }, path: at, at: 'value' });
    else if (seen.has(name)) ctx.report({ messageId: 'sysctl-duplicate', data: { name }, path: at, at: 'value' });
    seen.add(name);
    const dotted = name.replaceAll('/', '.');
    if (spec.hostNetwork === true && dotted.startsWith('net.')) ctx.report({ messageId: 'sysctl-host', data: { name, field: 'hostNetwork' }, path: at, at: 'value' });
    if (spec.hostIPC === true && (IPC_SYSCTLS.includes(dotted) || dotted.startsWith('fs.mqueue.'))) {
      ctx.report({ messageId: 'sysctl-host', data: { name, field: 'hostIPC' }, path: at, at: 'value' });
    }
  }
}

/** seccompProfile and appArmorProfile: localhostProfile exactly when the type is Localhost. */
function checkProfiles(ctx: RuleContext, sc: Record<string, unknown>, path: PathSegment[]): void {
  for (const profile of ['seccompProfile', 'appArmorProfile']) {
    const value = record(sc, profile);
    if (!value) continue;
    const at = [...path, profile];
    const local = value.localhostProfile;
    const hasLocal = local !== undefined && local !== null;
    if (value.type !== 'Localhost') {
      if (hasLocal) ctx.report({ messageId: 'profile-not-localhost', data: { profile }, path: [...at, 'localhostProfile'] });
      continue;
    }
    // an empty AppArmor profile counts as missing; an empty seccomp one passes upstream
    if (!hasLocal || (local === '' && profile === 'appArmorProfile')) {
      ctx.report({ messageId: 'profile-localhost', data: { profile }, path: [...at, 'localhostProfile'] });
      continue;
    }
    if (typeof local !== 'string') continue;
    if (profile === 'seccompProfile') {
      const problem = localPathProblem(local);
      if (problem) ctx.report({ messageId: `path-${problem}`, data: { field: 'seccompProfile.localhostProfile', value: local }, path: [...at, 'localhostProfile'], at: 'value' });
    } else if (local.trim() !== local) ctx.report({ messageId: 'profile-whitespace', path: [...at, 'localhostProfile'], at: 'value' });
    else if (local.length > MAX_APPARMOR_PROFILE) ctx.report({ messageId: 'profile-length', path: [...at, 'localhostProfile'] });
  }
}
