// Every bare import of the project's own code must name a package that package.json declares: a
// package that only arrives as some other package's dependency can vanish or change with any update.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';

const sourceFile = /\.(?:[cm]?[jt]s|astro)$/u;
// Modules the build tools provide, not packages.
const provided = /^(?:node:|astro:|virtual:)/u;

/** The files of `dirs`, recursively, skipping generated output and dependencies. */
export function sourceFiles(dirs) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (sourceFile.test(name) && !name.endsWith('.d.ts')) out.push(path);
    }
  };
  for (const dir of dirs) walk(dir);
  return out;
}

/** The code of an .astro file: its front matter and its scripts. */
function astroCode(text) {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gu)].map((match) => match[1]);
  return [front, ...scripts].join('\n');
}

/** 'pkg/sub' -> 'pkg'; '@scope/pkg/sub' -> '@scope/pkg'. */
export function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The bare specifiers a source text imports, each with whether the import is type-only. */
export function bareImports(text, isAstro = false) {
  const code = isAstro ? astroCode(text) : text;
  const { importedFiles } = ts.preProcessFile(code, true, true);
  return importedFiles
    .map((file) => file.fileName)
    .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('/') && !provided.test(specifier))
    .map((specifier) => {
      const quoted = specifier.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
      const typeOnly = new RegExp(`import\\s+type\\b[^;]*?['"]${quoted}['"]`, 'u').test(code)
        && !new RegExp(`import\\s+(?!type\\b)[^;]*?['"]${quoted}['"]`, 'u').test(code);
      return { specifier, typeOnly };
    });
}

/**
 * Imports of `files` whose package is not declared in `manifest` (package.json's contents): one
 * sentence each. A type-only import may be satisfied by the package's @types/ twin.
 */
export function undeclaredImports(files, manifest, read = (file) => readFileSync(file, 'utf8')) {
  const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);
  if (manifest.name) declared.add(manifest.name);
  const builtins = new Set(builtinModules);
  const problems = [];
  for (const file of files) {
    for (const { specifier, typeOnly } of bareImports(read(file), file.endsWith('.astro'))) {
      const name = packageOf(specifier);
      if (declared.has(name) || builtins.has(name)) continue;
      const typesName = `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
      if (typeOnly && declared.has(typesName)) continue;
      problems.push(`${file}: imports ${specifier}, but package.json declares no ${name}${typeOnly ? ` (nor ${typesName})` : ''}`);
    }
  }
  return problems;
}
