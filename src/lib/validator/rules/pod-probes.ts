// Probe settings and lifecycle hooks as validateProbe, validateLivenessProbe, validateReadinessProbe,
// validateStartupProbe, validateHandler and validateLifecycle check them (pkg/apis/core/validation/
// validation.go). That a probe has exactly one handler is probe-handler's.
// https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/
import type { PathSegment, ResourceRule, RuleContext } from '../types.ts';
import { isHttpHeaderName, isPortNumber, isPortNumberOrName } from '../api-formats.ts';
import { mappingsOf, record } from '../pod-spec.ts';
import { containersOf, podSpecOf } from '../workload.ts';
import { display } from '../display.ts';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];
const COUNTS = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'];
const HOOKS = ['postStart', 'preStop'];
const HOOK_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'];
/** v1 default of terminationGracePeriodSeconds, which bounds a sleep hook */
const DEFAULT_GRACE_PERIOD = 30;

export const podProbes: ResourceRule = {
  id: 'pod-probes',
  severity: 'error',
  category: 'semantics',
  messages: {
    negative: { ko: '{field} {value|는} 음수일 수 없다.', en: '{field} {value} cannot be negative.' },
    'success-threshold': {
      ko: '{probe}의 successThreshold는 1이어야 한다({value|이} 아니라). 1보다 큰 값은 readinessProbe에만 쓸 수 있다.',
      en: 'The successThreshold of {probe} must be 1, not {value}; larger values are for readinessProbe only.',
    },
    'readiness-grace': {
      ko: 'readinessProbe에는 terminationGracePeriodSeconds를 쓸 수 없다.',
      en: 'terminationGracePeriodSeconds cannot be set on a readinessProbe.',
    },
    'grace-positive': {
      ko: '프로브의 terminationGracePeriodSeconds {value|는} 0보다 커야 한다.',
      en: 'The probe\'s terminationGracePeriodSeconds {value} must be greater than 0.',
    },
    'exec-command': { ko: 'exec.command가 비어 있다.', en: 'exec.command is empty.' },
    port: {
      ko: '포트 {value|는} 1에서 65535 사이의 번호이거나 컨테이너 포트의 이름(15자 이하의 소문자, 숫자, -)이어야 한다.',
      en: 'The port {value} must be a number from 1 to 65535 or the name of a container port (at most 15 lower-case letters, digits and -).',
    },
    'grpc-port': { ko: 'grpc.port {value|는} 1에서 65535 사이여야 한다.', en: 'grpc.port {value} must be between 1 and 65535.' },
    header: {
      ko: 'HTTP 헤더 이름 {name|은} 토큰 문자(영숫자와 !#$%&\'*+-.^_`|~)로만 쓸 수 있다.',
      en: 'The HTTP header name {name} may only hold token characters (letters, digits and !#$%&\'*+-.^_`|~).',
    },
    'hook-none': {
      ko: '{hook}에 동작이 없다. exec, httpGet, tcpSocket, sleep 중 하나를 쓰자.',
      en: '{hook} has no handler; give it one of exec, httpGet, tcpSocket or sleep.',
    },
    'hook-several': {
      ko: '{hook}에 동작이 여러 개({handlers}) 있다. 하나만 쓸 수 있다.',
      en: '{hook} has more than one handler ({handlers}); only one is allowed.',
    },
    sleep: {
      ko: 'sleep.seconds {value|는} 0 이상이고 terminationGracePeriodSeconds({grace}) 이하여야 한다.',
      en: 'sleep.seconds {value} must be at least 0 and at most terminationGracePeriodSeconds ({grace}).',
    },
  },
  docs: {
    summary: { ko: '프로브의 숫자 설정과 lifecycle 훅을 확인한다.', en: 'Checks probe settings and lifecycle hooks.' },
    why: {
      ko: '활성 프로브(liveness probe)와 스타트업 프로브(startup probe)는 한 번 성공하면 충분하므로 successThreshold가 1이어야 하고, 프로브의 숫자는 음수일 수 없다. lifecycle 훅(postStart, preStop)은 동작을 정확히 하나 가져야 하고, sleep은 종료 유예 시간을 넘을 수 없다. 어긋나면 API 서버가 거부한다.',
      en: 'A liveness or startup probe is satisfied by one success, so its successThreshold must be 1, and probe numbers cannot be negative. A lifecycle hook (postStart, preStop) takes exactly one handler, and a sleep cannot outlast the termination grace period. The API server rejects anything else.',
    },
    fix: {
      ko: 'successThreshold를 지우거나 1로 두고, 훅에는 동작 하나만 남기자.',
      en: 'Remove successThreshold or set it to 1, and keep one handler per hook.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    livenessProbe:\n      httpGet:\n        path: /healthz\n        port: 80\n      successThreshold: 2\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n    livenessProbe:\n      httpGet:\n        path: /healthz\n        port: 80\n      failureThreshold: 3\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    if (!at) return;
    const grace = typeof at.spec.terminationGracePeriodSeconds === 'number' ? at.spec.terminationGracePeriodSeconds : DEFAULT_GRACE_PERIOD;
    for (const c of containersOf(at)) {
      // a plain init container may not have probes or hooks at all: pod-containers says so
      if (c.group === 'initContainers' && c.container.restartPolicy !== 'Always') continue;
      for (const probe of PROBES) {
        const value = record(c.container, probe);
        if (value) checkProbe(ctx, probe, value, [...c.path, probe]);
      }
      const lifecycle = record(c.container, 'lifecycle');
      for (const hook of HOOKS) {
        const value = record(lifecycle, hook);
        if (value) checkHook(ctx, hook, value, [...c.path, 'lifecycle', hook], grace);
      }
    }
  },
};

function checkProbe(ctx: RuleContext, probe: string, value: Record<string, unknown>, path: PathSegment[]): void {
  for (const field of COUNTS) {
    const count = value[field];
    if (typeof count === 'number' && count < 0) ctx.report({ messageId: 'negative', data: { field, value: count }, path: [...path, field], at: 'value' });
  }
  // 0 is defaulted to 1 before validation
  const success = value.successThreshold;
  if (probe !== 'readinessProbe' && typeof success === 'number' && success > 1) {
    ctx.report({ messageId: 'success-threshold', data: { probe, value: success }, path: [...path, 'successThreshold'], at: 'value' });
  }
  const grace = value.terminationGracePeriodSeconds;
  if (grace !== undefined && grace !== null) {
    if (probe === 'readinessProbe') ctx.report({ messageId: 'readiness-grace', path: [...path, 'terminationGracePeriodSeconds'] });
    else if (typeof grace === 'number' && grace <= 0) ctx.report({ messageId: 'grace-positive', data: { value: grace }, path: [...path, 'terminationGracePeriodSeconds'], at: 'value' });
  }
  checkHandler(ctx, value, path);
  const grpc = record(value, 'grpc');
  if (grpc && typeof grpc.port === 'number' && !isPortNumber(grpc.port)) {
    ctx.report({ messageId: 'grpc-port', data: { value: grpc.port }, path: [...path, 'grpc', 'port'], at: 'value' });
  }
}

function checkHook(ctx: RuleContext, hook: string, value: Record<string, unknown>, path: PathSegment[], grace: number): void {
  const handlers = HOOK_HANDLERS.filter((h) => value[h] !== undefined && value[h] !== null);
  if (handlers.length === 0) ctx.report({ messageId: 'hook-none', data: { hook }, path });
  else if (handlers.length > 1) ctx.report({ messageId: 'hook-several', data: { hook, handlers: handlers.join(', ') }, path: [...path, handlers[1] as string] });
  checkHandler(ctx, value, path);
  const seconds = record(value, 'sleep')?.seconds;
  if (typeof seconds === 'number' && (seconds < 0 || seconds > grace)) {
    ctx.report({ messageId: 'sleep', data: { value: seconds, grace }, path: [...path, 'sleep', 'seconds'], at: 'value' });
  }
}

/** The checks shared by probes and hooks: exec's command, httpGet's and tcpSocket's port, header names. */
function checkHandler(ctx: RuleContext, value: Record<string, unknown>, path: PathSegment[]): void {
  const exec = record(value, 'exec');
  if (exec && (!Array.isArray(exec.command) || exec.command.length === 0)) ctx.report({ messageId: 'exec-command', path: [...path, 'exec', 'command'] });
  for (const handler of ['httpGet', 'tcpSocket']) {
    const port = record(value, handler)?.port;
    if (port !== undefined && port !== null && (typeof port === 'string' || typeof port === 'number') && !isPortNumberOrName(port)) {
      ctx.report({ messageId: 'port', data: { value: display(port) }, path: [...path, handler, 'port'], at: 'value' });
    }
  }
  for (const { index, item } of mappingsOf(record(value, 'httpGet')?.httpHeaders)) {
    const name = item.name;
    if (typeof name === 'string' && !isHttpHeaderName(name)) ctx.report({ messageId: 'header', data: { name }, path: [...path, 'httpGet', 'httpHeaders', index, 'name'], at: 'value' });
  }
}
