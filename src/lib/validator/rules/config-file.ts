// A document that is a configuration file (KubeletConfiguration, a kustomization, kubeadm's
// InitConfiguration, ...) or a JSON patch is not an API object: say so once, check nothing else.
// The families are listed in ../config-files.ts.
import type { DocumentRule } from '../types.ts';
import { configFileOf } from '../config-files.ts';
import { entryOf, firstEntry, type YNode } from '../yaml/node.ts';

export const configFile: DocumentRule = {
  id: 'config-file',
  scope: 'document',
  severity: 'info',
  category: 'api',
  messages: {
    config: {
      ko: '{reader} 구성 파일({kind})이며 API 오브젝트가 아니므로 검사하지 않았다.',
      en: 'A {reader} configuration file ({kind}), not an API object: not checked.',
    },
    'json-patch': {
      ko: 'JSON 패치(RFC 6902, kustomize 등이 적용한다)이며 API 오브젝트가 아니므로 검사하지 않았다.',
      en: 'A JSON patch (RFC 6902, applied by kustomize and the like), not an API object: not checked.',
    },
  },
  docs: {
    summary: {
      ko: '구성 파일과 JSON 패치를 알아보고 API 오브젝트로 검사하지 않는다.',
      en: 'Recognises configuration files and JSON patches and does not check them as API objects.',
    },
    why: {
      ko: 'kustomization.yaml, kubelet의 KubeletConfiguration, kubeadm의 InitConfiguration, 감사(audit) 정책 같은 파일은 apiVersion과 kind를 쓰지만 API 서버에 보내는 오브젝트가 아니라 컴포넌트나 도구가 읽는 구성 파일이다. 이름(metadata.name)도 필요 없고 kubectl api-resources에도 없다.',
      en: 'kustomization.yaml, the kubelet\'s KubeletConfiguration, kubeadm\'s InitConfiguration or an audit policy have apiVersion and kind, yet they are configuration that a component or a tool reads, never objects sent to the API server: they need no metadata.name and kubectl api-resources does not list them.',
    },
    fix: {
      ko: '고칠 것은 없다. 그 파일을 읽는 도구(kustomize build, kubeadm config validate 등)로 검사하자. kustomize build의 결과는 여기서 검사할 수 있다.',
      en: 'Nothing to fix. Check such files with the tool that reads them (kustomize build, kubeadm config validate, ...); the output of kustomize build can be checked here.',
    },
    bad: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\ncgroupDriver: systemd\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kubelet-settings\ndata:\n  cgroupDriver: systemd\n',
  },
  check(ctx) {
    const root = ctx.document.node;
    const found = root ? configFileOf(root.value) : undefined;
    if (!root || !found) return;
    const { start, end } = anchorOf(root);
    ctx.report(found.patch
      ? { messageId: 'json-patch', start, end }
      : { messageId: 'config', data: { kind: found.kind, reader: found.reader }, start, end });
  },
};

/** The kind's value, else the apiVersion's, else the first key (of the first item): where a reader looks first. */
function anchorOf(root: YNode): { start: number; end: number } {
  const entry = entryOf(root, 'kind') ?? entryOf(root, 'apiVersion');
  if (entry) return { start: entry.value.start, end: entry.value.end };
  const item = root.kind === 'seq' ? root.children?.[0] : root;
  const first = item ? firstEntry(item) : undefined;
  return first ? { start: first.keyStart, end: first.keyEnd } : { start: root.start, end: root.start };
}
