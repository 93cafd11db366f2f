// The tool's name, version and the site its rule links point to. The package build (scripts/pack-cli.mjs)
// bakes the version and the origin in; run from the repository, the origin comes from SITE_URL with
// astro.config.mjs's default, so the links match the site's canonical links.
declare const KFG_VERSION: string | undefined;
declare const KFG_SITE_URL: string | undefined;

export const TOOL_NAME = 'kube-field-guide';
export const TOOL_VERSION = typeof KFG_VERSION === 'string' ? KFG_VERSION : '0.0.0-dev';

export function siteOrigin(): string {
  const origin = typeof KFG_SITE_URL === 'string' ? KFG_SITE_URL : process.env['SITE_URL'] ?? 'http://localhost:4321';
  return origin.replace(/\/+$/, '');
}

/** The rule's section on the rules page, absolute. */
export function ruleUrl(ruleId: string, lang: 'ko' | 'en'): string {
  return `${siteOrigin()}/${lang}/validator/rules/#${ruleId}`;
}
