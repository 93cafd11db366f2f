// Runs checks in the worker: debounced while the reader types, only the latest answer counts, and a
// check that runs too long (a huge paste) is stopped by restarting the worker, so the page can say
// so within the time limit instead of waiting.
import type { CheckRequest, CheckResponse } from './protocol.ts';

export type CheckOutcome = { kind: 'result'; response: CheckResponse } | { kind: 'timeout' } | { kind: 'failed'; reason: string };

export interface CheckerOptions {
  debounceMs: number;
  timeoutMs: number;
  onStart(): void;
  onOutcome(outcome: CheckOutcome): void;
}

export class Checker {
  private worker: Worker | undefined;
  private nextId = 1;
  private pendingId = 0;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private deadline: ReturnType<typeof setTimeout> | undefined;
  /** the worker has loaded its code; the time limit counts checking, not loading */
  private ready = false;

  constructor(private readonly options: CheckerOptions) {}

  /** Checks after the reader pauses typing. */
  schedule(request: Omit<CheckRequest, 'id'>): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.run(request), this.options.debounceMs);
  }

  /** Checks at once (examples, shared links, toggles). */
  now(request: Omit<CheckRequest, 'id'>): void {
    clearTimeout(this.debounce);
    this.run(request);
  }

  /** Loads the worker ahead of the first check, so checking itself never fetches anything. */
  warm(): void {
    this.worker ??= this.start();
  }

  /** Drops a scheduled check and ignores the answer to a running one. */
  cancel(): void {
    clearTimeout(this.debounce);
    clearTimeout(this.deadline);
    this.pendingId = 0;
  }

  private start(): Worker {
    // Vite bundles the module worker and everything it imports into one file of the site.
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    this.ready = false;
    worker.addEventListener('message', (event: MessageEvent<CheckResponse | { ready: true }>) => {
      if ('ready' in event.data) {
        this.ready = true;
        if (this.pendingId !== 0) this.arm(this.pendingId);
        return;
      }
      if (event.data.id !== this.pendingId) return;
      clearTimeout(this.deadline);
      this.pendingId = 0;
      this.options.onOutcome({ kind: 'result', response: event.data as CheckResponse });
    });
    worker.addEventListener('error', (event) => {
      clearTimeout(this.deadline);
      this.pendingId = 0;
      this.worker = undefined;
      this.options.onOutcome({ kind: 'failed', reason: event.message || 'worker error' });
    });
    return worker;
  }

  private run(request: Omit<CheckRequest, 'id'>): void {
    // A check still running when a new one starts is dropped; the worker is busy until it ends,
    // so a long one is ended by replacing the worker.
    if (this.pendingId !== 0 && this.worker) {
      this.worker.terminate();
      this.worker = undefined;
    }
    this.worker ??= this.start();
    const id = this.nextId++;
    this.pendingId = id;
    clearTimeout(this.deadline);
    if (this.ready) this.arm(id);
    this.options.onStart();
    this.worker.postMessage({ ...request, id } satisfies CheckRequest);
  }

  private arm(id: number): void {
    clearTimeout(this.deadline);
    this.deadline = setTimeout(() => {
      if (this.pendingId !== id) return;
      this.worker?.terminate();
      this.worker = undefined;
      this.pendingId = 0;
      this.options.onOutcome({ kind: 'timeout' });
    }, this.options.timeoutMs);
  }

  dispose(): void {
    clearTimeout(this.debounce);
    clearTimeout(this.deadline);
    this.worker?.terminate();
  }
}
