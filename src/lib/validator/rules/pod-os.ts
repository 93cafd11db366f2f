// os.name and what it forbids (validateOS, validateLinux, validateWindows), Windows HostProcess Pods
// (validateWindowsHostProcessPod) and windowsOptions (validateWindowsSecurityContextOptions), in
// pkg/apis/core/validation/validation.go. https://kubernetes.io/docs/concepts/workloads/pods/#pod-os
import type { PathSegment, ResourceRule, RuleContext } from '../types.ts';
import { isDnsSubdomain } from '../names.ts';
import { record, text } from '../pod-spec.ts';
import { containersOf, podSpecOf, type PodSpecAt } from '../workload.ts';
import { utf8Length } from '../utf8.ts';

const OS_NAMES = ['linux', 'windows'];
/** fields of the Pod that a Windows Pod cannot set (validateWindows) */
const NOT_ON_WINDOWS_POD = ['appArmorProfile', 'seLinuxOptions', 'seccompProfile', 'fsGroup', 'fsGroupChangePolicy', 'sysctls', 'runAsUser', 'runAsGroup', 'supplementalGroups', 'supplementalGroupsPolicy', 'seLinuxChangePolicy'];
const NOT_ON_WINDOWS_CONTAINER = ['appArmorProfile', 'seLinuxOptions', 'seccompProfile', 'capabilities', 'readOnlyRootFilesystem', 'privileged', 'allowPrivilegeEscalation', 'procMount', 'runAsUser', 'runAsGroup'];
const MAX_GMSA_SPEC = 64 * 1024;
const MAX_USER = 104;

export const podOs: ResourceRule = {
  id: 'pod-os',
  severity: 'error',
  category: 'semantics',
  messages: {
    'os-name': { ko: 'os.name {value|은} linux나 windows여야 한다.', en: 'os.name {value} must be linux or windows.' },
    'not-on-windows': {
      ko: '{field|는} os.name: windows인 파드에서 쓸 수 없다.',
      en: '{field} cannot be set for a Pod with os.name: windows.',
    },
    'not-on-linux': {
      ko: 'windowsOptions는 os.name: linux인 파드에서 쓸 수 없다.',
      en: 'windowsOptions cannot be set for a Pod with os.name: linux.',
    },
    'host-process-mixed': {
      ko: 'HostProcess 컨테이너가 있는 파드에서는 모든 컨테이너가 HostProcess여야 한다.',
      en: 'A Pod with a HostProcess container must run every container as HostProcess.',
    },
    'host-process-differs': {
      ko: '컨테이너의 hostProcess가 파드의 값과 다르다. 둘 다 쓰려면 같게 하자.',
      en: 'The container\'s hostProcess differs from the Pod\'s; when both are set they must match.',
    },
    'host-process-network': {
      ko: 'HostProcess 컨테이너가 있는 파드에는 hostNetwork: true가 필요하다.',
      en: 'A Pod with HostProcess containers needs hostNetwork: true.',
    },
    'gmsa-name': {
      ko: 'gmsaCredentialSpecName {value|은} DNS 서브도메인이어야 한다.',
      en: 'gmsaCredentialSpecName {value} must be a DNS subdomain.',
    },
    'gmsa-size': { ko: 'gmsaCredentialSpec은 64KiB를 넘을 수 없다.', en: 'gmsaCredentialSpec cannot exceed 64 KiB.' },
    'user-name': {
      ko: 'runAsUserName {value|은} [도메인\\]사용자 형식이어야 한다. 사용자 부분은 1~104자이고, 점과 공백만으로 될 수 없고, 제어 문자와 "/\\:;|=,+*?<>@[]를 쓸 수 없다.',
      en: 'runAsUserName {value} must read [DOMAIN\\]USER, where USER has 1 to 104 characters, is not only dots and spaces, and holds no control characters or "/\\:;|=,+*?<>@[].',
    },
  },
  docs: {
    summary: {
      ko: 'os.name과 그 운영 체제에서 쓸 수 없는 필드, Windows HostProcess 파드를 확인한다.',
      en: 'Checks os.name, the fields its operating system cannot use, and Windows HostProcess Pods.',
    },
    why: {
      ko: 'os.name을 windows로 두면 seccomp, SELinux, AppArmor, runAsUser, 권한(capabilities)처럼 리눅스에만 있는 설정을 쓸 수 없고, linux로 두면 windowsOptions를 쓸 수 없다. HostProcess 파드는 모든 컨테이너가 HostProcess이고 hostNetwork: true여야 한다.',
      en: 'With os.name windows, Linux-only settings (seccomp, SELinux, AppArmor, runAsUser, capabilities) are rejected; with linux, windowsOptions is. A HostProcess Pod must run every container as HostProcess and set hostNetwork: true.',
    },
    fix: {
      ko: '파드가 실행될 운영 체제에 맞는 설정만 남기자.',
      en: 'Keep only the settings of the operating system the Pod runs on.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: iis\nspec:\n  os:\n    name: windows\n  securityContext:\n    runAsUser: 1000\n  containers:\n  - name: iis\n    image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: iis\nspec:\n  os:\n    name: windows\n  securityContext:\n    windowsOptions:\n      runAsUserName: ContainerUser\n  containers:\n  - name: iis\n    image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    if (!at) return;
    const name = text(record(at.spec, 'os'), 'name');
    if (name !== undefined && !OS_NAMES.includes(name)) ctx.report({ messageId: 'os-name', data: { value: name }, path: [...at.path, 'os', 'name'], at: 'value' });
    else if (name === 'windows') checkWindows(ctx, at);
    else if (name === 'linux') checkLinux(ctx, at);
    checkHostProcess(ctx, at);
    const pod = record(at.spec, 'securityContext');
    checkWindowsOptions(ctx, record(pod, 'windowsOptions'), [...at.path, 'securityContext', 'windowsOptions']);
    for (const c of containersOf(at)) {
      checkWindowsOptions(ctx, record(record(c.container, 'securityContext'), 'windowsOptions'), [...c.path, 'securityContext', 'windowsOptions']);
    }
  },
};

function checkWindows(ctx: RuleContext, at: PodSpecAt): void {
  const pod = record(at.spec, 'securityContext');
  for (const field of NOT_ON_WINDOWS_POD) {
    if (pod?.[field] !== undefined && pod[field] !== null) ctx.report({ messageId: 'not-on-windows', data: { field }, path: [...at.path, 'securityContext', field] });
  }
  // hostPID and hostIPC count when true; hostUsers and shareProcessNamespace whenever written
  for (const field of ['hostPID', 'hostIPC']) if (at.spec[field] === true) ctx.report({ messageId: 'not-on-windows', data: { field }, path: [...at.path, field] });
  for (const field of ['hostUsers', 'shareProcessNamespace']) {
    if (at.spec[field] !== undefined && at.spec[field] !== null) ctx.report({ messageId: 'not-on-windows', data: { field }, path: [...at.path, field] });
  }
  for (const c of containersOf(at)) {
    const sc = record(c.container, 'securityContext');
    for (const field of NOT_ON_WINDOWS_CONTAINER) {
      if (sc?.[field] !== undefined && sc[field] !== null) ctx.report({ messageId: 'not-on-windows', data: { field }, path: [...c.path, 'securityContext', field] });
    }
  }
}

function checkLinux(ctx: RuleContext, at: PodSpecAt): void {
  if (record(record(at.spec, 'securityContext'), 'windowsOptions')) ctx.report({ messageId: 'not-on-linux', path: [...at.path, 'securityContext', 'windowsOptions'] });
  for (const c of containersOf(at)) {
    if (record(record(c.container, 'securityContext'), 'windowsOptions')) ctx.report({ messageId: 'not-on-linux', path: [...c.path, 'securityContext', 'windowsOptions'] });
  }
}

function hostProcessOf(sc: Record<string, unknown> | undefined): boolean | undefined {
  const value = record(sc, 'windowsOptions')?.hostProcess;
  return typeof value === 'boolean' ? value : undefined;
}

function checkHostProcess(ctx: RuleContext, at: PodSpecAt): void {
  const pod = hostProcessOf(record(at.spec, 'securityContext'));
  const containers = containersOf(at);
  let hostProcess = 0;
  for (const c of containers) {
    const own = hostProcessOf(record(c.container, 'securityContext'));
    if (pod !== undefined && own !== undefined && own !== pod) {
      ctx.report({ messageId: 'host-process-differs', path: [...c.path, 'securityContext', 'windowsOptions', 'hostProcess'], at: 'value' });
    }
    if (own ?? pod) hostProcess += 1;
  }
  if (hostProcess === 0) return;
  if (hostProcess !== containers.length) ctx.report({ messageId: 'host-process-mixed', path: [...at.path, 'containers'] });
  if (at.spec.hostNetwork !== true) ctx.report({ messageId: 'host-process-network', path: [...at.path, 'hostNetwork'] });
}

function checkWindowsOptions(ctx: RuleContext, options: Record<string, unknown> | undefined, path: PathSegment[]): void {
  if (!options) return;
  const gmsaName = text(options, 'gmsaCredentialSpecName');
  if (gmsaName && !isDnsSubdomain(gmsaName)) ctx.report({ messageId: 'gmsa-name', data: { value: gmsaName }, path: [...path, 'gmsaCredentialSpecName'], at: 'value' });
  const gmsa = text(options, 'gmsaCredentialSpec');
  if (gmsa && utf8Length(gmsa) > MAX_GMSA_SPEC) ctx.report({ messageId: 'gmsa-size', path: [...path, 'gmsaCredentialSpec'] });
  const user = text(options, 'runAsUserName');
  if (user !== undefined && !isWindowsUserName(user)) ctx.report({ messageId: 'user-name', data: { value: user }, path: [...path, 'runAsUserName'], at: 'value' });
}

/** The user part of [DOMAIN\]USER, as validateWindowsSecurityContextOptions reads it (the domain is not checked here). */
function isWindowsUserName(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (value === '' || /[\x00-\x1f\x7f]/.test(value)) return false;
  const parts = value.split('\\');
  if (parts.length > 2) return false;
  const user = parts[parts.length - 1] as string;
  return user.length >= 1 && user.length <= MAX_USER && !/^[. ]+$/.test(user) && !/["/\\:;|=,+*?<>@[\]]/.test(user);
}
