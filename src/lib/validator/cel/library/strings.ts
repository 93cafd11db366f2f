// String functions of the CEL strings extension that the engine lacks (it has indexOf, lastIndexOf,
// lowerAscii, upperAscii, split, substring, trim, join): charAt, replace, reverse, strings.quote,
// format (%s %d %f %%).
// https://kubernetes.io/docs/reference/using-api/cel/#string-library
import type { Environment } from '@marcbachmann/cel-js';

class StringsNamespace {}

export function registerStrings(env: Environment): void {
  env.registerFunction('string.charAt(int): string', (text: string, index: bigint) => {
    const chars = [...text];
    if (index < 0n || index > BigInt(chars.length)) throw new Error(`charAt: index ${index} out of range`);
    return chars[Number(index)] ?? '';
  });
  env.registerFunction('string.replace(string, string): string', (text: string, from: string, to: string) => text.split(from).join(to));
  env.registerFunction('string.replace(string, string, int): string', (text: string, from: string, to: string, count: bigint) => replaceN(text, from, to, Number(count)));
  env.registerFunction('string.reverse(): string', (text: string) => [...text].reverse().join(''));
  env.registerFunction('string.format(list): string', (text: string, args: unknown[]) => format(text, args));
  env.registerType('StringsNamespace', StringsNamespace);
  env.registerConstant('strings', 'StringsNamespace', new StringsNamespace());
  env.registerFunction('StringsNamespace.quote(string): string', (_: StringsNamespace, text: string) => JSON.stringify(text));
}

function replaceN(text: string, from: string, to: string, count: number): string {
  if (count < 0) return text.split(from).join(to);
  const parts = text.split(from);
  if (parts.length - 1 <= count) return parts.join(to);
  return parts.slice(0, count + 1).join(to) + from + parts.slice(count + 1).join(from);
}

function format(template: string, args: unknown[]): string {
  let next = 0;
  return template.replace(/%(?:\.(\d+))?([sdf%])/g, (_whole, precision: string | undefined, verb: string) => {
    if (verb === '%') return '%';
    if (next >= args.length) throw new Error('format: too few arguments');
    const arg = args[next++];
    if (verb === 'd') {
      if (typeof arg !== 'bigint') throw new Error('format: %d needs an integer');
      return String(arg);
    }
    if (verb === 'f') {
      if (typeof arg !== 'number' && typeof arg !== 'bigint') throw new Error('format: %f needs a number');
      return Number(arg).toFixed(precision === undefined ? 6 : Number(precision));
    }
    return typeof arg === 'string' ? arg : String(arg);
  });
}
