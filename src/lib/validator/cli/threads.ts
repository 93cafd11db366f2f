// A run of many files, or one large file, on worker threads (node:worker_threads), with the result
// validateAll gives in one thread: a file longer than a thread's share is cut into pieces (pieces.ts),
// and the files and pieces are cut into contiguous groups; each thread parses its group (document rules
// included), every thread then gets every other group's resources as plain values, so the context the
// cross-document rules search is the same objects' values in the same input order, and each thread runs
// the resource rules on its own group. The main thread takes the first group itself and waits for the
// others synchronously (Atomics.wait, receiveMessageOnPort), so runCli stays a plain function.
// The rules read another resource's value, kind, name and namespace, never its YAML node (only their
// own resource's, for positions), so the node does not cross threads.
import { existsSync } from 'node:fs';
import type { MessagePort } from 'node:worker_threads';
import type { Release } from '../../k8s/releases.ts';
import type { Resource, ValidateOptions, ValidateResult } from '../types.ts';
import type { BundledCrdOptions } from '../schema/bundled-crds.ts';
import type { CliIo } from './io.ts';
import type { Chunk } from '../yaml/split.ts';
import { checkInput, enabledRules, parseInputGuarded, resourcesOfInput, runContext, validateAll, type EnabledRules, type ParsedInput } from '../validate.ts';
import { workerThreads } from './builtins.ts';
import { checkPiece, mergePieces, offsetsOf, parsePiece, renumber, unitsOf, type CheckedPiece, type ParsedPiece } from './pieces.ts';

/** A resource as it crosses threads: everything but its YAML node. */
type PlainResource = Omit<Resource, 'node'>;

/** what a worker thread is given (workerData.kubeFieldGuideThread) */
interface ThreadJob {
  work: Work[];
  options: Omit<ValidateOptions & BundledCrdOptions, 'schema' | 'history'>;
  release: Release;
  port: MessagePort;
  signal: Int32Array;
  slot: number;
}

/** a file, or a piece of one: a run of its chunks */
type Work = { text: string; chunks?: Chunk[] };
type Parsed = { input: ParsedInput | ValidateResult } | { piece: ParsedPiece };
type Checked = ValidateResult | CheckedPiece;

type ThreadMessage = { resources: PlainResource[][]; counts: number[] } | { results: Checked[] } | { error: string };

/** Below this much text in all, starting a thread (an isolate that loads the bundle again) costs more than it saves. */
export const THREADS_FROM_CHARS = 1_000_000;

/**
 * How many threads check a run: 1 for one file or little text, else one per two processors (at least
 * one) up to 4 and no more than files (`processors` is called only then: it loads node:os). A check
 * thread keeps about one and a half processors busy, not one: its isolate compiles hot code and collects
 * garbage on threads of its own. On this project's two-core machine a run of 40 files, 8,000 documents,
 * took 1.9 s on one thread (2.8 s of CPU; 2.7-3.1 s when held to one core) and 2.3-2.6 s on two
 * (4.2-4.5 s of CPU), and two 4,000-document runs side by side took as long as one of 8,000.
 * `setting` is KUBE_FIELD_GUIDE_THREADS: a whole number that overrides all this, and may ask for more
 * threads than files: a file is then cut into pieces (pieces.ts). One file is not cut unasked: every
 * thread compiles the rules again and builds the cross-document indexes again for the resources of the
 * others, and on the two-core machine an 8,000-document file took 5.5 s of CPU on two threads against
 * 3.8 s on one, 3.1-3.3 s wall against 2.5-2.8 s (at load 2.5).
 * validateInThreads starts no more threads than there are files and pieces.
 */
export function threadCount(lengths: readonly number[], setting: string | undefined, processors: () => number): number {
  if (setting !== undefined && /^\d+$/.test(setting)) return Math.max(1, Number(setting));
  if (lengths.length < 2 || lengths.reduce((sum, length) => sum + length, 0) < THREADS_FROM_CHARS) return 1;
  return Math.max(1, Math.min(Math.floor(processors() / 2), lengths.length, 4));
}

/** Input indexes cut into `count` contiguous groups of about equal length (characters). */
export function groupsOf(lengths: readonly number[], count: number): number[][] {
  const total = lengths.reduce((sum, length) => sum + length, 0);
  const groups: number[][] = [[]];
  let filled = 0;
  lengths.forEach((length, index) => {
    // a file goes to the next group when more than half of it would lie past this group's share
    if (groups.length < count && (groups.at(-1) as number[]).length > 0 && filled + length / 2 >= (total * groups.length) / count) groups.push([]);
    (groups.at(-1) as number[]).push(index);
    filled += length;
  });
  return groups;
}

const plain = (resources: readonly Resource[]): PlainResource[] => resources.map(({ node: _node, ...rest }) => rest);

// the steps of a file or a piece, the same on every thread
function parseWork({ text, chunks }: Work, options: ValidateOptions, rules: EnabledRules): Parsed {
  return chunks ? { piece: parsePiece(text, chunks) } : { input: parseInputGuarded(text, options, rules) };
}
const resourcesOfWork = (parsed: Parsed): Resource[] => ('piece' in parsed ? parsed.piece.resources : resourcesOfInput(parsed.input));
const documentCount = (parsed: Parsed): number => ('piece' in parsed ? parsed.piece.parsed.length : 0);
function checkWork(parsed: Parsed, rules: EnabledRules, options: ValidateOptions, context: readonly Resource[]): Checked {
  return 'piece' in parsed ? checkPiece(parsed.piece, rules, options, context) : checkInput(parsed.input, rules, options, context);
}

/** how long a thread may take to start (load the bundle) before the run goes on without it */
const START_TIMEOUT_MS = 20_000;

/**
 * Waits until the worker in `slot` has posted its message number `step`, and takes it. A worker that
 * never starts (its script cannot load) cannot be seen from here but by its start mark never coming.
 */
function receive(port: MessagePort, signal: Int32Array, slot: number, step: number): ThreadMessage {
  const since = Date.now();
  for (;;) {
    const received = workerThreads().receiveMessageOnPort(port);
    if (received) return received.message as ThreadMessage;
    if (Atomics.load(signal, startedSlot(signal, slot)) === 0 && Date.now() - since > START_TIMEOUT_MS) throw new Error('a thread did not start');
    Atomics.wait(signal, slot, step - 1, 100);
  }
}

/** each worker's start mark sits in the second half of the signal array */
const startedSlot = (signal: Int32Array, slot: number): number => signal.length / 2 + slot;

/**
 * validateAll over `texts` on `threads` threads (this one included). Any failure of the threads
 * themselves (a worker that cannot start or throws) falls back to validateAll here.
 */
export function validateInThreads(
  texts: readonly string[], options: ValidateOptions & BundledCrdOptions, release: Release, threads: number, script: string | URL,
  onFallback: (reason: string) => void = () => {},
): ValidateResult[] {
  const units = unitsOf(texts, threads, options);
  const work = units.map(({ input, chunks }): Work => ({ text: texts[input] as string, ...(chunks ? { chunks } : {}) }));
  const groups = groupsOf(work.map(({ text, chunks }) => (chunks ? (chunks.at(-1) as Chunk).end - (chunks[0] as Chunk).start : text.length)), threads);
  const rules = enabledRules(options);
  if (groups.length < 2 || !('document' in rules)) return validateAll(texts, options);
  if (!existsSync(script)) {
    onFallback(`no thread script at ${String(script)}`);
    return validateAll(texts, options);
  }
  const { schema: _schema, history: _history, ...shared } = options;
  const signal = new Int32Array(new SharedArrayBuffer(8 * groups.length));
  const { MessageChannel, Worker } = workerThreads();
  const workers = groups.slice(1).map((group, i) => {
    const { port1, port2 } = new MessageChannel();
    const job: ThreadJob = { work: group.map((index) => work[index] as Work), options: shared, release, port: port2, signal, slot: i + 1 };
    const worker = new Worker(script, { argv: [THREAD_ARGUMENT], workerData: { kubeFieldGuideThread: job }, transferList: [port2] });
    return { worker, port: port1, slot: i + 1, group };
  });
  try {
    const own = (groups[0] as number[]).map((index) => parseWork(work[index] as Work, options, rules));
    const theirs = workers.map(({ port, slot }) => {
      const message = receive(port, signal, slot, 1);
      if (!('resources' in message)) throw new Error('error' in message ? message.error : 'unexpected message');
      return message;
    });
    const perUnit: (readonly PlainResource[])[] = [...own.map(resourcesOfWork), ...theirs.flatMap((message) => message.resources)];
    // each piece's documents and resources move to their place in its file (the other threads' own, once they have the offsets)
    const offsets = offsetsOf(units, [...own.map(documentCount), ...theirs.flatMap((message) => message.counts)]);
    own.forEach((parsed, i) => 'piece' in parsed && renumber(parsed.piece, offsets[i] as number));
    for (let i = own.length; i < perUnit.length; i += 1) for (const resource of perUnit[i] as PlainResource[]) resource.document += offsets[i] as number;
    for (const { port, group } of workers) {
      const mine = new Set(group);
      port.postMessage({
        context: perUnit.map((resources, index) => (mine.has(index) ? null : plain(resources as Resource[]))),
        offsets: group.map((index) => offsets[index] as number),
      });
    }
    const context = runContext(perUnit.flat() as Resource[], options);
    const checked: Checked[] = own.map((parsed) => checkWork(parsed, rules, options, context));
    for (const { port, slot } of workers) {
      const message = receive(port, signal, slot, 2);
      if (!('results' in message)) throw new Error('error' in message ? message.error : 'unexpected message');
      checked.push(...message.results);
    }
    // a file's pieces, in order, merged into its one result
    return texts.map((text, input) => {
      const mine = units.flatMap((unit, index) => (unit.input === input ? [index] : []));
      if (mine.length === 1 && !units[mine[0] as number]?.chunks) return checked[mine[0] as number] as ValidateResult;
      return mergePieces(text, mine.map((index) => checked[index] as CheckedPiece), mine.map((index) => perUnit[index] as PlainResource[]));
    });
  } catch (error) {
    onFallback(String(error));
    return validateAll(texts, options);
  } finally {
    for (const { worker, port } of workers) {
      port.close();
      void worker.terminate();
    }
  }
}

/**
 * What a check thread finds after its script in process.argv: the main thread of a run asks for it before
 * anything else and loads node:worker_threads only when it is there.
 */
const THREAD_ARGUMENT = '--kube-field-guide-check-thread';

/** Whether this thread was started by validateInThreads. */
export const isCheckThread = (): boolean => {
  if (process.argv[2] !== THREAD_ARGUMENT) return false;
  const { workerData } = workerThreads();
  return typeof workerData === 'object' && workerData !== null && 'kubeFieldGuideThread' in workerData;
};

/** The worker's side: parse the group, share its resources, check it against the whole context. */
export function runCheckThread(io: Pick<CliIo, 'schema' | 'history'>): void {
  const { work, options: shared, release, port, signal, slot } = (workerThreads().workerData as { kubeFieldGuideThread: ThreadJob }).kubeFieldGuideThread;
  Atomics.store(signal, startedSlot(signal, slot), 1);
  const post = (message: ThreadMessage, step: number) => {
    port.postMessage(message);
    Atomics.store(signal, slot, step);
    Atomics.notify(signal, slot);
  };
  let rules: EnabledRules | undefined;
  let own: Parsed[] = [];
  let options: ValidateOptions & BundledCrdOptions = shared;
  try {
    // the API data and the other releases' history are this thread's own (functions do not cross threads)
    const schema = io.schema(release);
    const history = io.history?.(release);
    options = { ...shared, ...(schema ? { schema } : {}), ...(history ? { history } : {}) };
    const enabled = enabledRules(options);
    if (!('document' in enabled)) throw new Error('the rules could not be set up');
    rules = enabled;
    own = work.map((item) => parseWork(item, options, enabled));
    post({ resources: own.map((parsed) => plain(resourcesOfWork(parsed))), counts: own.map(documentCount) }, 1);
  } catch (error) {
    post({ error: String(error) }, 1);
    return;
  }
  port.once('message', ({ context, offsets }: { context: (PlainResource[] | null)[]; offsets: number[] }) => {
    try {
      own.forEach((parsed, i) => 'piece' in parsed && renumber(parsed.piece, offsets[i] as number));
      let next = 0;
      // this group's own resources, with their nodes, in their place in the input order
      const all = context.flatMap((resources) => resources ?? resourcesOfWork(own[next++] as Parsed)) as Resource[];
      const everything = runContext(all, options);
      post({ results: own.map((parsed) => checkWork(parsed, rules as EnabledRules, options, everything)) }, 2);
    } catch (error) {
      post({ error: String(error) }, 2);
    }
    port.close();
  });
}
