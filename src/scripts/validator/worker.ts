// The validator's Web Worker: checks off the main thread, so typing never waits for a check.
// Everything it needs (the core, the API data of the pinned release) is bundled with it: checking
// makes no network request.
import { formatMessage, validate, type Lang } from '../../lib/validator/index.ts';
import { apiSchema } from '../../lib/k8s/api-schema.ts';
import type { CheckRequest, CheckResponse } from './protocol.ts';

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const request = event.data;
  const started = performance.now();
  const result = validate(request.text, {
    schema: apiSchema,
    bestPractices: request.bestPractices,
    disabledRules: request.disabledRules,
  });
  const lang: Lang = request.lang;
  const response: CheckResponse = {
    id: request.id,
    documents: result.documents,
    diagnostics: result.diagnostics.map((d) => ({ ...d, message: formatMessage(d, lang) })),
    ms: Math.round(performance.now() - started),
  };
  self.postMessage(response);
});

// Tells the page the code has loaded, so its time limit counts the check only.
self.postMessage({ ready: true });
