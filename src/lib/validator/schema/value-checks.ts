// A CRD schema's value constraints (ValueChecks), as kube-openapi's validator applies them: each to
// the values of its type only (pattern to strings, minimum to numbers, minItems to lists...).
import type { ValueChecks } from '../../k8s/types.ts';
import { display } from '../display.ts';
import { hasFormat } from './crd-formats.ts';
import { matchesPattern } from './crd-pattern.ts';

export type ValueFindingType = 'enum' | 'format' | 'bounds' | 'duplicate';

export interface ValueProblem {
  type: ValueFindingType;
  messageId: string;
  data: Record<string, string | number>;
  /** the list item the problem is about (a duplicate) */
  index?: number;
}

export function valueProblems(v: ValueChecks, value: unknown, report: (problem: ValueProblem) => void): void {
  if (value === null || value === undefined) return;
  if (v.enum && !v.enum.some((option) => sameValue(option, value))) {
    report({ type: 'enum', messageId: 'not-allowed', data: { value: display(value), allowed: v.enum.map(display).join(', ') } });
  }
  if (typeof value === 'string') strings(v, value, report);
  else if (typeof value === 'number') numbers(v, value, report);
  else if (Array.isArray(value)) lists(v, value, report);
  else if (typeof value === 'object') {
    const count = Object.keys(value).length;
    bound(report, 'min-properties', count, v.minProperties, (limit) => count < limit);
    bound(report, 'max-properties', count, v.maxProperties, (limit) => count > limit);
  }
}

function strings(v: ValueChecks, value: string, report: (problem: ValueProblem) => void): void {
  if (v.minLength !== undefined || v.maxLength !== undefined) {
    // Go counts runes (code points), not UTF-16 units
    const length = [...value].length;
    bound(report, 'min-length', length, v.minLength, (limit) => length < limit);
    bound(report, 'max-length', length, v.maxLength, (limit) => length > limit);
  }
  if (v.pattern !== undefined && matchesPattern(v.pattern, value) === false) {
    report({ type: 'format', messageId: 'pattern', data: { value, pattern: v.pattern } });
  }
  if (v.format !== undefined && !hasFormat(v.format, value)) {
    report({ type: 'format', messageId: 'format', data: { value, format: v.format } });
  }
}

function numbers(v: ValueChecks, value: number, report: (problem: ValueProblem) => void): void {
  if (v.minimum !== undefined && (v.exclusiveMinimum ? value <= v.minimum : value < v.minimum)) {
    report({ type: 'bounds', messageId: v.exclusiveMinimum ? 'exclusive-minimum' : 'minimum', data: { value, limit: v.minimum } });
  }
  if (v.maximum !== undefined && (v.exclusiveMaximum ? value >= v.maximum : value > v.maximum)) {
    report({ type: 'bounds', messageId: v.exclusiveMaximum ? 'exclusive-maximum' : 'maximum', data: { value, limit: v.maximum } });
  }
  if (v.multipleOf !== undefined && v.multipleOf > 0) {
    const quotient = value / v.multipleOf;
    if (Math.abs(quotient - Math.round(quotient)) > 1e-9 * Math.max(1, Math.abs(quotient))) {
      report({ type: 'bounds', messageId: 'multiple-of', data: { value, limit: v.multipleOf } });
    }
  }
}

function lists(v: ValueChecks, items: unknown[], report: (problem: ValueProblem) => void): void {
  bound(report, 'min-items', items.length, v.minItems, (limit) => items.length < limit);
  bound(report, 'max-items', items.length, v.maxItems, (limit) => items.length > limit);
  if (v.listType === 'map' && v.listMapKeys && v.listMapKeys.length > 0) {
    const keys = v.listMapKeys;
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) return;
      const record = item as Record<string, unknown>;
      const key = canonical(keys.map((k) => record[k] ?? null));
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else {
        const described = keys.map((k) => `${k}=${display(record[k] ?? null)}`).join(', ');
        report({ type: 'duplicate', messageId: 'map-key', data: { keys: described, first: first + 1 }, index });
      }
    });
  } else if (v.uniqueItems || v.listType === 'set') {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const key = canonical(item);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else report({ type: 'duplicate', messageId: 'duplicate', data: { value: display(item), first: first + 1 }, index });
    });
  }
}

function bound(report: (problem: ValueProblem) => void, messageId: string, actual: number, limit: number | undefined, broken: (limit: number) => boolean): void {
  if (limit !== undefined && broken(limit)) report({ type: 'bounds', messageId, data: { actual, limit } });
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

/** JSON with sorted keys: equal values give equal strings. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record).sort().map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
