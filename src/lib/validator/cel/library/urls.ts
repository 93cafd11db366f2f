// The Kubernetes CEL URL library: url(), isURL(), getScheme, getHost, getHostname, getPort,
// getEscapedPath, getQuery. Like Go's url.ParseRequestURI: an absolute URL or an absolute path.
// https://kubernetes.io/docs/reference/using-api/cel/#kubernetes-url-library
import type { Environment } from '@marcbachmann/cel-js';

export class CelUrl {
  readonly scheme: string;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  readonly path: string;
  readonly query: string;
  constructor(scheme: string, host: string, hostname: string, port: string, path: string, query: string) {
    this.scheme = scheme;
    this.host = host;
    this.hostname = hostname;
    this.port = port;
    this.path = path;
    this.query = query;
  }
}

function parseUrl(text: string): CelUrl | undefined {
  if (/\s/.test(text)) return undefined;
  if (text.startsWith('/')) {
    const [path = '', query = ''] = text.split('?', 2);
    return new CelUrl('', '', '', '', path, query);
  }
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text)?.[1];
  if (!scheme) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return undefined;
  }
  // WHATWG drops a default port and lower-cases; Go keeps what was written, so read the authority
  const authority = /^[^:]+:\/\/([^/?#]*)/.exec(text)?.[1] ?? '';
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  const port = /:(\d*)$/.exec(host.replace(/^\[[^\]]*\]/, ''))?.[1] ?? '';
  const hostname = (port === '' && !host.endsWith(':') ? host : host.slice(0, host.lastIndexOf(':'))).replace(/^\[(.*)\]$/, '$1');
  return new CelUrl(scheme, host, hostname, port, parsed.pathname === '/' && !/^[^:]+:\/\/[^/?#]*\//.test(text) ? '' : parsed.pathname, parsed.search.slice(1));
}

function query(url: CelUrl): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(url.query)) out.set(key, [...(out.get(key) ?? []), value]);
  return out;
}

export function registerUrls(env: Environment): void {
  env.registerType('URL', CelUrl);
  env.registerFunction('url(string): URL', (text: string) => {
    const url = parseUrl(text);
    if (!url) throw new Error(`URL parse error: ${text}`);
    return url;
  });
  env.registerFunction('isURL(string): bool', (text: string) => parseUrl(text) !== undefined);
  env.registerFunction('URL.getScheme(): string', (url: CelUrl) => url.scheme);
  env.registerFunction('URL.getHost(): string', (url: CelUrl) => url.host);
  env.registerFunction('URL.getHostname(): string', (url: CelUrl) => url.hostname);
  env.registerFunction('URL.getPort(): string', (url: CelUrl) => url.port);
  env.registerFunction('URL.getEscapedPath(): string', (url: CelUrl) => url.path);
  env.registerFunction('URL.getQuery(): map<string, list<string>>', (url: CelUrl) => query(url));
}
