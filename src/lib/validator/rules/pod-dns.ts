// DNS and host names as validatePodDNSConfig, ValidateHostAliases and ValidatePodSpec's hostname and
// subdomain checks read them (pkg/apis/core/validation/validation.go). dnsPolicy's values are the
// schema's. https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-dns-config
import type { ResourceRule } from '../types.ts';
import { isDnsLabel, isDnsSubdomain, isIpAddress } from '../names.ts';
import { mappingsOf, record } from '../pod-spec.ts';
import { podSpecOf } from '../workload.ts';
import { display } from '../display.ts';

// limits from libc's resolver
const MAX_NAMESERVERS = 3;
const MAX_SEARCHES = 32;
const MAX_SEARCH_CHARS = 2048;
/** IsDNS1123SubdomainWithUnderscore: RelaxedDNSSearchValidation (GA) lets search domains hold '_' */
const SEARCH_DOMAIN = /^[a-z0-9_]([-a-z0-9_]*[a-z0-9_])?(\.[a-z0-9_]([-a-z0-9_]*[a-z0-9_])?)*$/;

export const podDns: ResourceRule = {
  id: 'pod-dns',
  severity: 'error',
  category: 'semantics',
  messages: {
    'none-needs-config': {
      ko: 'dnsPolicy: None이면 dnsConfig.nameservers에 네임서버가 하나 이상 있어야 한다.',
      en: 'dnsPolicy: None needs at least one nameserver in dnsConfig.nameservers.',
    },
    'too-many-nameservers': {
      ko: '네임서버가 {count}개다. 최대 3개까지 쓸 수 있다.',
      en: 'There are {count} nameservers; at most 3 are allowed.',
    },
    'too-many-searches': {
      ko: '검색 도메인이 {count}개다. 최대 32개까지 쓸 수 있다.',
      en: 'There are {count} search domains; at most 32 are allowed.',
    },
    'searches-too-long': {
      ko: '검색 도메인 목록이 공백을 포함해 {count}자다. 최대 2048자까지 쓸 수 있다.',
      en: 'The search list has {count} characters including spaces; at most 2048 are allowed.',
    },
    search: {
      ko: '검색 도메인 {value|은} DNS 서브도메인(소문자, 숫자, -, _, .)이어야 한다.',
      en: 'The search domain {value} must be a DNS subdomain (lower-case letters, digits, -, _ and .).',
    },
    ip: { ko: '{field} {value|은} 올바른 IP 주소가 아니다.', en: '{field} {value} is not a valid IP address.' },
    'option-name': { ko: 'dnsConfig.options 항목의 name이 비어 있다.', en: 'A dnsConfig.options item has no name.' },
    label: {
      ko: '{field} {value|은} DNS 레이블(소문자, 숫자, -로 63자 이하)이어야 한다.',
      en: '{field} {value} must be a DNS label: at most 63 lower-case letters, digits and -.',
    },
    'alias-hostname': {
      ko: 'hostAliases의 호스트 이름 {value|은} DNS 서브도메인이어야 한다.',
      en: 'The hostAliases hostname {value} must be a DNS subdomain.',
    },
  },
  docs: {
    summary: { ko: '파드의 DNS 설정, hostname, subdomain, hostAliases를 확인한다.', en: 'Checks the Pod\'s DNS settings, hostname, subdomain and hostAliases.' },
    why: {
      ko: 'dnsPolicy: None인 파드는 클러스터 DNS를 쓰지 않으므로 dnsConfig에 네임서버가 있어야 한다. 리눅스 리졸버의 한계 때문에 네임서버는 3개, 검색 도메인은 32개까지다. hostname과 subdomain은 DNS 레이블이고, hostAliases의 ip는 IP 주소여야 한다.',
      en: 'A Pod with dnsPolicy: None does not use the cluster DNS, so dnsConfig must give nameservers. Linux\'s resolver allows at most 3 nameservers and 32 search domains. hostname and subdomain are DNS labels, and a hostAliases ip must be an IP address.',
    },
    fix: {
      ko: 'dnsConfig.nameservers에 IP 주소를 넣고, 한도를 넘는 항목은 줄이자.',
      en: 'List IP addresses in dnsConfig.nameservers and trim whatever exceeds the limits.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  dnsPolicy: None\n  containers:\n  - name: web\n    image: nginx:1.30\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  dnsPolicy: None\n  dnsConfig:\n    nameservers:\n    - 192.0.2.53\n  containers:\n  - name: web\n    image: nginx:1.30\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    if (!at) return;
    const config = record(at.spec, 'dnsConfig');
    const configPath = [...at.path, 'dnsConfig'];
    const nameservers = Array.isArray(config?.nameservers) ? config.nameservers : [];
    if (at.spec.dnsPolicy === 'None' && nameservers.length === 0) {
      ctx.report({ messageId: 'none-needs-config', path: config ? [...configPath, 'nameservers'] : [...at.path, 'dnsPolicy'] });
    }
    if (nameservers.length > MAX_NAMESERVERS) ctx.report({ messageId: 'too-many-nameservers', data: { count: nameservers.length }, path: [...configPath, 'nameservers'] });
    nameservers.forEach((ip, i) => {
      if (typeof ip !== 'string' || !isIpAddress(ip)) ctx.report({ messageId: 'ip', data: { field: 'nameservers', value: display(ip) }, path: [...configPath, 'nameservers', i], at: 'value' });
    });
    const searches = Array.isArray(config?.searches) ? config.searches : [];
    if (searches.length > MAX_SEARCHES) ctx.report({ messageId: 'too-many-searches', data: { count: searches.length }, path: [...configPath, 'searches'] });
    const joined = searches.map(display).join(' ');
    if (joined.length > MAX_SEARCH_CHARS) ctx.report({ messageId: 'searches-too-long', data: { count: joined.length }, path: [...configPath, 'searches'] });
    searches.forEach((search, i) => {
      // a single '.' and one trailing dot are allowed
      const domain = typeof search === 'string' && search !== '.' ? search.replace(/\.$/, '') : search;
      if (domain !== '.' && (typeof domain !== 'string' || domain.length > 253 || !SEARCH_DOMAIN.test(domain))) {
        ctx.report({ messageId: 'search', data: { value: display(search) }, path: [...configPath, 'searches', i], at: 'value' });
      }
    });
    for (const { index, item } of mappingsOf(config?.options)) {
      if (typeof item.name !== 'string' || item.name === '') ctx.report({ messageId: 'option-name', path: [...configPath, 'options', index] });
    }
    for (const field of ['hostname', 'subdomain']) {
      const value = at.spec[field];
      if (typeof value === 'string' && value !== '' && !isDnsLabel(value)) ctx.report({ messageId: 'label', data: { field, value }, path: [...at.path, field], at: 'value' });
    }
    for (const { index, item } of mappingsOf(at.spec.hostAliases)) {
      const path = [...at.path, 'hostAliases', index];
      if (typeof item.ip === 'string' && !isIpAddress(item.ip)) ctx.report({ messageId: 'ip', data: { field: 'ip', value: item.ip }, path: [...path, 'ip'], at: 'value' });
      const hostnames = Array.isArray(item.hostnames) ? item.hostnames : [];
      hostnames.forEach((name, i) => {
        if (typeof name !== 'string' || !isDnsSubdomain(name)) ctx.report({ messageId: 'alias-hostname', data: { value: display(name) }, path: [...path, 'hostnames', i], at: 'value' });
      });
    }
  },
};
