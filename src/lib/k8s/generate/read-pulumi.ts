// Build time only (Node): reads @pulumi/kubernetes's input types (types/input.d.ts) into a SourceRelease:
// Kubernetes 1.35's field set, the one thing the package holds of that release (RELEASES.md, "1.35
// through Pulumi").
//
// - Layout: `export declare namespace apps { namespace v1 { interface DeploymentSpec { … } } }`, one
//   namespace per API group (its definition package's last segment: core, meta, apiextensions …) and
//   version; every field is wrapped in `pulumi.Input<…>`, refs read `inputs.core.v1.PodSpec`, a kind
//   has `apiVersion?: pulumi.Input<"apps/v1">` and `kind?: pulumi.Input<"Deployment">`. Beside each
//   type stands a `…Patch` twin (every field optional, for server-side apply): not a definition.
// - Keys: a group namespace is matched to the newest data's definition packages by last segment.
//   Namespaces of Pulumi's own (helm) or of groups the newest release lacks (auditregistration) match
//   none and are left out.
// - Names and types: Pulumi writes JSONSchemaProps' `x-kubernetes-*` as `x_kubernetes_*` (renamed back),
//   Quantity and Time as string, IntOrString as `number | string`, JSON as any, JSONSchemaPropsOrBool and
//   …OrArray as `JSONSchemaProps | boolean` and `JSONSchemaProps | any[]` (any, as upstream writes
//   them), enums as `string | enums.…` (a string: the package has no enum values of its own).
// - Release: no file names one, so the reader checks the markers RELEASES.md dates 1.35 by
//   (PodSpec.workloadRef present, 1.36's PodSpec.schedulingGroup absent).
// - Leftovers: the package keeps 8 fields that upstream removed long before 1.34 (PULUMI_LEFTOVERS);
//   they are dropped here, and the reader fails if one of them is missing, so that a new pin is looked at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { ApiSchema } from '../types.ts';
import { keywordShape } from './parse-type-nodes.ts';
import type { SourceField, SourceKind, SourceRelease, SourceShape, SourceType } from './release-source-types.ts';

/**
 * Fields @pulumi/kubernetes 4.28.0 (and 4.31.1, its 1.36 release) declares that neither client-node
 * 1.4.0 (1.34) nor 2.0.1 (1.36) nor our 1.36 data has: Pulumi keeps a field once its schema had it.
 * Upstream removed each before 1.35; the comments say the last release of our data that has it
 * (tests/unit/k8s/release-sources.test.ts checks that 1.34 and 1.36 lack them all).
 */
export const PULUMI_LEFTOVERS: readonly string[] = [
  'io.k8s.api.core.v1.ServiceSpec#ipFamily', // none (dual-stack's ipFamilies replaced it in 1.20)
  'io.k8s.api.core.v1.ServiceSpec#topologyKeys', // none (service topology, gone in 1.22)
  'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#clusterName', // none
  'io.k8s.api.core.v1.EphemeralVolumeSource#readOnly', // none
  'io.k8s.api.core.v1.EventSeries#state', // none
  'io.k8s.api.core.v1.PersistentVolumeClaimStatus#resizeStatus', // 1.27 (allocatedResourceStatuses from 1.28)
  'io.k8s.api.core.v1.PodResourceClaim#source', // 1.30 (DRA's claim reference flattened in 1.31)
  'io.k8s.api.networking.v1.NetworkPolicy#status', // 1.27
];

/** Fields that date the package to 1.35 (RELEASES.md, "Markers"). */
const MARKERS = { present: 'io.k8s.api.core.v1.PodSpec#workloadRef', absent: 'io.k8s.api.core.v1.PodSpec#schedulingGroup' };

const VERSION = /^v\d+(?:(?:alpha|beta)\d*)?$/;

/** 'io.k8s.api.apps.v1.Deployment' -> package 'io.k8s.api.apps' */
function packageOfKey(key: string): string | undefined {
  return /^(.+)\.v\d+(?:(?:alpha|beta)\d*)?\.[A-Z]\w*$/.exec(key)?.[1];
}

/** Definition package of each Pulumi group namespace, by the package's last segment. */
function packagesBySegment(base: ApiSchema): Map<string, string> {
  const packages = new Map<string, string>();
  for (const key of Object.keys(base.types)) {
    const pkg = packageOfKey(key);
    if (!pkg) continue;
    const segment = pkg.slice(pkg.lastIndexOf('.') + 1);
    const known = packages.get(segment);
    if (known && known !== pkg) throw new Error(`${known} and ${pkg} end alike: a Pulumi namespace cannot be placed`);
    packages.set(segment, pkg);
  }
  return packages;
}

const wireName = (name: string): string => (name.startsWith('x_kubernetes_') ? name.replace(/_/g, '-') : name);

function qualifiedName(name: ts.EntityName): string[] {
  return ts.isIdentifier(name) ? [name.text] : [...qualifiedName(name.left), name.right.text];
}

export function readPulumi(packageRoot: string, release: string, base: ApiSchema): SourceRelease {
  const path = join(packageRoot, 'types', 'input.d.ts');
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, false);
  const packages = packagesBySegment(base);
  const keyOf = (group: string, version: string, name: string): string =>
    `${packages.get(group) ?? `pulumi.${group}`}.${version}.${name}`;

  const shapeOf = (node: ts.TypeNode): SourceShape => {
    const keyword = keywordShape(node);
    if (keyword) return keyword;
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return { t: 'string' };
    if (ts.isArrayTypeNode(node)) return { t: 'array', items: shapeOf(node.elementType) };
    if (ts.isTypeLiteralNode(node)) {
      const [index] = node.members;
      if (node.members.length === 1 && index && ts.isIndexSignatureDeclaration(index)) return { t: 'map', values: shapeOf(index.type) };
    }
    if (ts.isTypeReferenceNode(node)) {
      const parts = qualifiedName(node.typeName);
      const [arg] = node.typeArguments ?? [];
      if (parts.join('.') === 'pulumi.Input' && arg) return shapeOf(arg);
      if (parts[0] === 'inputs' && parts.length === 4) return { t: 'ref', key: keyOf(parts[1]!, parts[2]!, parts[3]!) };
    }
    if (ts.isUnionTypeNode(node)) {
      const shapes = node.types.map((member) =>
        // `string | enums.core.v1.ServiceSpecType`: the enum's values are strings
        ts.isTypeReferenceNode(member) && qualifiedName(member.typeName)[0] === 'enums' ? ({ t: 'string' } as const) : shapeOf(member),
      );
      const kinds = new Set(shapes.map((shape) => shape.t));
      if (kinds.size === 1 && kinds.has('string')) return { t: 'string' };
      if (kinds.size === 2 && kinds.has('number') && kinds.has('string')) return { t: 'int-or-string' };
      // JSONSchemaPropsOrBool, JSONSchemaPropsOrArray
      if (kinds.size === 2 && kinds.has('ref') && (kinds.has('boolean') || kinds.has('array'))) return { t: 'any' };
    }
    throw new Error(`${path}: unsupported type ${node.getText(source)}`);
  };

  const types = new Map<string, SourceType>();
  const kinds: SourceKind[] = [];
  const stableKindsOfUnknownGroups: string[] = [];
  for (const group of source.statements) {
    if (!ts.isModuleDeclaration(group) || !group.body || !ts.isModuleBlock(group.body)) continue;
    const groupName = group.name.text;
    for (const version of group.body.statements) {
      if (!ts.isModuleDeclaration(version) || !version.body || !ts.isModuleBlock(version.body)) continue;
      const versionName = version.name.text;
      if (!VERSION.test(versionName)) continue; // io.intstr, pkg.runtime: empty
      const interfaces = version.body.statements.filter(ts.isInterfaceDeclaration);
      const names = new Set(interfaces.map((node) => node.name.text));
      for (const node of interfaces) {
        const name = node.name.text;
        if (name.endsWith('Patch') && names.has(name.slice(0, -'Patch'.length))) continue;
        const members = node.members.filter(ts.isPropertySignature).map((member) => {
          if (!member.type || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) {
            throw new Error(`${path}: ${name} has a member without a plain name or type`);
          }
          return { name: member.name.text, type: member.type, optional: member.questionToken !== undefined };
        });
        // a kind's `apiVersion?: pulumi.Input<"apps/v1">` and `kind?: pulumi.Input<"Deployment">`
        const literal = (field: string): string | undefined => {
          const type = members.find((member) => member.name === field)?.type;
          const inner = type && ts.isTypeReferenceNode(type) ? type.typeArguments?.[0] : undefined;
          return inner && ts.isLiteralTypeNode(inner) && ts.isStringLiteral(inner.literal) ? inner.literal.text : undefined;
        };
        const apiVersion = literal('apiVersion');
        const kind = literal('kind');
        if (!packages.has(groupName)) {
          if (apiVersion && kind && !/alpha|beta/.test(versionName)) stableKindsOfUnknownGroups.push(`${apiVersion} ${kind}`);
          continue;
        }
        const fields = new Map<string, SourceField>();
        for (const member of members) fields.set(wireName(member.name), { shape: shapeOf(member.type), required: !member.optional });
        const key = keyOf(groupName, versionName, name);
        types.set(key, { fields });
        if (apiVersion && kind && groupName !== 'meta') kinds.push({ apiVersion, kind, type: key });
      }
    }
  }
  if (stableKindsOfUnknownGroups.length > 0) {
    throw new Error(`${path}: stable kinds of groups the newest release lacks: ${stableKindsOfUnknownGroups.join(', ')}`);
  }

  const fieldOf = (ref: string): { type?: SourceType; name: string } => {
    const [key, name] = ref.split('#') as [string, string];
    return { type: types.get(key), name };
  };
  const has = (ref: string): boolean => {
    const { type, name } = fieldOf(ref);
    return type?.fields.has(name) === true;
  };
  if (!has(MARKERS.present) || has(MARKERS.absent)) {
    throw new Error(`${packageRoot}: the markers do not date it to Kubernetes ${release} (${MARKERS.present} must be there, ${MARKERS.absent} not)`);
  }
  for (const ref of PULUMI_LEFTOVERS) {
    const { type, name } = fieldOf(ref);
    if (!type?.fields.delete(name)) throw new Error(`${packageRoot}: the leftover ${ref} is not there any more: check the list`);
  }
  return { release, types, kinds };
}
