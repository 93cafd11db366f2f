// Value formats the API server checks in Pod specs (k8s.io/apimachinery/pkg/util/validation and
// pkg/apis/core/validation): port names and numbers, environment variable names, ConfigMap keys,
// relative paths, HTTP header names, sysctl names and Linux user ids.
import type { Lang } from './types.ts';

/** IsValidPortNum: 1-65535. */
export function isPortNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535;
}

/** IsValidPortName (IANA_SVC_NAME): 1-15 lower-case letters, digits and '-', a letter among them, no '--', no '-' at either end. */
export function isPortName(value: string): boolean {
  return value.length >= 1 && value.length <= 15 && /^[-a-z0-9]+$/.test(value) && /[a-z]/.test(value)
    && !value.includes('--') && !value.startsWith('-') && !value.endsWith('-');
}

/** A port given as a number or an IANA name (httpGet.port, tcpSocket.port). */
export function isPortNumberOrName(value: unknown): boolean {
  return typeof value === 'string' ? isPortName(value) : isPortNumber(value);
}

/**
 * IsRelaxedEnvVarName: any printable ASCII character but '='. RelaxedEnvironmentVariableValidation is
 * GA since 1.34, so the pinned release no longer asks for a C identifier.
 */
export function isEnvVarName(value: string): boolean {
  return value !== '' && /^[\x20-\x3c\x3e-\x7e]+$/.test(value);
}

/** IsConfigMapKey: at most 253 of [-._a-zA-Z0-9], not '.' or '..' and not starting with '..'. */
export function isConfigMapKey(value: string): boolean {
  return value.length <= 253 && /^[-._a-zA-Z0-9]+$/.test(value) && value !== '.' && !value.startsWith('..');
}

/** IsHTTPHeaderName: an RFC 7230 token. */
export function isHttpHeaderName(value: string): boolean {
  return /^[-A-Za-z0-9!#$%&'*+.^_`|~]+$/.test(value);
}

const SYSCTL_SEGMENT = '[a-z0-9]([-_a-z0-9]*[a-z0-9])?';
const SYSCTL = new RegExp(`^(${SYSCTL_SEGMENT}[./])*${SYSCTL_SEGMENT}$`);

/** IsValidSysctlName: dot- or slash-separated segments, at most 253 characters. */
export function isSysctlName(value: string): boolean {
  return value.length <= 253 && SYSCTL.test(value);
}

/** IsValidUserID / IsValidGroupID: 0 to 2^31-1. */
export function isLinuxId(value: unknown): boolean {
  return typeof value !== 'number' || (Number.isInteger(value) && value >= 0 && value <= 2147483647);
}

export type LocalPathProblem = 'absolute' | 'backstep' | 'dot-dot-start';

/**
 * validateLocalDescendingPath: relative and without a '..' element; with `nonReserved`
 * (ValidateLocalNonReservedPath, for file paths inside a volume) it may not start with '..' either.
 */
export function localPathProblem(value: string, nonReserved = false): LocalPathProblem | undefined {
  if (value.startsWith('/')) return 'absolute';
  if (hasBackstep(value)) return 'backstep';
  if (nonReserved && value.startsWith('..')) return 'dot-dot-start';
  return undefined;
}

/** validatePathNoBacksteps: no '..' element. */
export function hasBackstep(value: string): boolean {
  return value.split('/').includes('..');
}

/** The sentences of a localPathProblem, for the rules that report one ({field} {value}). */
export const LOCAL_PATH_MESSAGES: Record<string, Record<Lang, string>> = {
  'path-absolute': {
    ko: '{field} {value|는} 상대 경로여야 한다(/로 시작할 수 없다).',
    en: '{field} {value} must be a relative path (it cannot start with /).',
  },
  'path-backstep': {
    ko: '{field} {value}에 ..가 있다. 상위 디렉터리로 올라갈 수 없다.',
    en: '{field} {value} contains ..; it cannot step up a directory.',
  },
  'path-dot-dot': { ko: '{field} {value|는} ..으로 시작할 수 없다.', en: '{field} {value} cannot start with ...' },
};
