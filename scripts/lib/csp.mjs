// What the build check (tests/build/csp.test.ts) asks of each built page's Content-Security-Policy
// and markup, as functions of the text alone, so tests/unit/site/csp.test.ts can feed them bad
// policies and pages. The policy allows the site's own files and nothing else: no wildcard, no
// other host, no eval, no inline script but the hashed ones, no inline event handler.
import { createHash } from 'node:crypto';
import { textOf, walkElements } from './html.mjs';

/** Scheme sources a directive may use, beyond 'self' and the keywords below. */
const SCHEMES = { 'img-src': ['data:'], 'worker-src': ['blob:'] };
/** Keywords a directive may use; 'unsafe-inline' only for styles (Shiki and Mermaid colour inline). */
const KEYWORDS = {
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'object-src': ["'none'"],
};
const FETCH_DEFAULT = ["'self'", "'none'"];
const HASH = /^'sha256-[A-Za-z0-9+/]+={0,2}'$/;

/** "default-src 'self'; img-src 'self' data:" -> Map { default-src => ['self'], img-src => ['self', 'data:'] } */
export function parsePolicy(text) {
  const directives = new Map();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** What is wrong with a policy on its own: each problem as a sentence. */
export function policyProblems(policy) {
  const problems = [];
  const defaultSrc = policy.get('default-src');
  if (!defaultSrc) problems.push('no default-src');
  else if (defaultSrc.length !== 1 || !FETCH_DEFAULT.includes(defaultSrc[0])) problems.push(`default-src is not 'self' or 'none': ${defaultSrc.join(' ')}`);
  if (!policy.get('script-src')) problems.push('no script-src');
  if (policy.get('object-src')?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  for (const [name, values] of policy) {
    const keywords = KEYWORDS[name] ?? FETCH_DEFAULT;
    const schemes = SCHEMES[name] ?? [];
    for (const value of values) {
      const source = value.toLowerCase();
      if (source.includes('*')) problems.push(`${name} allows a wildcard: ${value}`);
      else if (source === "'unsafe-eval'") problems.push(`${name} allows 'unsafe-eval'`);
      else if (source === "'unsafe-inline'" && !keywords.includes(source)) problems.push(`${name} allows 'unsafe-inline'`);
      else if (name === 'script-src' && HASH.test(value)) continue;
      else if (source.startsWith("'")) {
        if (!keywords.includes(source)) problems.push(`${name} allows ${value}`);
      } else if (!schemes.includes(source)) problems.push(`${name} allows another origin or scheme: ${value}`);
    }
  }
  return problems;
}

export const cspHashOf = (script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/**
 * Reads a built page: its policy (from the meta element, which must come before any script to
 * apply to it), its inline scripts (JSON data blocks are not scripts) and what it breaks.
 */
export function checkPage(html) {
  const problems = [];
  const policies = [];
  const scripts = [];
  let scriptSeen = false;
  walkElements(html, (tag, attrs, node) => {
    for (const [name, value] of Object.entries(attrs)) {
      if (/^on/i.test(name)) problems.push(`inline event handler: <${tag} ${name}="${value.slice(0, 40)}">`);
      if (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^\s*javascript:/i.test(value)) problems.push(`javascript: URL in <${tag} ${name}>`);
    }
    if (tag === 'meta' && attrs['http-equiv']?.toLowerCase() === 'content-security-policy') {
      if (scriptSeen) problems.push('the policy comes after a script, which it then does not cover');
      policies.push(attrs['content'] ?? '');
    }
    if (tag !== 'script') return;
    scriptSeen = true;
    const body = textOf(node);
    if (attrs['src'] === undefined && !/^application\/(ld\+)?json$/i.test(attrs['type'] ?? '') && body.trim() !== '') scripts.push(body);
  });
  if (policies.length !== 1) {
    problems.push(policies.length === 0 ? 'no Content-Security-Policy' : `${policies.length} policies`);
    return { problems, inlineScripts: scripts };
  }
  const policy = parsePolicy(policies[0]);
  problems.push(...policyProblems(policy));
  const scriptSrc = policy.get('script-src') ?? [];
  for (const script of scripts) {
    if (!scriptSrc.includes(cspHashOf(script))) problems.push(`inline script not in the policy: ${script.slice(0, 60)}`);
  }
  return { problems, inlineScripts: scripts };
}
