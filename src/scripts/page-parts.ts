// Lays out, in idle moments after load, the parts of a long page that CSS left for later
// (content-visibility: auto on `.part`: a guide page's sections, src/lib/markdown/rehype-page-parts.ts,
// the rules page's rules, RulesList.astro, and the reference pages' fields, render-tree.ts; PageParts.astro
// loads this where a page has parts).
// A part near the screen is laid out by the browser anyway; this does the rest a part at a time, so
// no task is long. Then every part has its real height (a jump to an anchor lands exactly), find and
// accessibility tools see laid-out text, and the page says so with <html data-parts-laid-out>.
type Idle = (run: (deadline: { timeRemaining(): number }) => void) => void;

/** The parts not laid out yet, in document order. */
const waitingParts = (): NodeListOf<HTMLElement> => document.querySelectorAll<HTMLElement>('.part:not([data-laid-out])');

export function initPageParts(): void {
  const waiting = [...waitingParts()];
  // a deep link may have laid them all out already (layOutEveryPart)
  if (waiting.length === 0) {
    document.documentElement.dataset['partsLaidOut'] = '';
    return;
  }
  // Safari has no requestIdleCallback: a short timer, with a budget of one part per turn
  // (and a busy page still gets a part laid out every half second)
  const idle: Idle = 'requestIdleCallback' in window
    ? (run) => window.requestIdleCallback(run, { timeout: 500 })
    : (run) => setTimeout(() => run({ timeRemaining: () => 1 }), 16);
  const step: Parameters<Idle>[0] = (deadline) => {
    do {
      const part = waiting.shift();
      if (!part) break;
      part.dataset['laidOut'] = '';
      // reading a size lays the part out now, inside this idle time, not in the next frame with the others
      void part.offsetHeight;
    } while (deadline.timeRemaining() > 2);
    if (waiting.length > 0) idle(step);
    else document.documentElement.dataset['partsLaidOut'] = '';
  };
  idle(step);
}

/**
 * Lays out at once every part still waiting: before a script scrolls to an element, so that no part
 * above it changes height afterwards and moves it (the reference's deep links, path-box.ts).
 */
export function layOutEveryPart(): void {
  for (const part of waitingParts()) part.dataset['laidOut'] = '';
}
