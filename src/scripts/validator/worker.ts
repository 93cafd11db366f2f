// The validator's Web Worker: checks off the main thread, so typing never waits for a check.
// Everything it needs for the newest release (the core, its API data) is bundled with it; the older
// releases' data is a chunk it loads once, the first time the reader picks one (check-options.ts).
// It keeps the last result for the copied reports and sends the page only the problems it lists,
// with their messages in the page's language; large texts it also compresses for the page to keep.
import { formatMessage, validate, type Diagnostic, type DocumentResult, type Lang } from '../../lib/validator/index.ts';
import { acceptanceSummary, releaseAcceptance } from '../../lib/validator/release-acceptance.ts';
import type { BundledCrdProject } from '../../lib/k8s/bundled-crds.ts';
import type { CheckRequest, CheckResponse, DocumentAcceptanceLine, PackedText, ReportResponse, WorkerRequest } from './protocol.ts';
import { encodeShare } from './share.ts';
import { handleFix } from './worker-fix.ts';
import { pageCheckOptions, withCheckData, type ReleaseApi } from './check-options.ts';
import { countBySeverity, firstProblems, groupByDocument, jsonReport, markdownReport, SHOWN_LIMIT } from './report.ts';

let kept: { id: number; lang: Lang; documents: DocumentResult[]; diagnostics: Diagnostic[] } | undefined;

const withMessages = (diagnostics: readonly Diagnostic[], lang: Lang) =>
  diagnostics.map((d) => ({ ...d, message: formatMessage(d, lang) }));

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'report') {
    let text: string | undefined;
    if (kept?.id === request.check) {
      const groups = groupByDocument(kept.documents, withMessages(kept.diagnostics, kept.lang));
      text = request.format === 'json' ? jsonReport(groups) : markdownReport(groups, request.labels);
    }
    self.postMessage({ type: 'report', request: request.request, text } satisfies ReportResponse);
    return;
  }
  if (request.type === 'fix') {
    handleFix(request, (response) => self.postMessage(response));
    return;
  }
  // a paste naming a bundled project's group waits for that project's chunk, and an older release
  // for the release catalog's, once
  withCheckData(request.text, request.release, (projects, apis) => check(request, projects, apis));
});

/** Checks against `apis`: the first is the listed release; with more (`all`), each document says which accept it. */
function check(request: CheckRequest, bundledCrds: BundledCrdProject[], apis: readonly ReleaseApi[]): void {
  const started = performance.now();
  const [listed, ...others] = apis.map((api) => ({
    release: api.release,
    result: validate(request.text, { ...pageCheckOptions(request, api.schema, api.history), bundledCrds }),
  }));
  if (!listed) return;
  const { result } = listed;
  const acceptance = others.length === 0 ? undefined : releaseAcceptance([listed, ...others]).map((document): DocumentAcceptanceLine => ({
    document: document.document, summary: acceptanceSummary(document, request.lang), rejected: document.rejected.length > 0,
  }));
  kept = { id: request.id, lang: request.lang, documents: result.documents, diagnostics: result.diagnostics };
  // Grouped and cut before the messages are written: only the listed ones need them now.
  const shown = firstProblems(groupByDocument(result.documents, result.diagnostics), SHOWN_LIMIT);
  const response: CheckResponse = {
    type: 'result',
    id: request.id,
    documents: result.documents,
    groups: shown.groups.map((group) => ({ ...group, diagnostics: withMessages(group.diagnostics, request.lang) })),
    counts: countBySeverity(result.diagnostics),
    total: shown.total,
    suppressed: result.suppressed?.length ?? 0,
    fixable: result.diagnostics.filter((d) => d.fixes?.some((fix) => fix.safety === 'safe')).length,
    ms: Math.round(performance.now() - started),
    release: listed.release,
    ...(acceptance ? { acceptance } : {}),
  };
  self.postMessage(response);
  if (request.pack) {
    const packed = (payload: string | undefined): void => self.postMessage({ type: 'packed', id: request.id, payload } satisfies PackedText);
    encodeShare(request.text).then(packed, () => packed(undefined));
  }
}

// Tells the page the code has loaded, so its time limit counts the check only.
self.postMessage({ type: 'ready' });
