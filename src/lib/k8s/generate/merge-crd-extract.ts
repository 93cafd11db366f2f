// Build time only: lays a project's CRD extract (extract-crd.ts: CEL rules, defaults, nullable, list
// types, read from the upstream CRD YAML) onto the types converted from its npm package, so the bundled
// data checks what the CRD checks. The extract's schema paths are followed down the converted types from
// each kind's root type. One Go type is one converted type, but the CRD may put different facts on it in
// different places (a marker on a field, not on its type): a type reached with other facts than the first
// time is copied (`<key>~<n>`, from the type as converted), so every place gets exactly its own.
import { createHash } from 'node:crypto';
import type { ApiDocs, ApiShape, ApiType, ValidationRule, ValueChecks } from '../types.ts';
import type { BundledCrdProject } from '../bundled-crds.ts';
import type { CrdExtract, ExtractedNode, ExtractedRule } from './extract-crd.ts';

interface Tree {
  facts?: ExtractedNode;
  children: Map<string, Tree>;
  /** set when the facts reached a converted type or shape */
  fingerprint?: string;
}

/** Facts on a path the converted types do not have (in a built-in type, or a field the package lacks). */
export interface UnplacedFacts {
  group: string;
  kind: string;
  version: string;
  path: string[];
  rules: number;
}

export interface MergeReport {
  unplaced: UnplacedFacts[];
  copies: number;
}

const EMPTY: Tree = { children: new Map() };

function treeOf(nodes: readonly ExtractedNode[]): Tree {
  const root: Tree = { children: new Map() };
  for (const node of nodes) {
    let at = root;
    for (const segment of node.path) {
      let next = at.children.get(segment);
      if (!next) at.children.set(segment, next = { children: new Map() });
      at = next;
    }
    at.facts = node;
  }
  return root;
}

/** '' for a subtree with no facts; else a hash of its facts and its children's. */
function fingerprint(tree: Tree): string {
  if (tree.fingerprint !== undefined) return tree.fingerprint;
  const { path: _path, ...facts } = tree.facts ?? { path: [] };
  const children = [...tree.children].map(([name, child]) => [name, fingerprint(child)]).filter(([, print]) => print !== '').sort();
  tree.fingerprint = Object.keys(facts).length === 0 && children.length === 0
    ? ''
    : createHash('sha1').update(JSON.stringify([facts, children])).digest('hex');
  return tree.fingerprint;
}

/** A schema path as the site shows it: spec.rules[].filters[] */
export function displayPath(path: readonly string[]): string {
  return path.reduce((out, segment) => (segment === '[]' || segment === '{}' ? `${out}${segment}` : out ? `${out}.${segment}` : segment), '');
}

export function validationRule(rule: ExtractedRule): ValidationRule {
  const { optionalOldSelf: _optional, ...kept } = rule;
  return kept;
}

export function mergeCrdExtract(project: BundledCrdProject, docs: ApiDocs, extract: CrdExtract): MergeReport {
  const { types } = project;
  const pristine = structuredClone(types);
  const assigned = new Map<string, string>();
  const copies = new Map<string, string>();
  const copyCount = new Map<string, number>();
  const report: MergeReport = { unplaced: [], copies: 0 };
  let where = { group: '', kind: '', version: '' };

  const unplaced = (tree: Tree, path: string[]): void => {
    if (fingerprint(tree) === '') return;
    if (tree.facts) report.unplaced.push({ ...where, path, rules: tree.facts.rules?.length ?? 0 });
    for (const [name, child] of tree.children) unplaced(child, [...path, name]);
  };
  const unplacedChildren = (tree: Tree, path: string[], except?: Record<string, unknown>): void => {
    for (const [name, child] of tree.children) if (!except || !Object.hasOwn(except, name)) unplaced(child, [...path, name]);
  };

  const placeType = (key: string, tree: Tree, path: string[]): string => {
    if (!Object.hasOwn(pristine, key)) {
      // a built-in type (PodTemplateSpec): the release's data, shared by every kind, stays as it is
      unplacedChildren(tree, path);
      return key;
    }
    const print = fingerprint(tree);
    const before = assigned.get(key);
    if (before === print) return key;
    let target = key;
    if (before !== undefined) {
      const known = copies.get(`${key} ${print}`);
      if (known) return known;
      const n = (copyCount.get(key) ?? 0) + 1;
      copyCount.set(key, n);
      target = `${key}~${n}`;
      copies.set(`${key} ${print}`, target);
      types[target] = structuredClone(pristine[key] as ApiType);
      if (docs.types[key] !== undefined) docs.types[target] = docs.types[key];
      if (docs.fields[key]) docs.fields[target] = docs.fields[key];
      report.copies++;
    }
    assigned.set(target, print);
    fillType(types[target] as ApiType, tree, path);
    return target;
  };

  const fillType = (type: ApiType, tree: Tree, path: string[]): void => {
    const rules = tree.facts?.rules;
    if (rules) type.rules = rules.map(validationRule);
    for (const [name, field] of Object.entries(type.fields)) {
      field.shape = placeShape(field.shape, tree.children.get(name) ?? EMPTY, [...path, name]);
    }
    unplacedChildren(tree, path, type.fields);
  };

  const placeShape = (shape: ApiShape, tree: Tree, path: string[]): ApiShape => {
    const facts = tree.facts;
    const v: ValueChecks = { ...shape.v };
    if (facts) {
      if (facts.default !== undefined) v.default = facts.default;
      if (facts.nullable) v.nullable = true;
      if (facts.listType) v.listType = facts.listType;
      if (facts.mapKeys) v.listMapKeys = facts.mapKeys;
      // an object's rules are its type's (the walker visits the type)
      if (facts.rules && shape.t !== 'object') v.rules = facts.rules.map(validationRule);
    }
    const withChecks = <S extends ApiShape>(next: S): S => (Object.keys(v).length > 0 ? { ...next, v } : next);
    switch (shape.t) {
      case 'object': return withChecks({ ...shape, ref: placeType(shape.ref, tree, path) });
      case 'array': return withChecks({ ...shape, items: placeShape(shape.items, tree.children.get('[]') ?? EMPTY, [...path, '[]']) });
      case 'map': return withChecks({ ...shape, values: placeShape(shape.values, tree.children.get('{}') ?? EMPTY, [...path, '{}']) });
      default:
        unplacedChildren(tree, path);
        return withChecks({ ...shape });
    }
  };

  for (const crd of extract.crds) {
    for (const version of crd.versions) {
      const kind = project.kinds.find((k) => k.group === crd.group && k.kind === crd.kind && k.version === version.name);
      if (!kind || !version.nodes) continue;
      where = { group: crd.group, kind: crd.kind, version: version.name };
      kind.type = placeType(kind.type, treeOf(version.nodes), []);
    }
  }
  return report;
}
