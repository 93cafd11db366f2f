// One large input checked on several threads (issue 12.6): its text is cut at the document boundaries
// the core itself finds (splitDocuments), each piece is parsed and checked apart as if it were a file,
// and the pieces' results are merged into the one result validateAll gives for the input.
// Exact by construction rather than by repair: every piece keeps the whole text, so offsets, lines and
// columns are the input's own; a piece numbers its documents from 0 and is renumbered once the pieces
// before it have said how many documents they hold (blank and empty ones are not counted, which only a
// parse can tell); the merged input's core diagnostics (document rules' first, then the resource rules',
// each in document order, as validateAll collects them) go through the one present() of the core, with
// the whole text's suppression comments and every piece's documents and resources.
// A JSON stream (read whole by kubectl) and an input over options.maxInputChars are never cut.
import type { CoreDiagnostic, Resource, ValidateOptions, ValidateResult } from '../types.ts';
import { LineIndex } from '../locate.ts';
import { resourcesOf } from '../resources.ts';
import { runDocumentRules, runResourceRules } from '../runner.ts';
import { isJsonStream, splitDocuments, type Chunk } from '../yaml/split.ts';
import type { ParsedDocument } from '../yaml/parse.ts';
import { parseChunks, present, type DocumentOutline, type EnabledRules, type PresentableInput } from '../validate.ts';

/** A share of the work: a whole input, or a run of its chunks. */
export interface Unit {
  input: number;
  chunks?: Chunk[];
}

/** A piece parsed: its documents and resources, numbered from 0 until renumber() places them. */
export interface ParsedPiece {
  text: string;
  parsed: ParsedDocument[];
  resources: Resource[];
}

/** A piece checked: what present() needs of it, as plain values that cross threads. */
export interface CheckedPiece {
  outlines: DocumentOutline[];
  documentCore: CoreDiagnostic[];
  resourceCore: CoreDiagnostic[];
}

/** Whether cutting `text` keeps its result: not a JSON stream, not over the size bound (reported for the whole). */
export function isSplittable(text: string, options: ValidateOptions): boolean {
  return !isJsonStream(text) && !(options.maxInputChars !== undefined && text.length > options.maxInputChars);
}

/**
 * The inputs as units of work for `threads` threads: an input longer than a thread's share of all the
 * text is cut into runs of chunks of about that share each (a piece holds one chunk at least).
 */
export function unitsOf(texts: readonly string[], threads: number, options: ValidateOptions): Unit[] {
  const share = texts.reduce((sum, text) => sum + text.length, 0) / threads;
  return texts.flatMap((text, input): Unit[] => {
    const pieces = Math.min(threads, Math.round(text.length / share));
    if (pieces < 2 || !isSplittable(text, options)) return [{ input }];
    const chunks = splitDocuments(text);
    const cuts = [0];
    for (let k = 1; k < pieces; k += 1) {
      const at = (text.length * k) / pieces;
      const cut = chunks.findIndex((chunk, i) => i > (cuts.at(-1) as number) && chunk.start >= at);
      if (cut !== -1) cuts.push(cut);
    }
    if (cuts.length < 2) return [{ input }];
    cuts.push(chunks.length);
    return cuts.slice(1).map((end, k) => ({ input, chunks: chunks.slice(cuts[k], end) }));
  });
}

/** A piece's documents parsed, numbered from 0. */
export function parsePiece(text: string, chunks: readonly Chunk[]): ParsedPiece {
  const parsed = parseChunks(text, chunks, isJsonStream(text));
  return { text, parsed, resources: parsed.flatMap(resourcesOf) };
}

/** The piece's documents and resources moved to their place in the input: `offset` documents come before. */
export function renumber(piece: ParsedPiece, offset: number): void {
  for (const doc of piece.parsed) doc.index += offset;
  for (const resource of piece.resources) resource.document += offset;
}

/** The document offset of each unit: how many documents the earlier pieces of its input hold (0 for a whole input). */
export function offsetsOf(units: readonly Unit[], counts: readonly number[]): number[] {
  const before = new Map<number, number>();
  return units.map((unit, i) => {
    if (!unit.chunks) return 0;
    const offset = before.get(unit.input) ?? 0;
    before.set(unit.input, offset + (counts[i] as number));
    return offset;
  });
}

/** A renumbered piece through its document rules and its resource rules against `context` (every resource of the run). */
export function checkPiece(piece: ParsedPiece, rules: EnabledRules, options: ValidateOptions, context: readonly Resource[]): CheckedPiece {
  const documentCore: CoreDiagnostic[] = [];
  for (const doc of piece.parsed) runDocumentRules(rules.document, piece.text, options, options.schema, doc, documentCore);
  const resourceCore: CoreDiagnostic[] = [];
  runResourceRules(rules.resource, piece.text, options, options.schema, piece.resources, resourceCore, context);
  return { outlines: piece.parsed.map(outline), documentCore, resourceCore };
}

/** One input's result from its pieces in order, with their (renumbered) resources. */
export function mergePieces(text: string, pieces: readonly CheckedPiece[], resources: readonly PresentableInput['resources'][]): ValidateResult {
  return present({
    text, lines: new LineIndex(text), parsed: pieces.flatMap((piece) => piece.outlines), resources: resources.flat(),
    core: [...pieces.flatMap((piece) => piece.documentCore), ...pieces.flatMap((piece) => piece.resourceCore)],
  });
}

/** What the summary of a document reads: the root's start, and of its value the API version, kind and name. */
function outline({ index, start, end, node, problems }: ParsedDocument): DocumentOutline {
  return {
    index, start, end, problems: problems.map(({ code, start: at }) => ({ code, start: at })),
    ...(node ? { node: { start: node.start, value: summaryValue(node.value) } } : {}),
  };
}

function summaryValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  const { apiVersion, kind, metadata } = value as Record<string, unknown>;
  const name = metadata !== null && typeof metadata === 'object' ? (metadata as Record<string, unknown>).name : undefined;
  return {
    ...(typeof apiVersion === 'string' ? { apiVersion } : {}), ...(typeof kind === 'string' ? { kind } : {}),
    ...(metadata !== null && typeof metadata === 'object' ? { metadata: typeof name === 'string' ? { name } : {} } : {}),
  };
}
