// Small readers for the rules that follow the API server's Pod spec validation (rules/pod-*.ts):
// the items of a list that are mappings, with their index, and typed field reads.
import type { PathSegment } from './types.ts';
import { isRecord } from './resources.ts';

export interface Item {
  index: number;
  item: Record<string, unknown>;
}

/** The mappings of a list, with their position; [] when the value is no list. */
export function mappingsOf(value: unknown): Item[] {
  if (!Array.isArray(value)) return [];
  const out: Item[] = [];
  value.forEach((item, index) => {
    if (isRecord(item)) out.push({ index, item });
  });
  return out;
}

/** The field as a string, or undefined. */
export function text(record: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = record?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** The field as a mapping, or undefined. */
export function record(holder: Record<string, unknown> | undefined, key: string): Record<string, unknown> | undefined {
  const value = holder?.[key];
  return isRecord(value) ? value : undefined;
}

/** Set and not null: how Go sees a pointer field that the YAML wrote. */
export function isSet(holder: Record<string, unknown> | undefined, key: string): boolean {
  const value = holder?.[key];
  return value !== undefined && value !== null;
}

export type Path = PathSegment[];
