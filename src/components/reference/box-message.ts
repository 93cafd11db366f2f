// The path box's status messages ("no field matches …"), filled with the slot filler and its Korean
// particle table. A module of its own so that path-box.ts can fetch it on the first message: only a
// query that finds nothing needs it, and the reference pages carry the site's most eager script.
import { fillTemplate } from '../../lib/i18n/template.ts';

export function showMessage(status: HTMLElement, template: string, values: Record<string, string>): void {
  status.textContent = fillTemplate(template, values);
}
