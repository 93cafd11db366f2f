// Build time only (Node): reads the .d.ts files of one @kubernetes-models CRD package (crd-packages.ts)
// into the same table of declared types as the built-in kinds' (read-declarations.ts). Two layouts:
// the packages generated from the projects' Go types name every type by a global alias
// (`export type { IHTTPRoute as IIoK8sSigsGatewayApiApisV1HTTPRoute }`) and import the others by
// theirs; the Istio package, generated from its CRD files, writes each kind as one nested object
// literal with no alias, named by its _schemas module (NetworkingIstioIoV1VirtualService).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { leadingDoc, membersOf, shapeOf } from './parse-type-nodes.ts';
import { globalNameOf, type DeclaredType } from './read-declarations.ts';

/** imported under a local name by the Istio package; every other import is a global alias already */
const LOCAL_IMPORTS: Record<string, string> = { IObjectMeta: 'IoK8sApimachineryPkgApisMetaV1ObjectMeta' };

function declarationFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '_schemas' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...declarationFiles(path));
    else if (entry.name.endsWith('.d.ts') && entry.name !== 'index.d.ts') out.push(path);
  }
  return out.sort();
}

/** networking.istio.io/v1/VirtualService -> NetworkingIstioIoV1VirtualService, as the Istio package names its validators */
function folderGlobalName(packageRoot: string, path: string): string {
  const parts = relative(packageRoot, path).split(sep);
  return globalNameOf(parts.join('.').slice(0, -'.d.ts'.length));
}

function readFile(path: string, packageRoot: string): DeclaredType | undefined {
  const text = readFileSync(path, 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const typeName = path.slice(path.lastIndexOf(sep) + 1, -'.d.ts'.length);
  const localName = `I${typeName}`;
  const alias = new RegExp(`\\b${localName} as I(\\w+)`).exec(text)?.[1];
  const globalName = alias ?? folderGlobalName(packageRoot, path);
  const resolve = (name: string): string => (name === localName ? globalName : LOCAL_IMPORTS[name] ?? name.replace(/^I/, ''));
  for (const statement of source.statements) {
    if (!(ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) || statement.name.text !== localName) continue;
    // two Go types of one name in a folder: the second file and its validator get a suffix, its alias none
    const suffix = alias ? /_\d+$/.exec(typeName)?.[0] : undefined;
    const base = {
      key: globalName, globalName, packageRoot, description: leadingDoc(source, statement),
      ...(suffix ? { validatorName: `${globalName}${suffix}` } : {}),
    };
    if (ts.isTypeAliasDeclaration(statement)) {
      return { ...base, form: 'alias', aliased: shapeOf(statement.type, source, resolve), members: [], open: false };
    }
    const members = membersOf(statement.members, source, resolve);
    const bases = (statement.heritageClauses ?? []).flatMap((clause) => clause.types)
      .map((type) => type.expression.getText(source)).filter((name) => name !== 'TypeMeta').map(resolve);
    const literal = (field: string): string | undefined => {
      const shape = members.find((m) => m.name === field)?.shape;
      return shape?.t === 'string' && shape.literals?.length === 1 ? shape.literals[0] : undefined;
    };
    const apiVersion = literal('apiVersion');
    const kind = literal('kind');
    return {
      ...base, form: 'interface', members, open: statement.members.some(ts.isIndexSignatureDeclaration),
      ...(bases.length > 0 ? { bases } : {}),
      ...(apiVersion && kind ? { typeMeta: { apiVersion, kind } } : {}),
    };
  }
  return undefined;
}

/**
 * Gives every interface the members of the interfaces it extends (a Go struct embedded inline:
 * HTTPRouteSpec extends CommonRouteSpec, whose parentRefs are HTTPRouteSpec's fields), its own first.
 */
export function flattenBases(declared: Map<string, DeclaredType>): void {
  const byGlobalName = new Map([...declared.values()].map((type) => [type.globalName, type]));
  const done = new Set<DeclaredType>();
  const flatten = (type: DeclaredType): void => {
    if (done.has(type)) return;
    done.add(type);
    for (const name of type.bases ?? []) {
      const base = byGlobalName.get(name);
      if (!base) throw new Error(`${type.key} extends undeclared ${name}`);
      flatten(base);
      const own = new Set(type.members.map((m) => m.name));
      type.members.push(...base.members.filter((m) => !own.has(m.name)));
    }
  };
  for (const type of declared.values()) flatten(type);
}

/** Every declared type of the package, keyed by its global alias. */
export function readCrdDeclarations(packageRoot: string): Map<string, DeclaredType> {
  const types = new Map<string, DeclaredType>();
  for (const file of declarationFiles(packageRoot)) {
    const declared = readFile(file, packageRoot);
    // the Go-package folders (github.com/...) declare a type once; the first file wins over a re-export
    if (declared && !types.has(declared.key)) types.set(declared.key, declared);
  }
  return types;
}
