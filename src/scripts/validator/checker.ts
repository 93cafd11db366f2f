// Runs checks in the worker (the page waits for typing to pause), only the latest answer counts, and a
// check that runs too long (a huge paste) is stopped by restarting the worker, so the page can say
// so within the time limit instead of waiting. Copied reports are made by the worker, which keeps
// the last result.
import type { ReportLabels } from './report.ts';
import type { CheckRequest, CheckResponse, FixRequest, FixResponse, ReportFormat, ReportResponse, WorkerMessage } from './protocol.ts';

export type CheckOutcome = { kind: 'result'; response: CheckResponse } | { kind: 'timeout' } | { kind: 'failed'; reason: string };

export type CheckInput = Omit<CheckRequest, 'id' | 'type'>;

export interface CheckerOptions {
  timeoutMs: number;
  onStart(): void;
  onOutcome(outcome: CheckOutcome): void;
  /** the compressed text of check `id`, asked for with `pack` */
  onPacked(id: number, payload: string | undefined): void;
}

export class Checker {
  private worker: Worker | undefined;
  private nextId = 1;
  private pendingId = 0;
  private deadline: ReturnType<typeof setTimeout> | undefined;
  /** the worker has loaded its code; the time limit counts checking, not loading */
  private ready = false;
  private nextRequest = 1;
  /** reports and fixes the worker still owes, by request number */
  private readonly waiting = new Map<number, (message: ReportResponse | FixResponse | undefined) => void>();

  private readonly options: CheckerOptions;

  constructor(options: CheckerOptions) {
    this.options = options;
  }

  /** Checks `input`, dropping the check still running, if any; returns the check's id. */
  now(input: CheckInput): number {
    return this.run(input);
  }

  /** Loads the worker ahead of the first check, so checking itself never fetches anything. */
  warm(): void {
    this.worker ??= this.start();
  }

  /** Ignores the answer to a running check. */
  cancel(): void {
    clearTimeout(this.deadline);
    this.pendingId = 0;
  }

  /**
   * The report of check `checkId`, made by the worker; undefined when that result is gone (a newer
   * check replaced it, or the worker was restarted).
   */
  report(checkId: number, format: ReportFormat, labels: ReportLabels): Promise<string | undefined> {
    const worker = this.worker;
    if (!worker) return Promise.resolve(undefined);
    const request = this.nextRequest++;
    return new Promise((resolve) => {
      this.waiting.set(request, (message) => resolve(message?.type === 'report' ? message.text : undefined));
      worker.postMessage({ type: 'report', check: checkId, request, format, labels });
    });
  }

  /**
   * `input`'s text with every fix of `fixType` applied by the worker, again and again as `check --fix`
   * does; undefined when the worker was stopped first (a newer check outran its time limit).
   */
  fix(input: Omit<FixRequest, 'type' | 'request'>): Promise<FixResponse | undefined> {
    const worker = this.worker ??= this.start();
    const request = this.nextRequest++;
    return new Promise((resolve) => {
      this.waiting.set(request, (message) => resolve(message?.type === 'fixed' ? message : undefined));
      worker.postMessage({ ...input, type: 'fix', request } satisfies FixRequest);
    });
  }

  private start(): Worker {
    // Vite bundles the module worker and everything it imports into one file of the site.
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    this.ready = false;
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'ready') {
        this.ready = true;
        if (this.pendingId !== 0) this.arm(this.pendingId);
        return;
      }
      if (message.type === 'packed') {
        this.options.onPacked(message.id, message.payload);
        return;
      }
      if (message.type === 'report' || message.type === 'fixed') {
        this.waiting.get(message.request)?.(message);
        this.waiting.delete(message.request);
        return;
      }
      if (message.id !== this.pendingId) return;
      clearTimeout(this.deadline);
      this.pendingId = 0;
      this.options.onOutcome({ kind: 'result', response: message });
    });
    worker.addEventListener('error', (event) => {
      clearTimeout(this.deadline);
      this.pendingId = 0;
      this.stop();
      this.options.onOutcome({ kind: 'failed', reason: event.message || 'worker error' });
    });
    return worker;
  }

  /** Ends the worker; reports and fixes it still owed are answered with undefined. */
  private stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const resolve of this.waiting.values()) resolve(undefined);
    this.waiting.clear();
  }

  private run(input: CheckInput): number {
    // A check still running when a new one starts is dropped; the worker is busy until it ends,
    // so a long one is ended by replacing the worker.
    if (this.pendingId !== 0 && this.worker) this.stop();
    this.worker ??= this.start();
    const id = this.nextId++;
    this.pendingId = id;
    clearTimeout(this.deadline);
    if (this.ready) this.arm(id);
    this.options.onStart();
    this.worker.postMessage({ ...input, type: 'check', id } satisfies CheckRequest);
    return id;
  }

  private arm(id: number): void {
    clearTimeout(this.deadline);
    this.deadline = setTimeout(() => {
      if (this.pendingId !== id) return;
      this.stop();
      this.pendingId = 0;
      this.options.onOutcome({ kind: 'timeout' });
    }, this.options.timeoutMs);
  }

  dispose(): void {
    clearTimeout(this.deadline);
    this.stop();
  }
}
