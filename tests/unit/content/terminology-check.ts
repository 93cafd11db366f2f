// Finds Korean terminology drift in prose: the rules live in content/terminology-rules.yaml, the
// test that runs them over the content in terminology.test.ts.
import { codeFences } from '../../../src/lib/markdown/code-fences.ts';

export interface TermRule {
  prefer: string;
  note: string;
  avoid?: string[];
  patterns?: string[];
  allow?: string[];
}

export interface Drift {
  /** 1-based line within the text that was checked */
  line: number;
  found: string;
  prefer: string;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const blank = (text: string): string => text.replace(/[^\n]/g, ' ');

/**
 * The prose of an MDX page with everything else blanked out in place, so offsets and lines still
 * match the file: code blocks (Mermaid diagrams stay: their labels are read), inline code, link
 * targets and import lines.
 */
export function proseOfMdx(source: string): string {
  const lines = source.split('\n');
  for (const fence of codeFences(source)) {
    if (fence.lang === 'mermaid') continue;
    const last = Math.min(lines.length - 1, fence.line + fence.code.split('\n').length);
    for (let i = fence.line - 1; i <= last; i += 1) lines[i] = blank(lines[i] ?? '');
  }
  return proseOfText(lines.map((line) => (line.startsWith('import ') ? blank(line) : line)).join('\n'));
}

/** Plain prose with Markdown inline code and link targets blanked out in place. */
export function proseOfText(text: string): string {
  return text.replace(/`[^`\n]*`/g, blank).replace(/\]\([^)\s]*\)/g, (target) => `]${blank(target.slice(1))}`);
}

function matchersOf(rule: TermRule): RegExp[] {
  return [...(rule.avoid ?? []).map(escape), ...(rule.patterns ?? [])].map((source) => new RegExp(source, 'g'));
}

/** Every use of a variant the rules forbid, outside the contexts a rule allows. */
export function findDrift(prose: string, rules: readonly TermRule[]): Drift[] {
  const lineAt = (offset: number): number => prose.slice(0, offset).split('\n').length;
  const drift: Drift[] = [];
  for (const rule of rules) {
    const allowed = (rule.allow ?? []).flatMap((source) =>
      [...prose.matchAll(new RegExp(source, 'g'))].map((m) => [m.index, m.index + m[0].length] as const),
    );
    for (const matcher of matchersOf(rule)) {
      for (const m of prose.matchAll(matcher)) {
        if (allowed.some(([start, end]) => m.index >= start && m.index < end)) continue;
        drift.push({ line: lineAt(m.index), found: m[0], prefer: rule.prefer });
      }
    }
  }
  return drift.sort((a, b) => a.line - b.line);
}

/** The probe names: Korean term, and the English that follows it in brackets the first time. */
export const probeNames = [
  ['활성', 'liveness'],
  ['준비성', 'readiness'],
  ['스타트업', 'startup'],
] as const;

/**
 * Probe names whose first use in a document is not introduced as `활성 프로브(liveness probe)`
 * (a first use in a list such as `활성·준비성 프로브` counts as not introduced).
 */
export function unintroducedProbes(prose: string): Drift[] {
  const drift: Drift[] = [];
  for (const [korean, english] of probeNames) {
    const first = new RegExp(`(?<![가-힣])${korean}(?= 프로브|·)`).exec(prose);
    if (first === null) continue;
    const introduction = `${korean} 프로브(${english} probe)`;
    if (prose.startsWith(introduction, first.index)) continue;
    drift.push({
      line: prose.slice(0, first.index).split('\n').length,
      found: prose.slice(first.index, first.index + korean.length + 4),
      prefer: `${introduction} on first use`,
    });
  }
  return drift;
}
