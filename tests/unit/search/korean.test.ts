import { describe, expect, it } from 'vitest';
import { normalizeWord, processQuery, stripParticle } from '../../../src/lib/search/korean.ts';

describe('stripParticle', () => {
  it.each([
    ['파드를', '파드'],
    ['파드는', '파드'],
    ['파드의', '파드'],
    ['파드가', '파드'],
    ['스케줄러를', '스케줄러'],
    ['노드에서', '노드'],
    ['노드에서는', '노드'],
    ['레이블을', '레이블'],
    ['레이블이', '레이블'],
    ['볼륨으로', '볼륨'],
    ['노드로', '노드'],
    ['컨트롤러와', '컨트롤러'],
    ['프로토콜과', '프로토콜'],
    ['디플로이먼트를', '디플로이먼트'],
    ['네임스페이스마다', '네임스페이스'],
    ['노드들', '노드'],
  ])('%s → %s', (word, stem) => {
    expect(stripParticle(word)).toBe(stem);
  });

  it.each(['파드', '노드', '컨테이너', '인그레스', '서비스', '스케줄러', '네임스페이스', '레플리카셋', '쿠버네티스'])(
    'keeps the bare noun %s',
    (word) => {
      expect(stripParticle(word)).toBe(word);
    },
  );

  it('keeps two-syllable words whose last syllable looks like a particle', () => {
    // 경로 (path), 결과 (result), 정의 (definition), 추가 (add), 속도 (speed)
    for (const word of ['경로', '결과', '정의', '추가', '속도']) expect(stripParticle(word)).toBe(word);
  });

  it('respects the final consonant rule, so a look-alike ending stays', () => {
    expect(stripParticle('파드을')).toBe('파드을'); // 을 needs a final consonant
    expect(stripParticle('레이블를')).toBe('레이블를'); // 를 needs a vowel
    expect(stripParticle('볼륨로')).toBe('볼륨로'); // 로 follows a vowel or ㄹ only
    expect(stripParticle('파일로')).toBe('파일');
  });

  it('leaves words that are not pure Hangul to normalizeWord', () => {
    expect(stripParticle('imagePullPolicy')).toBe('imagePullPolicy');
  });
});

describe('normalizeWord', () => {
  it('drops a particle typed after an English word or a bracket', () => {
    expect(normalizeWord('Deployment를')).toBe('Deployment');
    expect(normalizeWord('spec.replicas를')).toBe('spec.replicas');
    expect(normalizeWord('노드(Node)에서')).toBe('노드(Node)');
  });

  it('keeps a Korean word glued to English when it is not a particle', () => {
    expect(normalizeWord('kubectl설치')).toBe('kubectl설치');
  });

  it('keeps English and dotted paths as typed', () => {
    expect(normalizeWord('spec.containers.image')).toBe('spec.containers.image');
    expect(normalizeWord('CrashLoopBackOff')).toBe('CrashLoopBackOff');
  });
});

describe('processQuery', () => {
  it('normalises every word and collapses whitespace', () => {
    expect(processQuery('  파드를   스케줄러가 ')).toBe('파드 스케줄러');
    expect(processQuery('파드 restartPolicy를')).toBe('파드 restartPolicy');
  });

  it('splits dotted field paths into words, which Pagefind indexes separately', () => {
    expect(processQuery('deployment.spec.replicas')).toBe('deployment spec replicas');
    expect(processQuery('spec.containers.image를')).toBe('spec containers image');
  });

  it('returns an empty string for blank input', () => {
    expect(processQuery('   ')).toBe('');
  });
});
