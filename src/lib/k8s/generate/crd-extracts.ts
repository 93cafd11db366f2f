// Build time only (Node): the committed extracts of the bundled projects' CRD files
// (crd-extracts/<id>.json, written by scripts/extract-crds.ts from mirrors of the upstream repositories),
// read by `npm run gen:k8s` so that the generated data needs no network.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CrdExtract } from './extract-crd.ts';

export function extractPath(projectRoot: string, id: string): string {
  return join(projectRoot, 'src', 'lib', 'k8s', 'generate', 'crd-extracts', `${id}.json`);
}

/** A project's extract, or undefined before one was taken. */
export function readExtract(projectRoot: string, id: string): CrdExtract | undefined {
  const path = extractPath(projectRoot, id);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) as CrdExtract : undefined;
}

/** One schema node a line, so a new upstream release reads as a diff of rules. */
export function serializeExtract(extract: CrdExtract): string {
  const lines: string[] = [];
  const text = JSON.stringify(extract, (key, value: unknown) => {
    if (key !== 'nodes' || !Array.isArray(value)) return value;
    return value.map((node) => `\u0000${lines.push(JSON.stringify(node)) - 1}`);
  }, 1);
  return `${text.replace(/"\\u0000(\d+)"/g, (_, index: string) => lines[Number(index)] as string)}\n`;
}
