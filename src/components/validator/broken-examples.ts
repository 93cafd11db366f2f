// Hand-written manifests with the mistakes readers make most often; each one is checked in
// tests/unit/validator-ui/examples.test.ts to really trigger the rule it names.
export interface BrokenExample {
  id: string;
  /** the rule the example demonstrates */
  rule: string;
  label: { ko: string; en: string };
  text: string;
}

export const brokenExamples: readonly BrokenExample[] = [
  {
    id: 'tab-indent',
    rule: 'yaml-syntax',
    label: { ko: '탭으로 들여쓴 YAML', en: 'YAML indented with a tab' },
    text: 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.30\n',
  },
  {
    id: 'removed-api',
    rule: 'api-version-not-served',
    label: { ko: '제거된 apiVersion (extensions/v1beta1)', en: 'A removed apiVersion (extensions/v1beta1)' },
    text: 'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.30\n',
  },
  {
    id: 'selector-mismatch',
    rule: 'workload-selector',
    label: { ko: '셀렉터와 템플릿 레이블이 다른 디플로이먼트', en: 'Deployment whose selector misses its template labels' },
    text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: frontend\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.30\n',
  },
  {
    id: 'replicas-string',
    rule: 'schema-type-mismatch',
    label: { ko: '숫자 자리에 문자열 (replicas: "3")', en: 'A string where a number belongs (replicas: "3")' },
    text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: "3"\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.30\n',
  },
  {
    id: 'unknown-field',
    rule: 'schema-unknown-field',
    label: { ko: '오타 난 필드 이름 (contianers)', en: 'A misspelt field name (contianers)' },
    text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  contianers:\n    - name: web\n      image: nginx:1.30\n',
  },
  {
    id: 'requests-over-limits',
    rule: 'requests-exceed-limits',
    label: { ko: '요청(requests)이 제한(limits)보다 큼', en: 'Requests above limits' },
    text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.30\n      resources:\n        requests:\n          cpu: "2"\n          memory: 512Mi\n        limits:\n          cpu: 500m\n          memory: 256Mi\n',
  },
  {
    id: 'service-no-match',
    rule: 'service-selector-no-match',
    label: { ko: '어떤 파드도 고르지 않는 서비스 셀렉터', en: 'A Service selector that matches no Pod' },
    text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.30\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: wbe\n  ports:\n    - port: 80\n      targetPort: 80\n',
  },
  {
    id: 'latest-privileged',
    rule: 'privileged-container',
    label: { ko: ':latest 이미지와 특권(privileged) 컨테이너', en: 'A :latest image and a privileged container' },
    text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\nspec:\n  containers:\n    - name: debug\n      image: busybox:latest\n      command: ["sleep", "3600"]\n      securityContext:\n        privileged: true\n',
  },
];
