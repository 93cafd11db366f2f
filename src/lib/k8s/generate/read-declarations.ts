// Build time only (Node): reads the .d.ts files of kubernetes-models and
// @kubernetes-models/apimachinery into a plain table of declared types.
// The .d.ts files carry every field, whether it is optional, the upstream
// description and the literal unions of enums; number formats come later
// from the compiled validators (probe-formats.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { leadingDoc, membersOf, type DeclaredMember, type DeclaredShape } from './parse-type-nodes.ts';

export type { DeclaredMember, DeclaredShape } from './parse-type-nodes.ts';

export interface DeclaredType {
  /** upstream definition name, e.g. io.k8s.api.apps.v1.DeploymentSpec */
  key: string;
  /** the package's global alias, e.g. IoK8sApiAppsV1DeploymentSpec (also the _schemas module name) */
  globalName: string;
  /** the _schemas module when it is not named globalName (a CRD package's ImageRef_1) */
  validatorName?: string;
  /** absolute path of the package root the file belongs to */
  packageRoot: string;
  description: string;
  /** an interface; `alias` marks `export type X = string` and friends (`aliased`: what it stands for, CRD packages only) */
  form: 'interface' | 'alias';
  aliased?: DeclaredShape;
  members: DeclaredMember[];
  /** the interface has an index signature of its own (accepts unknown keys) */
  open: boolean;
  /** interfaces it extends besides TypeMeta, by global name (a CRD package's embedded Go structs) */
  bases?: string[];
  /** apiVersion/kind literals when the interface extends TypeMeta */
  typeMeta?: { apiVersion: string; kind: string };
}

/** Folder of a package -> the upstream definition prefix of the types in it. */
function definitionPrefix(packageName: string, folder: string[]): string {
  if (packageName === 'apimachinery') return ['io.k8s.apimachinery.pkg', ...folder].join('.');
  // kubernetes-models: <group>/<version> or v1 (the core group)
  if (folder.length === 1) return `io.k8s.api.core.${folder[0]}`;
  const [group, version] = folder as [string, string];
  if (group === 'apiextensions.k8s.io') return `io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.${version}`;
  if (group === 'apiregistration.k8s.io') return `io.k8s.kube-aggregator.pkg.apis.apiregistration.${version}`;
  return `io.k8s.api.${group.split('.')[0]}.${version}`;
}

/** io.k8s.api.apps.v1.Deployment -> IoK8sApiAppsV1Deployment, as the package names its aliases */
export function globalNameOf(key: string): string {
  return key
    .split(/[.-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function listDeclarationFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '_schemas' || entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listDeclarationFiles(path));
    else if (entry.name.endsWith('.d.ts') && entry.name !== 'index.d.ts') out.push(path);
  }
  return out.sort();
}

function readFile(path: string, packageRoot: string, packageName: string): DeclaredType | undefined {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const folder = relative(packageRoot, path).split(sep).slice(0, -1);
  const typeName = path.slice(path.lastIndexOf(sep) + 1, -'.d.ts'.length);
  const key = `${definitionPrefix(packageName, folder)}.${typeName}`;
  const globalName = globalNameOf(key);
  // Local interface names (IDeployment) resolve to this file's global alias; imported
  // names are already global aliases (IIoK8sApiAppsV1DeploymentSpec).
  const localName = `I${typeName}`;
  const resolve = (name: string) => (name === localName ? globalName : name.replace(/^I/, ''));

  // The file must export the alias we derived from its path, or the key mapping is wrong.
  if (!source.text.includes(` as I${globalName},`)) {
    throw new Error(`${path}: expected alias I${globalName}; the folder-to-definition mapping is out of date`);
  }
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement) && statement.name.text === localName) {
      const extendsTypeMeta = statement.heritageClauses?.some((c) => c.getText(source).includes('TypeMeta')) ?? false;
      const members = membersOf(statement.members, source, resolve);
      let typeMeta: DeclaredType['typeMeta'];
      if (extendsTypeMeta) {
        const literal = (field: string) => {
          const shape = members.find((m) => m.name === field)?.shape;
          return shape?.t === 'string' && shape.literals?.length === 1 ? shape.literals[0] : undefined;
        };
        const apiVersion = literal('apiVersion');
        const kind = literal('kind');
        if (!apiVersion || !kind) throw new Error(`${path}: TypeMeta without literal apiVersion/kind`);
        typeMeta = { apiVersion, kind };
      }
      return {
        key,
        globalName,
        packageRoot,
        description: leadingDoc(source, statement),
        form: 'interface',
        members,
        open: statement.members.some(ts.isIndexSignatureDeclaration),
        ...(typeMeta ? { typeMeta } : {}),
      };
    }
    if (ts.isTypeAliasDeclaration(statement) && statement.name.text === localName) {
      return {
        key,
        globalName,
        packageRoot,
        description: leadingDoc(source, statement),
        form: 'alias',
        members: [],
        open: false,
      };
    }
  }
  return undefined;
}

export interface DeclarationPackages {
  kubernetesModels: string;
  apimachinery: string;
  base: string;
}

/** Every declared type of both packages, keyed by upstream definition name. */
export function readDeclarations(packages: DeclarationPackages): Map<string, DeclaredType> {
  const types = new Map<string, DeclaredType>();
  const roots: Array<[string, string]> = [
    [packages.apimachinery, 'apimachinery'],
    [packages.kubernetesModels, 'kubernetes-models'],
  ];
  for (const [root, name] of roots) {
    for (const file of listDeclarationFiles(root)) {
      const declared = readFile(file, root, name);
      if (!declared) continue;
      if (types.has(declared.key)) throw new Error(`duplicate definition ${declared.key}`);
      types.set(declared.key, declared);
    }
  }
  return types;
}

/** Descriptions of apiVersion and kind, which the kind interfaces inherit from TypeMeta. */
export function readTypeMetaDocs(baseRoot: string): Record<string, string> {
  const path = join(baseRoot, 'dist', 'meta.d.ts');
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Record<string, string> = {};
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement) || statement.name.text !== 'TypeMeta') continue;
    for (const member of statement.members) {
      if (ts.isPropertySignature(member) && ts.isIdentifier(member.name)) {
        out[member.name.text] = leadingDoc(source, member);
      }
    }
  }
  return out;
}
