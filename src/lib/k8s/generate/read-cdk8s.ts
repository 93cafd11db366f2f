// Build time only (Node): reads a cdk8s-plus-NN package's import of the Kubernetes API
// (lib/imports/k8s.d.ts and k8s.js) into a SourceRelease.
//
// - Release: cdk8s.yaml lists the k8s@1.NN.0 imports; the last one is the API the package was
//   generated from and must be the release expected.
// - Keys: every interface and property carries its upstream definition in a `@schema` tag
//   (`io.k8s.api.core.v1.ContainerPort#hostIP`): properties are camelCase in TypeScript (hostIp), the
//   tag has the wire name. A kind's props interface (KubeDeploymentProps) has the kind's key; its
//   apiVersion and kind come from the class's GVK in k8s.js.
// - What the import lacks: apiVersion and kind on the kinds (added here as strings); `status` with
//   the types only status reaches, and the core v1 Event kind (its class name, KubeEvent, is the
//   events.k8s.io Event's), which build-release-data.ts takes from the newest release; and one
//   definition stands for structurally identical ones of several groups (ServiceReference, Subject,
//   EndpointPort), so refs are compared with the newest data's by version and name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { membersOf, type DeclaredShape } from './parse-type-nodes.ts';
import type { SourceField, SourceKind, SourceRelease, SourceShape, SourceType } from './release-source-types.ts';

const SCHEMA_TAG = /@schema (\S+?)(?:#(\S+))?\s*$/m;

/** The import's named types that are not definitions: what each is on the wire. */
const SCALARS: Readonly<Record<string, SourceShape>> = {
  Date: { t: 'date-time' },
  Quantity: { t: 'string' },
  IntOrString: { t: 'int-or-string' },
};

export function readCdk8s(packageRoot: string, release: string): SourceRelease {
  const imports = [...readFileSync(join(packageRoot, 'cdk8s.yaml'), 'utf8').matchAll(/k8s@(\d+\.\d+)\.\d+/g)].map((m) => m[1]);
  if (imports.at(-1) !== release) {
    throw new Error(`${packageRoot}: cdk8s.yaml imports k8s@${imports.at(-1) ?? 'nothing'}, expected Kubernetes ${release}`);
  }
  const path = join(packageRoot, 'lib', 'imports', 'k8s.d.ts');
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const docOf = (node: ts.Node): string => {
    const ranges = ts.getLeadingCommentRanges(source.text, node.pos) ?? [];
    const last = ranges.at(-1);
    return last ? source.text.slice(last.pos, last.end) : '';
  };
  const scalars: Record<string, SourceShape> = { ...SCALARS };
  // interface name -> upstream key
  const keyOfName = new Map<string, string>();
  const interfaces: Array<{ key: string; node: ts.InterfaceDeclaration }> = [];
  for (const statement of source.statements) {
    const key = SCHEMA_TAG.exec(docOf(statement))?.[1];
    if (ts.isInterfaceDeclaration(statement) && key) {
      keyOfName.set(statement.name.text, key);
      interfaces.push({ key, node: statement });
    } else if (ts.isEnumDeclaration(statement)) {
      scalars[statement.name.text] = { t: 'string' }; // DeleteOptions' kind: a string enum
    }
  }
  const convert = (shape: DeclaredShape): SourceShape => {
    switch (shape.t) {
      case 'string':
      case 'boolean':
      case 'any':
      case 'int-or-string':
        return { t: shape.t };
      case 'number':
        return { t: 'number' };
      case 'array':
        return { t: 'array', items: convert(shape.items) };
      case 'map':
        return { t: 'map', values: convert(shape.values) };
      case 'ref': {
        const scalar = scalars[shape.name];
        if (scalar) return scalar;
        const key = keyOfName.get(shape.name);
        if (!key) throw new Error(`${path}: ${shape.name} has no @schema tag`);
        return { t: 'ref', key };
      }
      case 'inline':
        throw new Error(`${path}: an inline object type`);
    }
  };
  const types = new Map<string, SourceType>();
  for (const { key, node } of interfaces) {
    const fields = new Map<string, SourceField>();
    for (const member of membersOf(node.members, source, (name) => name)) {
      const tag = SCHEMA_TAG.exec(member.description);
      if (!tag?.[2] || tag[1] !== key) throw new Error(`${path}: ${node.name.text}.${member.name} has no @schema ${key}#… tag`);
      fields.set(tag[2], { shape: convert(member.shape), required: !member.optional });
    }
    types.set(key, { fields });
  }
  const kinds: SourceKind[] = [];
  const js = readFileSync(join(packageRoot, 'lib', 'imports', 'k8s.js'), 'utf8');
  // anchored at a line's start: unanchored, (\w+)\.GVK backtracks through every word of the 2 MB file
  for (const m of js.matchAll(/^(\w+)\.GVK = \{\n\s*apiVersion: '([^']+)',\n\s*kind: '([^']+)',/gm)) {
    const [, className, apiVersion, kind] = m as unknown as [string, string, string, string];
    const key = keyOfName.get(`${className}Props`);
    if (!key) throw new Error(`${path}: no ${className}Props for ${apiVersion} ${kind}`);
    const type = types.get(key)!;
    // the props leave out what the construct writes itself
    type.fields.set('apiVersion', { shape: { t: 'string' }, required: false });
    type.fields.set('kind', { shape: { t: 'string' }, required: false });
    kinds.push({ apiVersion, kind, type: key });
  }
  return { release, types, kinds };
}
