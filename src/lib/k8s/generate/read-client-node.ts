// Build time only (Node): reads an @kubernetes/client-node package's generated model files (one class
// per OpenAPI definition: attributeTypeMap in the .js, `'name'?:` in the .d.ts) into a SourceRelease.
//
// - Release: every model file names the OpenAPI document it came from ("release-1.27" in 0.x,
//   "v1.34.0" in 1.x). 1.x keeps files of definitions dropped upstream with their old header, so only
//   files with the most common header are read, and that header must be the release expected.
// - Keys: a class is named Version+Name (V1Container), with the package in front where two groups
//   share the name (CoreV1EndpointPort, DiscoveryV1EndpointPort). It is matched to the newest data's
//   definition keys by version and name (and that package); a definition the newest data lacks takes
//   the package of another version of the same name, else of a class that refers to it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiSchema } from '../types.ts';
import type { SourceField, SourceKind, SourceRelease, SourceShape, SourceType } from './release-source-types.ts';

interface ModelClass {
  className: string;
  prefix: string;
  version: string;
  name: string;
  attributes: Array<{ name: string; baseName: string; type: string; format?: string }>;
  /** JS property names the .d.ts declares without `?` */
  required: Set<string>;
}

const CLASS_NAME = /^([A-Za-z]*?)(V\d+(?:(?:alpha|beta)\d*)?)([A-Z]\w*)$/;
const HEADER = /(?:The version of the OpenAPI document|OpenAPI spec version): (\S+)/;

/** '1.27' from 'release-1.27' or 'v1.27.3' */
function releaseOfHeader(header: string): string | undefined {
  return /^(?:release-|v)(\d+\.\d+)(?:\.\d+)?$/.exec(header)?.[1];
}

function modelsDir(packageRoot: string): string {
  for (const dir of ['dist/gen/models', 'dist/gen/model']) {
    try {
      readdirSync(join(packageRoot, dir));
      return join(packageRoot, dir);
    } catch {
      // the other layout
    }
  }
  throw new Error(`${packageRoot}: no dist/gen/model(s) folder`);
}

function readClasses(packageRoot: string, release: string): ModelClass[] {
  const dir = modelsDir(packageRoot);
  const files: Array<{ header: string; text: string; dts: string; className: string }> = [];
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.js')) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    const header = HEADER.exec(text)?.[1];
    const className = /class (\w+) \{/.exec(text)?.[1];
    if (!header || !className || !text.includes('attributeTypeMap = [')) continue;
    files.push({ header, text, dts: readFileSync(join(dir, file.replace(/\.js$/, '.d.ts')), 'utf8'), className });
  }
  const counts = new Map<string, number>();
  for (const { header } of files) counts.set(header, (counts.get(header) ?? 0) + 1);
  const [header] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!header || releaseOfHeader(header) !== release) {
    throw new Error(`${packageRoot}: model files say ${header ?? 'nothing'}, expected Kubernetes ${release}`);
  }
  const classes: ModelClass[] = [];
  for (const file of files) {
    if (file.header !== header) continue;
    const match = CLASS_NAME.exec(file.className);
    if (!match) continue; // VersionInfo and the like: not an API definition
    const json = /attributeTypeMap = (\[[\s\S]*?\]);/.exec(file.text)?.[1];
    if (!json) throw new Error(`${file.className}: no attributeTypeMap`);
    const required = new Set<string>();
    for (const m of file.dts.matchAll(/^\s*'([^']+)'(\?)?:/gm)) if (!m[2]) required.add(m[1]!);
    classes.push({
      className: file.className,
      prefix: match[1]!.toLowerCase(),
      version: match[2]!.toLowerCase(),
      name: match[3]!,
      attributes: JSON.parse(json) as ModelClass['attributes'],
      required,
    });
  }
  return classes;
}

/** 'io.k8s.api.apps.v1.Deployment' -> package 'io.k8s.api.apps', version 'v1', name 'Deployment' */
function splitKey(key: string): { pkg: string; version: string; name: string } | undefined {
  const m = /^(.+)\.(v\d+(?:(?:alpha|beta)\d*)?)\.([A-Z]\w*)$/.exec(key);
  return m ? { pkg: m[1]!, version: m[2]!, name: m[3]! } : undefined;
}

const lastSegment = (pkg: string): string => pkg.slice(pkg.lastIndexOf('.') + 1).toLowerCase();

/** Upstream definition key of every class that can be placed. */
function resolveKeys(classes: ModelClass[], base: ApiSchema): Map<string, string> {
  const byVersionName = new Map<string, string[]>();
  const byName = new Map<string, Set<string>>();
  for (const key of Object.keys(base.types)) {
    const parts = splitKey(key);
    if (!parts) continue;
    const vn = `${parts.version}.${parts.name}`;
    byVersionName.set(vn, [...(byVersionName.get(vn) ?? []), parts.pkg]);
    byName.set(parts.name, (byName.get(parts.name) ?? new Set()).add(parts.pkg));
  }
  const fits = (c: ModelClass) => (pkg: string) => !c.prefix || lastSegment(pkg) === c.prefix;
  const keys = new Map<string, string>();
  for (const c of classes) {
    const exact = (byVersionName.get(`${c.version}.${c.name}`) ?? []).filter(fits(c));
    const other = [...(byName.get(c.name) ?? [])].filter(fits(c));
    const pkg = exact.length === 1 ? exact[0] : exact.length === 0 && other.length === 1 ? other[0] : undefined;
    if (pkg) keys.set(c.className, `${pkg}.${c.version}.${c.name}`);
  }
  // the rest: the package of a placed class of the same version that refers to it
  const byClass = new Map(classes.map((c) => [c.className, c]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of classes) {
      const key = keys.get(c.className);
      if (!key) continue;
      const { pkg } = splitKey(key)!;
      for (const attribute of c.attributes) {
        for (const ref of attribute.type.match(/\b[A-Z]\w*V\d\w*|\bV\d\w*/g) ?? []) {
          const target = byClass.get(ref);
          if (!target || keys.has(ref) || target.version !== c.version || !fits(target)(pkg)) continue;
          keys.set(ref, `${pkg}.${target.version}.${target.name}`);
          changed = true;
        }
      }
    }
  }
  return keys;
}

function parseType(type: string, format: string | undefined, keyOf: (className: string) => string): SourceShape {
  const array = /^Array<(.+)>$/.exec(type);
  if (array) return { t: 'array', items: parseType(array[1]!, undefined, keyOf) };
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) return { t: 'map', values: parseType(map[1]!, undefined, keyOf) };
  switch (type) {
    case 'string':
      return format === 'byte' ? { t: 'string', format } : { t: 'string' };
    case 'Date':
    case 'V1MicroTime': // the one class name without a model file: MicroTime is a timestamp
      return { t: 'date-time' };
    case 'number':
      return format ? { t: 'number', format } : { t: 'number' };
    case 'boolean':
      return { t: 'boolean' };
    case 'IntOrString':
      return { t: 'int-or-string' };
    case 'object':
    case 'any':
      return { t: 'any' };
    default:
      return { t: 'ref', key: keyOf(type) };
  }
}

/** Group of each definition package, from the newest data's kinds. */
function groupsOfPackages(base: ApiSchema): Map<string, string> {
  const groups = new Map<string, string>();
  for (const kind of base.kinds) {
    const parts = splitKey(kind.type);
    if (parts) groups.set(parts.pkg, kind.group);
  }
  return groups;
}

export function readClientNode(packageRoot: string, release: string, base: ApiSchema): SourceRelease {
  const classes = readClasses(packageRoot, release);
  const keys = resolveKeys(classes, base);
  const keyOf = (className: string): string => {
    const key = keys.get(className);
    if (!key) throw new Error(`${packageRoot}: cannot place ${className} in an API group`);
    return key;
  };
  const groups = groupsOfPackages(base);
  const types = new Map<string, SourceType>();
  const kinds: SourceKind[] = [];
  for (const c of classes) {
    const key = keys.get(c.className);
    if (!key) continue; // reached by nothing placed: checked when a served kind refers to it
    const fields = new Map<string, SourceField>();
    const shapes = (): void => {
      for (const a of c.attributes) {
        fields.set(a.baseName, { shape: parseType(a.type, a.format || undefined, keyOf), required: c.required.has(a.name) });
      }
    };
    try {
      shapes();
    } catch {
      continue; // refers to a class no group holds: an unplaceable alpha type, never served
    }
    types.set(key, { fields });
    const names = new Set(c.attributes.map((a) => a.baseName));
    const { pkg, version, name } = splitKey(key)!;
    // a kind is an object with apiVersion, kind and metadata (ObjectReference and the like have no metadata)
    const isKind = ['apiVersion', 'kind', 'metadata'].every((field) => names.has(field));
    if (!isKind || pkg.startsWith('io.k8s.apimachinery.')) continue;
    const group = groups.get(pkg);
    if (group === undefined) {
      if (!/alpha|beta/.test(version)) throw new Error(`${key}: a stable kind of a group the newest release lacks`);
      continue;
    }
    kinds.push({ apiVersion: group ? `${group}/${version}` : version, kind: name, type: key });
  }
  return { release, types, kinds };
}
