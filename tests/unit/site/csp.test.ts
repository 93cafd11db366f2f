// The page checks of scripts/lib/csp.mjs on made-up policies and pages: the site's own policy
// passes, and each way a policy or a page could let foreign or inline code run is caught.
import { describe, expect, it } from 'vitest';
import { checkPage, cspHashOf, parsePolicy, policyProblems } from '../../../scripts/lib/csp.mjs';
import { contentSecurityPolicy, themeInitScript } from '../../../src/lib/site/theme-init.ts';

const script = 'document.documentElement.dataset.theme = "dark";';
const good = contentSecurityPolicy([script]);
const page = (policy: string, body = '', head = '') =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy.replace(/'/g, '&#39;')}">${head}<script>${script}</script></head><body>${body}</body></html>`;
const problemsOf = (policy: string) => policyProblems(parsePolicy(policy));

describe('the policy', () => {
  it('the site\'s own policy passes, with the theme script hashed', () => {
    expect(problemsOf(contentSecurityPolicy([themeInitScript]))).toEqual([]);
    expect(checkPage(page(good))).toEqual({ problems: [], inlineScripts: [script] });
    expect(good).toContain(cspHashOf(script));
  });

  it.each([
    ['a wildcard source', good.replace("img-src 'self'", 'img-src *'), 'img-src allows a wildcard: *'],
    ['a wildcard host', good.replace("connect-src 'self'", 'connect-src https://*.example.com'), 'connect-src allows a wildcard: https://*.example.com'],
    ['a foreign host', good.replace("script-src 'self'", "script-src 'self' https://cdn.example.com"), 'script-src allows another origin or scheme: https://cdn.example.com'],
    ['a bare host', good.replace("font-src 'self'", "font-src 'self' fonts.example.com"), 'font-src allows another origin or scheme: fonts.example.com'],
    ['any https origin', good.replace("connect-src 'self'", "connect-src 'self' https:"), 'connect-src allows another origin or scheme: https:'],
    ['data: for scripts', good.replace("script-src 'self'", "script-src 'self' data:"), 'script-src allows another origin or scheme: data:'],
    ["'unsafe-eval'", good.replace("'wasm-unsafe-eval'", "'unsafe-eval'"), "script-src allows 'unsafe-eval'"],
    ["'unsafe-inline' for scripts", good.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"), "script-src allows 'unsafe-inline'"],
    ["'strict-dynamic'", good.replace("script-src 'self'", "script-src 'self' 'strict-dynamic'"), "script-src allows 'strict-dynamic'"],
    ['no default-src', good.replace("default-src 'self'; ", ''), 'no default-src'],
    ['a loose default-src', good.replace("default-src 'self'", "default-src 'self' https://example.com"), "default-src is not 'self' or 'none': 'self' https://example.com"],
    ['default-src *', good.replace("default-src 'self'", 'default-src *'), "default-src is not 'self' or 'none': *"],
    ['no script-src', good.replace(/script-src [^;]*; /, ''), 'no script-src'],
    ['object-src open', good.replace("object-src 'none'", "object-src 'self'"), "object-src is not 'none'"],
  ])('rejects %s', (_, policy, problem) => {
    expect(policy).not.toBe(good);
    expect(problemsOf(policy)).toContain(problem);
    expect(checkPage(page(policy)).problems).toContain(problem);
  });

  it("default-src 'none' is as good as 'self'", () => {
    expect(problemsOf(good.replace("default-src 'self'", "default-src 'none'"))).toEqual([]);
  });
});

describe('the page', () => {
  it('rejects a page without a policy, or with two', () => {
    expect(checkPage(`<html><head><script>${script}</script></head></html>`).problems).toEqual(['no Content-Security-Policy']);
    expect(checkPage(page(good, '', `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`)).problems).toEqual(['2 policies']);
  });

  it('rejects an inline script that is not hashed into script-src, but not JSON data or a file', () => {
    const other = 'alert(1)';
    expect(checkPage(page(good, `<script>${other}</script>`)).problems).toEqual([`inline script not in the policy: ${other}`]);
    expect(checkPage(page(good, '<script type="application/json">{"a":1}</script><script src="/x.js"></script>')).problems).toEqual([]);
  });

  it.each([
    ['onclick on a button', '<button onclick="go()">Go</button>', 'inline event handler: <button onclick="go()">'],
    ['onload on an image', '<img src="/a.png" onload="x()">', 'inline event handler: <img onload="x()">'],
    ['ONERROR in capitals', '<img src="/a.png" ONERROR="x()">', 'inline event handler: <img onerror="x()">'],
    ['onclick inside an SVG drawing', '<svg><g onclick="x()"><rect/></g></svg>', 'inline event handler: <g onclick="x()">'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', 'javascript: URL in <a href>'],
  ])('rejects %s anywhere in the page', (_, body, problem) => {
    expect(checkPage(page(good, body)).problems).toEqual([problem]);
  });

  it('rejects a policy placed after a script, which it would not cover', () => {
    const late = `<html><head><script src="/early.js"></script><meta http-equiv="content-security-policy" content="${good}"></head></html>`;
    expect(checkPage(late).problems).toContain('the policy comes after a script, which it then does not cover');
  });
});
