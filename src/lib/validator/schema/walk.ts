// Walks one resource against the API data once and collects findings; the schema-* rules each report
// their own kind of finding (see rules/schema-*.ts). Null is accepted everywhere: in JSON it means
// "not set", which is how the API server reads `key:` with no value.
import type { ApiSchema, ApiShape, ApiType } from '../../k8s/types.ts';
import { itemsOf, valueOf, type YNode } from '../yaml/node.ts';
import type { Fix, PathSegment, TextEdit } from '../types.ts';
import { candidatesNear, closest } from './suggest.ts';
import { fixOf, safeFix, scalarEdit } from '../fix/make.ts';
import { base64Problem, isDateTime, isQuantity, suggestQuantity } from './formats.ts';
import { display } from '../display.ts';
import { valueProblems, type ValueFindingType, type ValueProblem } from './value-checks.ts';
import { newCelBudget, ruleFindings, type CelBudget, type RuleSite } from '../cel/evaluate.ts';
import type { ReleaseHistory } from '../../k8s/release-data.ts';
import { compareReleases } from '../../k8s/releases.ts';

export type FindingType = 'type' | 'unknown-field' | 'required' | 'quantity' | 'date-time' | 'byte' | 'rule' | ValueFindingType;

export interface SchemaFinding {
  type: FindingType;
  messageId: string;
  path: PathSegment[];
  at: 'key' | 'value';
  data: Record<string, string | number>;
  fixes?: Fix[];
}

const requiredCache = new WeakMap<ApiType, string[]>();
function requiredFields(type: ApiType): string[] {
  let required = requiredCache.get(type);
  if (!required) {
    required = Object.keys(type.fields).filter((name) => type.fields[name]?.required);
    requiredCache.set(type, required);
  }
  return required;
}

/**
 * `celBudget`: the CEL work left for the paste (cel/evaluate.ts); a walk of its own by default.
 * `history`: the other releases' data, to name the release an unknown field came in or went.
 */
export function walkResource(
  schema: ApiSchema, typeKey: string, node: YNode, text: string, celBudget: CelBudget = newCelBudget(), history?: ReleaseHistory,
): SchemaFinding[] {
  const findings: SchemaFinding[] = [];
  // the values with x-kubernetes-validations, evaluated once the walk is done
  const ruleSites: RuleSite[] = [];
  // one path, pushed and popped as the walk descends; copied only for the few fields with a finding
  // (this walk is the validator's hottest loop)
  const path: PathSegment[] = [];
  const toPath = (): PathSegment[] => path.slice();
  // the object types being visited, outermost first, to say where a misplaced field belongs
  const types: ApiType[] = [];
  const visitType = (type: ApiType, current: YNode, typeName: string): void => {
    types.push(type);
    if (type.rules) ruleSites.push({ rules: type.rules, type, node: current, path: toPath() });
    const pairs = current.kind === 'map' ? (current.children ?? []) : [];
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const keyNode = pairs[i] as YNode;
      const key = keyNode.value as string;
      const valueNode = pairs[i + 1] as YNode;
      // own keys only: a field named constructor or valueOf is no field of any type
      const field = Object.hasOwn(type.fields, key) ? type.fields[key] : undefined;
      if (!field) {
        if (type.open) continue;
        const other = history && !type.crd ? otherRelease(history, typeName, key, schema.kubernetesVersion) : undefined;
        if (other) {
          findings.push({ type: 'unknown-field', messageId: other.messageId, path: [...path, key], at: 'key', data: other.data });
          continue;
        }
        const suggestion = closest(key, Object.keys(type.fields));
        const elsewhere = suggestion ? undefined : whereItBelongs(schema, types, key);
        findings.push({
          type: 'unknown-field',
          messageId: suggestion ? 'unknown-suggest' : elsewhere ? `unknown-${elsewhere.where}` : 'unknown',
          path: [...path, key],
          at: 'key',
          data: suggestion ? { field: key, suggestion } : elsewhere ? { field: key, other: elsewhere.field } : { field: key },
          ...(suggestion ? { fixes: renameFixes(text, keyNode, current, Object.keys(type.fields)) } : {}),
        });
        continue;
      }
      path.push(key);
      visitShape(field.shape, valueNode);
      path.pop();
    }
    for (const name of requiredFields(type)) {
      const present = valueOf(current, name);
      const shape = type.fields[name]?.shape;
      // defaulting runs before validation: a CRD's absent or null field with a default is filled in
      if (type.crd && hasDefault(shape) && (!present || present.value === null)) continue;
      // a CRD's null property is dropped before validation unless nullable
      if (!present || (type.crd && present.value === null && !keepsNull(shape))) {
        findings.push({ type: 'required', messageId: 'missing', path: [...path, name], at: 'key', data: { field: name } });
      }
    }
    types.pop();
  };

  // defined once per walk, not per value: the walk visits every value of every resource
  const mismatch = (current: YNode, expected: string, edit?: TextEdit): void => {
    const value = current.value;
    const path = toPath();
    const actual = describe(value);
    // the two slips people make: an unquoted number or yes/no in a string field, a quoted number in a number field
    const messageId = expected === 'string' && (actual === 'integer' || actual === 'number' || actual === 'boolean')
      ? 'needs-quotes'
      : actual === 'string' && edit ? 'remove-quotes' : 'mismatch';
    findings.push({
      type: 'type', messageId, path, at: 'value',
      data: {
        expected, actual, expectedKo: TYPE_KO[expected] ?? expected, actualKo: TYPE_KO[actual] ?? actual,
        source: text.slice(current.start, current.end),
      },
      ...(edit ? { fixes: [safeFix(edit.text, edit)] } : {}),
    });
  };

  const visitShape = (shape: ApiShape, current: YNode): void => {
    const value = current.value;
    if (value === null || value === undefined) return;
    if (shape.v) {
      checked = current;
      valueProblems(shape.v, value, reportValue);
      if (shape.v.rules) ruleSites.push({ rules: shape.v.rules, shape, node: current, path: toPath() });
    }
    switch (shape.t) {
      case 'string':
        if (typeof value !== 'string') {
          mismatch(current, 'string', typeof value === 'object' ? undefined : quoteFix(text, current));
          return;
        }
        if (shape.enum && shape.enum.length > 0 && !shape.enum.includes(value)) {
          const path = toPath();
          const match = shape.enum.find((option) => option.toLowerCase() === value.toLowerCase());
          findings.push({
            type: 'enum', messageId: 'not-allowed', path, at: 'value',
            data: { value, allowed: shape.enum.join(', ') },
            ...(match ? { fixes: [safeFix(match, scalarEdit(text, current, match))] } : {}),
          });
        }
        if (shape.format === 'date-time' && !isDateTime(value)) dateTime(toPath(), value);
        if (shape.format === 'quantity' && !isQuantity(value)) quantity(toPath(), value);
        if (shape.format === 'byte') bytes(value);
        return;
      case 'integer':
        if (typeof value === 'number' && Number.isInteger(value)) return;
        mismatch(current, 'integer', typeof value === 'string' && /^-?[0-9]+$/.test(value) ? { start: current.start, end: current.end, text: value } : undefined);
        return;
      case 'number':
        if (typeof value !== 'number') mismatch(current, 'number');
        return;
      case 'boolean':
        if (typeof value === 'boolean') return;
        mismatch(current, 'boolean', value === 'true' || value === 'false' ? { start: current.start, end: current.end, text: value } : undefined);
        return;
      case 'int-or-string':
        if (typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value))) return;
        mismatch(current, 'int-or-string');
        return;
      case 'quantity':
        if (typeof value !== 'string' && typeof value !== 'number') mismatch(current, 'quantity');
        else if (!isQuantity(value)) quantity(toPath(), display(value));
        return;
      case 'date-time':
        if (!isDateTime(value)) dateTime(toPath(), display(value));
        return;
      case 'object': {
        if (current.kind !== 'map') {
          mismatch(current, 'object');
          return;
        }
        const type = schema.types[shape.ref];
        if (type) visitType(type, current, shape.ref);
        return;
      }
      case 'array':
        if (current.kind !== 'seq') {
          mismatch(current, 'array');
          return;
        }
        for (let index = 0, items = itemsOf(current); index < items.length; index += 1) {
          const item = items[index] as YNode;
          path.push(index);
          // a CRD list keeps a null item, and refuses it unless the items are nullable
          if (item.value === null && shape.items.v && !shape.items.v.nullable && shape.items.t !== 'any') {
            mismatch(item, shape.items.t === 'map' ? 'object' : shape.items.t);
          } else visitShape(shape.items, item);
          path.pop();
        }
        return;
      case 'map':
        if (current.kind !== 'map') {
          mismatch(current, 'map');
          return;
        }
        for (let i = 0, pairs = current.children ?? []; i + 1 < pairs.length; i += 2) {
          path.push((pairs[i] as YNode).value as string);
          visitShape(shape.values, pairs[i + 1] as YNode);
          path.pop();
        }
        return;
      case 'any':
        return;
    }
  };

  // the node whose value the CRD constraints are checking (set before each check: no closure per value)
  let checked: YNode | undefined;
  const reportValue = (problem: ValueProblem): void => {
    const item = problem.index !== undefined ? itemsOf(checked as YNode)[problem.index] : undefined;
    findings.push({
      type: problem.type, messageId: problem.messageId, data: problem.data,
      path: problem.index !== undefined ? [...path, problem.index] : toPath(),
      at: item?.kind === 'map' ? 'key' : 'value',
    });
  };
  const quantity = (path: PathSegment[], value: string): void => {
    const last = path[path.length - 1];
    const cpu = last === 'cpu';
    const suggestion = suggestQuantity(value, typeof last === 'string' ? last : undefined);
    findings.push({
      type: 'quantity', messageId: suggestion ? (cpu ? 'invalid-cpu-suggest' : 'invalid-suggest') : 'invalid', path, at: 'value',
      data: suggestion ? { value, suggestion } : { value },
    });
  };
  const bytes = (value: string): void => {
    const problem = base64Problem(value);
    if (!problem) return;
    const path = toPath();
    const field = String(path[path.length - 1]);
    findings.push({
      type: 'byte', messageId: problem.kind, path, at: 'value',
      data: problem.kind === 'character' ? { field, character: JSON.stringify(problem.character) } : { field },
    });
  };
  const dateTime = (path: PathSegment[], value: string): void => {
    findings.push({ type: 'date-time', messageId: 'invalid', path, at: 'value', data: { value } });
  };

  const root = schema.types[typeKey];
  if (root && node.kind === 'map') visitType(root, node, typeKey);
  if (ruleSites.length > 0) findings.push(...ruleFindings(schema, ruleSites, celBudget));
  return findings;
}

/**
 * For a field placed in the wrong object (a typical indentation slip): the enclosing object defines it
 * (`parent`: one level up), or another object field of the enclosing object does (`sibling`: e.g.
 * `containers` written under metadata belongs under spec). Only exact names count.
 */
/**
 * An unknown field that another release has: added after the checked release, or gone before it.
 * Undefined where no release with data has it (a typo, or older than the data).
 */
function otherRelease(history: ReleaseHistory, typeName: string, field: string, release: string): Pick<SchemaFinding, 'messageId' | 'data'> | undefined {
  const since = history.fieldSince(typeName, field);
  if (!since) return undefined;
  if (compareReleases(since.since, release) > 0) {
    // with no data for the release before `since`, it came in that one or in `since`
    const added = since.earliest === since.since ? since.since : `${since.earliest}–${since.since}`;
    return { messageId: 'added-later', data: { field, since: added, release } };
  }
  if (since.removedIn && compareReleases(since.removedIn, release) <= 0) {
    return { messageId: 'removed-earlier', data: { field, removedIn: since.removedIn, release } };
  }
  return undefined;
}

function whereItBelongs(schema: ApiSchema, types: ApiType[], key: string): { where: 'parent' | 'sibling'; field: string } | undefined {
  const current = types[types.length - 1];
  const parent = types[types.length - 2];
  if (!parent) return undefined;
  let parentField: string | undefined;
  for (const [name, field] of Object.entries(parent.fields)) {
    const type = objectType(schema, field.shape);
    if (type === current) parentField = name;
  }
  if (Object.hasOwn(parent.fields, key) && parentField) return { where: 'parent', field: parentField };
  for (const [name, field] of Object.entries(parent.fields)) {
    const type = objectType(schema, field.shape);
    if (type && type !== current && Object.hasOwn(type.fields, key)) return { where: 'sibling', field: name };
  }
  return undefined;
}

function objectType(schema: ApiSchema, shape: ApiShape): ApiType | undefined {
  let inner = shape;
  while (inner.t === 'array') inner = inner.items;
  return inner.t === 'object' ? schema.types[inner.ref] : undefined;
}

const TYPE_KO: Record<string, string> = {
  string: '문자열', integer: '정수', number: '숫자', boolean: '불리언', object: '오브젝트', array: '목록',
  map: '맵', 'int-or-string': '정수 또는 문자열', quantity: '수량(quantity)', null: 'null',
};

/** A CRD field the API server fills in from its schema's default when it is absent. */
function hasDefault(shape: ApiShape | undefined): boolean {
  return shape?.v?.default !== undefined;
}

function keepsNull(shape: ApiShape | undefined): boolean {
  return shape?.v?.nullable === true || hasDefault(shape);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * Quoting a plain scalar keeps exactly the characters the person typed (`0755` stays "0755", not 493),
 * which is what a string field wants. Only offered when the source has nothing that needs escaping.
 */
function quoteFix(text: string, node: YNode): TextEdit | undefined {
  const source = text.slice(node.start, node.end);
  if (source === '' || /["\\\n\r#]/.test(source) || /^[&*!'|>]/.test(source)) return undefined;
  return { start: node.start, end: node.end, text: `"${source}"` };
}

/**
 * Renames an unknown key to the fields it is near: safe when one is clearly meant, else a suggestion
 * for each (the three nearest). A name the mapping already has is never offered: it would be a duplicate key.
 */
function renameFixes(text: string, keyNode: YNode, mapping: YNode, fields: string[]): Fix[] {
  const present = new Set((mapping.children ?? []).filter((_, i) => i % 2 === 0).map((key) => key.value as string));
  const near = candidatesNear(keyNode.value as string, fields);
  const names = near.names.filter((name) => !present.has(name)).slice(0, 3);
  const safety = near.clear && names.length === 1 ? 'safe' : 'suggestion';
  return names.map((name) => fixOf(safety, name, [scalarEdit(text, keyNode, name)]));
}
