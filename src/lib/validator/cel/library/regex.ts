// The Kubernetes CEL regex library: find and findAll. Patterns are RE2; they run as ECMAScript
// RegExps through the CRD pattern translation, which refuses values too long for a pattern's worst
// case (then the rule is not judged, see meter.ts). `matches` goes the same way (meter.ts).
// https://kubernetes.io/docs/reference/using-api/cel/#kubernetes-regex-library
import type { Environment } from '@marcbachmann/cel-js';
import { compiledPattern } from '../../schema/crd-pattern.ts';
import { notJudged } from '../meter.ts';

function globalRegExp(pattern: string, text: string): RegExp {
  const compiled = compiledPattern(pattern);
  if (!compiled || text.length > compiled.limit) return notJudged();
  return new RegExp(compiled.regexp.source, `${compiled.regexp.flags}g`);
}

function findAll(text: string, pattern: string, limit: number): string[] {
  const found: string[] = [];
  if (limit === 0) return found;
  for (const match of text.matchAll(globalRegExp(pattern, text))) {
    found.push(match[0]);
    if (found.length === limit) break;
  }
  return found;
}

export function registerRegex(env: Environment): void {
  env.registerFunction('string.find(string): string', (text: string, pattern: string) => findAll(text, pattern, 1)[0] ?? '');
  env.registerFunction('string.findAll(string): list<string>', (text: string, pattern: string) => findAll(text, pattern, -1));
  env.registerFunction('string.findAll(string, int): list<string>', (text: string, pattern: string, limit: bigint) => findAll(text, pattern, Number(limit)));
}
