// Fills the slots of a UI string or a validator message: `{name}` takes the value, `{name|이}` the
// value and the Korean particle its reading calls for (web이, Pod가, imagePullPolicy를; see
// particles.ts). One function for the validator's messages, the UI dictionaries and the page's scripts.
import { isParticle, particleFor } from './particles.ts';

/** `{name}` or `{name|particle}`; the particle is either form of its pair (이 or 가, 으로 or 로). */
export const SLOT = /\{(\w+)(?:\|([\uAC00-\uD7A3]+))?\}/gu;

/**
 * Replaces each slot whose name `values` has; `show` turns a value into its text (a number grouped
 * as 59,999, say), and the particle follows that text. Unknown names stay as written.
 */
export function fillTemplate<V>(template: string, values: Readonly<Record<string, V>>, show: (value: V) => string = String): string {
  return template.replace(SLOT, (whole, name: string, particle: string | undefined) => {
    if (!Object.hasOwn(values, name) || values[name] === undefined) return whole;
    const text = show(values[name]);
    if (particle === undefined) return text;
    return text + (isParticle(particle) ? particleFor(text, particle) : particle);
  });
}
