// Fills the {name} slots of a UI string. Numbers are grouped as the page's language writes them
// (59,999), since a large paste can bring tens of thousands of problems.
import type { Lang } from '../../lib/validator/index.ts';
import { fillTemplate } from '../../lib/i18n/template.ts';

const numberFormats: Record<Lang, Intl.NumberFormat> = { ko: new Intl.NumberFormat('ko-KR'), en: new Intl.NumberFormat('en-US') };

export function fill(template: string, values: Record<string, string | number>, lang: Lang): string {
  return fillTemplate(template, values, (value) => (typeof value === 'number' ? numberFormats[lang].format(value) : value));
}
