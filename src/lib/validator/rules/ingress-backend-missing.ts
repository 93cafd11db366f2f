// Ingress backends should name a Service (and one of its ports) from the same paste.
import type { PathSegment, ResourceRule, RuleContext } from '../types.ts';
import { isRecord } from '../resources.ts';
import { findResource } from '../references.ts';
import { display } from '../display.ts';

export const ingressBackendMissing: ResourceRule = {
  id: 'ingress-backend-missing',
  severity: 'info',
  category: 'cross-document',
  kinds: ['Ingress'],
  messages: {
    missing: {
      ko: '백엔드 서비스 {name|이} 이 입력에 없다. 클러스터에 이미 있는지 확인하자.',
      en: 'The backend Service {name} is not in this paste; make sure it exists in the cluster.',
    },
    port: {
      ko: '서비스 {name}에는 포트 {port|가} 없다. 서비스의 ports[].port 또는 name을 쓰자.',
      en: 'The Service {name} has no port {port}; use one of its ports[].port numbers or names.',
    },
  },
  docs: {
    summary: { ko: '인그레스 백엔드 서비스와 포트가 함께 붙여 넣은 서비스에 있는지 확인한다.', en: 'Checks that Ingress backends name a pasted Service and one of its ports.' },
    why: {
      ko: '인그레스가 없는 서비스나 포트를 가리키면 컨트롤러가 503을 돌려준다. 흔한 실수는 컨테이너 포트(targetPort)를 서비스 포트 자리에 쓰는 것이다.',
      en: 'An Ingress pointing at a missing Service or port makes the controller answer 503. A common slip is giving the container port (targetPort) instead of the Service port.',
    },
    fix: { ko: 'backend.service.port.number에는 서비스의 port 값을 쓰자.', en: 'Use the Service\'s port value in backend.service.port.number.' },
    bad: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n  - http:\n      paths:\n      - path: /\n        pathType: Prefix\n        backend:\n          service:\n            name: web\n            port:\n              number: 8080\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n    targetPort: 8080\n',
    good: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n  - http:\n      paths:\n      - path: /\n        pathType: Prefix\n        backend:\n          service:\n            name: web\n            port:\n              number: 80\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n    targetPort: 8080\n',
  },
  check(ctx) {
    const spec = ctx.resource.value.spec;
    if (!isRecord(spec)) return;
    checkBackend(ctx, spec.defaultBackend, ['spec', 'defaultBackend']);
    if (!Array.isArray(spec.rules)) return;
    spec.rules.forEach((rule, r) => {
      const paths = isRecord(rule) && isRecord(rule.http) ? rule.http.paths : undefined;
      if (!Array.isArray(paths)) return;
      paths.forEach((entry, p) => {
        if (isRecord(entry)) checkBackend(ctx, entry.backend, ['spec', 'rules', r, 'http', 'paths', p, 'backend']);
      });
    });
  },
};

function checkBackend(ctx: RuleContext, backend: unknown, path: PathSegment[]): void {
  const service = isRecord(backend) && isRecord(backend.service) ? backend.service : undefined;
  if (!service || typeof service.name !== 'string') return;
  const found = findResource(ctx.resources, ctx.resource, 'Service', service.name);
  // a Service in another namespace is namespace-mismatch's report
  if (found.result === 'other-namespace') return;
  if (found.result === 'missing') {
    ctx.report({ messageId: 'missing', data: { name: service.name }, path: [...path, 'service', 'name'], at: 'value' });
    return;
  }
  const port = isRecord(service.port) ? (service.port.number ?? service.port.name) : undefined;
  const targetSpec = found.target?.value.spec;
  const ports = isRecord(targetSpec) && Array.isArray(targetSpec.ports) ? targetSpec.ports.filter(isRecord) : [];
  if (port === undefined || ports.some((p) => p.port === port || p.name === port)) return;
  const portPath = [...path, 'service', 'port', typeof port === 'number' ? 'number' : 'name'];
  ctx.report({ messageId: 'port', severity: 'warning', data: { name: service.name, port: display(port) }, path: portPath, at: 'value' });
}
