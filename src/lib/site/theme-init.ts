import { createHash } from 'node:crypto';

// Runs inline in <head> before the first paint, so the stored or preferred theme is applied
// without a flash, and marks <html class="js"> so CSS can reserve room for what scripts draw.
// Kept tiny and hashed into the Content-Security-Policy.
export const themeInitScript =
  "(function(){var t;try{t=localStorage.getItem('theme')}catch(e){}" +
  "if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}" +
  'var r=document.documentElement;r.dataset.theme=t;r.classList.add(\'js\')})()';

// Placed right after the table of contents' <details>: where the contents sit above the text
// (narrow screens, the 72rem of global.css), they start folded so the text comes first. It runs as
// the page is parsed, before the first paint, so nothing moves; without JavaScript they stay open.
export const tocInitScript =
  "(function(){var d=document.currentScript.previousElementSibling;if(d&&matchMedia('(max-width: 72rem)').matches)d.open=false})()";

// Sends '/' to the reader's language; the page also shows both choices as plain links.
export const languageRedirectScript =
  "(function(){var l=(navigator.languages||[navigator.language||'']).map(function(x){return String(x).toLowerCase()});" +
  "var ko=l.findIndex(function(x){return x.indexOf('ko')===0}),en=l.findIndex(function(x){return x.indexOf('en')===0});" +
  "location.replace(ko!==-1&&(en===-1||ko<en)?'/ko/':(en!==-1?'/en/':'/ko/'))})()";

export function cspHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** The page's Content-Security-Policy: our own files, hashed inline scripts, wasm for Pagefind. */
export function contentSecurityPolicy(inlineScripts: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScripts.map(cspHash).join(' ')} 'wasm-unsafe-eval'`,
    // Shiki colours tokens and Mermaid styles its SVG with inline styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
