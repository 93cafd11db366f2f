// Curated field notes (content/fields/<TypeName>.yaml), written by hand in Korean and English and shown
// above the upstream description wherever the type's field appears. The zod schema is the source of
// truth for the file shape; checkNotes() keeps the notes honest against the generated API data.
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import type { ApiSchema } from '../k8s/types.ts';
import { shortTypeName } from './type-label.ts';

const fieldNote = z.object({
  ko: z.string().min(1),
  en: z.string().min(1),
  /** a short YAML fragment */
  example: z.string().min(1).optional(),
});

export const fieldNotesFileSchema = z.object({
  /** the full type key in schema.json, e.g. io.k8s.api.core.v1.Container */
  type: z.string().min(1),
  fields: z.record(z.string(), fieldNote),
});

export type FieldNote = z.infer<typeof fieldNote>;

export interface NotesFile {
  /** 'content/fields/Container.yaml' */
  path: string;
  type: string;
  fields: Record<string, FieldNote>;
}

/** type key -> field name -> note */
export type NotesIndex = Map<string, Record<string, FieldNote>>;

/** Parses raw files keyed by path; a malformed file throws with its name and the failing field. */
export function parseNotesFiles(files: Record<string, string>): NotesFile[] {
  return Object.entries(files).map(([path, text]) => {
    const result = fieldNotesFileSchema.safeParse(yaml.load(text));
    if (!result.success) {
      const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
      throw new Error(`${path} is not a valid field-notes file:\n  ${issues.join('\n  ')}`);
    }
    return { path, ...result.data };
  });
}

/** Problems that would make a note point at nothing: unknown type, unknown field, misnamed file. */
export function checkNotes(files: readonly NotesFile[], schema: ApiSchema): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const type = schema.types[file.type];
    if (!type) {
      problems.push(`${file.path}: type ${file.type} does not exist in the Kubernetes ${schema.kubernetesVersion} schema`);
      continue;
    }
    const expected = `${shortTypeName(file.type)}.yaml`;
    if (!file.path.endsWith(`/${expected}`) && file.path !== expected) {
      problems.push(`${file.path}: notes for ${file.type} belong in ${expected}`);
    }
    const other = seen.get(file.type);
    if (other) problems.push(`${file.path}: ${file.type} already has notes in ${other}`);
    seen.set(file.type, file.path);
    for (const name of Object.keys(file.fields)) {
      if (!type.fields[name]) problems.push(`${file.path}: ${shortTypeName(file.type)} has no field '${name}'`);
    }
  }
  return problems;
}

export function indexNotes(files: readonly NotesFile[]): NotesIndex {
  return new Map(files.map((file) => [file.type, file.fields]));
}
