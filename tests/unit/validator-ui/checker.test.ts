// The page's side of the worker protocol: only the latest check's answer counts, a check that runs
// too long is stopped by replacing the worker, and copied reports are answered or, when their
// result is gone, resolved with undefined instead of hanging.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Checker, type CheckInput, type CheckOutcome } from '../../../src/scripts/validator/checker.ts';
import type { CheckResponse, WorkerMessage, WorkerRequest } from '../../../src/scripts/validator/protocol.ts';
import type { ReportLabels } from '../../../src/scripts/validator/report.ts';
import { fixWith } from '../../../src/scripts/validator/worker-fix.ts';
import type { FixRequest } from '../../../src/scripts/validator/protocol.ts';
import type { ReleaseApi } from '../../../src/scripts/validator/check-options.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { NEWEST_RELEASE } from '../../../src/lib/k8s/releases.ts';

/** Stands in for the module worker: records what the page posts, answers when a test says so. */
class FakeWorker {
  static made: FakeWorker[] = [];
  posted: WorkerRequest[] = [];
  terminated = false;
  private listeners: Record<string, Array<(event: { data?: WorkerMessage; message?: string }) => void>> = {};

  constructor() {
    FakeWorker.made.push(this);
  }

  addEventListener(type: string, listener: (event: { data?: WorkerMessage; message?: string }) => void): void {
    (this.listeners[type] ??= []).push(listener);
  }

  postMessage(message: WorkerRequest): void {
    this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  answer(message: WorkerMessage): void {
    for (const listener of this.listeners['message'] ?? []) listener({ data: message });
  }

  fail(message: string): void {
    for (const listener of this.listeners['error'] ?? []) listener({ message });
  }
}

const input: CheckInput = { text: 'kind: Pod\n', lang: 'en', bestPractices: true, disabledRules: [], release: NEWEST_RELEASE, pack: false };
const newest: ReleaseApi = { release: NEWEST_RELEASE, schema: apiSchema };
const labels = { title: 'Report' } as ReportLabels;

function result(id: number): CheckResponse {
  return { type: 'result', id, documents: [], groups: [], counts: { error: 0, warning: 0, info: 0 }, total: 0, suppressed: 0, fixable: 0, ms: 1, release: NEWEST_RELEASE };
}

let outcomes: CheckOutcome[];
let packed: Array<[number, string | undefined]>;
let checker: Checker;

beforeEach(() => {
  vi.useFakeTimers();
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  outcomes = [];
  packed = [];
  checker = new Checker({
    timeoutMs: 1500,
    onStart: () => {},
    onOutcome: (outcome) => outcomes.push(outcome),
    onPacked: (id, payload) => packed.push([id, payload]),
  });
});

afterEach(() => {
  checker.dispose();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const worker = (index = 0): FakeWorker => {
  const made = FakeWorker.made[index];
  if (!made) throw new Error(`no worker ${index}`);
  return made;
};

describe('checks', () => {
  it('posts a numbered check and passes its answer on', () => {
    const id = checker.now(input);
    expect(worker().posted).toEqual([{ ...input, type: 'check', id }]);
    worker().answer(result(id));
    expect(outcomes).toEqual([{ kind: 'result', response: result(id) }]);
  });

  it('a newer check replaces a running one: the busy worker is ended and its answer never shown', () => {
    const first = checker.now(input);
    const old = worker(0);
    const second = checker.now({ ...input, text: 'kind: Service\n' });
    expect(old.terminated).toBe(true);
    old.answer(result(first));
    worker(1).answer(result(second));
    expect(outcomes.map((o) => (o.kind === 'result' ? o.response.id : o.kind))).toEqual([second]);
  });

  it('a check that outlives the limit is stopped and reported as a timeout; the clock starts once the worker is ready', () => {
    checker.now(input);
    vi.advanceTimersByTime(5000);
    expect(outcomes).toEqual([]);
    worker().answer({ type: 'ready' });
    vi.advanceTimersByTime(1499);
    expect(outcomes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(outcomes).toEqual([{ kind: 'timeout' }]);
    expect(worker().terminated).toBe(true);
  });

  it('a worker error is reported with its message, and the next check starts a new worker', () => {
    checker.now(input);
    worker().fail('boom');
    expect(outcomes).toEqual([{ kind: 'failed', reason: 'boom' }]);
    checker.now(input);
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('after cancel, the running check\'s answer is ignored', () => {
    const id = checker.now(input);
    checker.cancel();
    worker().answer(result(id));
    expect(outcomes).toEqual([]);
  });

  it('compressed texts are passed on with their check\'s id', () => {
    const id = checker.now({ ...input, pack: true });
    worker().answer(result(id));
    worker().answer({ type: 'packed', id, payload: 'abc' });
    expect(packed).toEqual([[id, 'abc']]);
  });
});

describe('reports', () => {
  it('asks the worker for the shown check\'s report and resolves with its text', async () => {
    const id = checker.now(input);
    worker().answer(result(id));
    const report = checker.report(id, 'markdown', labels);
    const asked = worker().posted.at(-1);
    expect(asked).toMatchObject({ type: 'report', check: id, format: 'markdown', labels });
    worker().answer({ type: 'report', request: (asked as { request: number }).request, text: '# Report' });
    await expect(report).resolves.toBe('# Report');
  });

  it('resolves with undefined when the worker no longer holds that result', async () => {
    const id = checker.now(input);
    worker().answer(result(id));
    const report = checker.report(id, 'json', labels);
    const asked = worker().posted.at(-1) as { request: number };
    worker().answer({ type: 'report', request: asked.request, text: undefined });
    await expect(report).resolves.toBeUndefined();
  });

  it('a report still owed when the worker is replaced resolves with undefined, never hangs', async () => {
    const id = checker.now(input);
    worker().answer(result(id));
    const report = checker.report(id, 'json', labels);
    checker.now(input);
    checker.now(input); // replaces the worker busy with the previous check
    await expect(report).resolves.toBeUndefined();
  });

  it('without a worker there is nothing to report', async () => {
    await expect(checker.report(1, 'markdown', labels)).resolves.toBeUndefined();
  });
});

describe('fix all', () => {
  // a misspelt field, a quoted number and an enum value in the wrong case: three safe fixes
  const broken = [
    'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  replicas: "3"  # kept', '  selector:',
    '    matchLabels:', '      app: web', '  template:', '    metadata:', '      labels:', '        app: web', '    spec:',
    '      containers:', '        - name: web', '          image: nginx:1.27', '          imagePullPolicy: always',
    '      terminationGracePeriodSecond: 30', '',
  ].join('\n');
  const fixInput = { text: broken, lang: 'en' as const, bestPractices: false, disabledRules: [], release: NEWEST_RELEASE, fixType: 'safe' as const };

  it('the worker runs the core\'s iterative applier on the text and the page gets the fixed text and the counts', async () => {
    const fixed = checker.fix(fixInput);
    const asked = worker().posted.at(-1) as FixRequest;
    expect(asked).toMatchObject({ ...fixInput, type: 'fix' });
    // what worker.ts answers, computed by the real core
    worker().answer(fixWith(asked, [], newest));
    const response = await fixed;
    expect(response?.applied).toBe(3);
    expect(response?.remaining).toBe(0);
    expect(response?.text).toBe(broken.replace('"3"', '3').replace('always', 'Always').replace('Second:', 'Seconds:'));
  });

  it('best-practice choices reach the worker: with them on, problems without a fix remain', async () => {
    const fixed = checker.fix({ ...fixInput, bestPractices: true });
    worker().answer(fixWith(worker().posted.at(-1) as FixRequest, [], newest));
    const response = await fixed;
    expect(response?.applied).toBe(3);
    expect(response?.remaining).toBeGreaterThan(0);
  });

  it('answers are matched to their request; one owed when the worker is replaced resolves with undefined', async () => {
    const first = checker.fix(fixInput);
    const second = checker.fix({ ...fixInput, text: 'kind: Pod\n' });
    const [a, b] = worker().posted.slice(-2) as FixRequest[];
    worker().answer(fixWith(b as FixRequest, [], newest));
    await expect(second).resolves.toMatchObject({ text: 'kind: Pod\n', applied: 0 });
    checker.now(input);
    checker.now(input); // replaces the worker busy with the previous check
    await expect(first).resolves.toBeUndefined();
    expect(a?.request).not.toBe(b?.request);
  });
});
