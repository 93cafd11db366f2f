// Every Korean template attaches particles to its slots through {name|이}: a particle glued after a
// slot ({name}이) or a fallback like 을(를) reads wrongly for half the words (web가, imagePullPolicy을).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/lib/validator/rules/index.ts';
import { internalMessages } from '../../../src/lib/validator/internal.ts';
import { ko } from '../../../src/i18n/ko.ts';
import { PARTICLE_FORMS, isParticle } from '../../../src/lib/i18n/particles.ts';
import { SLOT } from '../../../src/lib/i18n/template.ts';

const HANGUL = '\\uAC00-\\uD7A3';
const FORMS = [...PARTICLE_FORMS].sort((a, b) => b.length - a.length).join('|');
/** {name}이 or `{name}`를 — but not {name}이다 or {name}인, which read right after any word */
const GLUED = new RegExp(`\\}\`?(?:${FORMS})(?![${HANGUL}(])`, 'u');
/** 을(를), 이(가), 은(는), 과(와), (으)로, (이)나, (이)라 … */
const FALLBACK = /[을이은과]\([를가는와]\)|\((?:으|이)\)[로나라며면]/u;

function problems(template: string): string[] {
  const found: string[] = [];
  if (GLUED.test(template)) found.push('particle glued after a slot');
  if (FALLBACK.test(template)) found.push('fallback particle');
  for (const [, , particle] of template.matchAll(SLOT)) if (particle !== undefined && !isParticle(particle)) found.push(`unknown particle ${particle}`);
  return found;
}

const koTemplates: [string, string][] = [
  ...rules.flatMap((rule) => Object.entries(rule.messages).map(([id, text]) => [`${rule.id}/${id}`, text.ko] as [string, string])),
  ...Object.entries(internalMessages).map(([id, text]) => [`internal/${id}`, text.ko] as [string, string]),
  ...Object.entries(ko),
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|astro|mjs)$/u.test(entry.name) ? [path] : [];
  });
}

describe('Korean templates attach particles by reading', () => {
  it('finds the problems it looks for', () => {
    expect(problems('컨테이너 {name}가 있다')).toEqual(['particle glued after a slot']);
    expect(problems('`{rest}`이 있다')).toEqual(['particle glued after a slot']);
    expect(problems('{suggestion}을(를) 뜻했는가?')).toEqual(['fallback particle']);
    expect(problems('{x}(으)로 읽는다')).toEqual(['fallback particle']);
    expect(problems('{x|에} 있다')).toEqual(['unknown particle 에']);
    expect(problems('{name|이} 있고 {qos}이다. {keys}인 항목, {name}의 값')).toEqual([]);
  });

  it.each(koTemplates)('%s', (_id, template) => {
    expect(problems(template)).toEqual([]);
  });

  it('leaves no fallback or glued particle in a Korean line of the source', () => {
    const offending = sourceFiles('src').flatMap((file) => readFileSync(file, 'utf8').split('\n')
      .map((line, index) => ({ where: `${file}:${index + 1}`, line }))
      .filter(({ line }) => new RegExp(`[${HANGUL}]`, 'u').test(line) && problems(line).length > 0)
      .map(({ where }) => where));
    expect(offending).toEqual([]);
  });
});
