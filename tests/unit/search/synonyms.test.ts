import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { processQuery } from '../../../src/lib/search/korean.ts';
import { kindKeywords, type KeywordKind } from '../../../src/lib/search/keywords.ts';
import { synonymKey, synonyms } from '../../../src/lib/search/synonyms.ts';

const HANGUL = /[\uAC00-\uD7A3]/u;

/** Every file's text under a folder, lower case: what the pages say. */
function textUnder(folder: string): string {
  return readdirSync(folder)
    .map((name) => join(folder, name))
    .map((path) => (statSync(path).isDirectory() ? textUnder(path) : readFileSync(path, 'utf8')))
    .join('\n')
    .toLowerCase();
}
const shared = textUnder('content/kinds') + textUnder('content/fields');
const pageText = { ko: textUnder('content/ko') + shared, en: textUnder('content/en') + shared };

describe('the synonym table', () => {
  it('gives every spelling one term, and no variant is another entry’s term', () => {
    const termOf = new Map<string, string>();
    for (const { term, variants } of synonyms) {
      for (const phrase of [term, ...variants]) {
        const key = synonymKey(phrase);
        const known = termOf.get(key);
        expect(known === undefined || known === term, `${phrase}: ${known} and ${term}`).toBe(true);
        termOf.set(key, term);
      }
    }
  });

  it('maps to terms the pages use (a Korean term in the Korean pages, an English one in the English pages)', () => {
    for (const { term } of synonyms) {
      const text = HANGUL.test(term) ? pageText.ko : pageText.en;
      expect(text.includes(term.toLowerCase()), term).toBe(true);
    }
  });

  it('lists variants readers type, not the term itself', () => {
    for (const { term, variants } of synonyms) {
      expect(variants.length, term).toBeGreaterThan(0);
      for (const variant of variants) expect(variant, term).not.toBe(term);
    }
  });
});

describe('synonyms in queries', () => {
  it.each(synonyms.flatMap(({ term, variants }) => variants.map((variant) => [variant, term])))('%s → %s', (variant, term) => {
    expect(processQuery(variant)).toBe(term);
    // typed in other spacing or case
    expect(processQuery(variant.replace(/\s+/gu, ''))).toBe(term);
    expect(processQuery(variant.toUpperCase())).toBe(term);
  });

  it('translates a Korean variant that carries a particle, on its last word', () => {
    expect(processQuery('서비스 계정을')).toBe('서비스어카운트');
    expect(processQuery('포드가 재시작')).toBe('파드 재시작');
    expect(processQuery('이름공간에서')).toBe('네임스페이스');
    expect(processQuery('영구 볼륨을')).toBe('퍼시스턴트볼륨');
    // 선호도 ends like the particle 도: as typed it is the variant, and 선호도를 loses only 를
    expect(processQuery('선호도')).toBe('어피니티');
    expect(processQuery('선호도를')).toBe('어피니티');
  });

  it('takes the longest phrase and keeps the other words', () => {
    expect(processQuery('영구 볼륨 클레임')).toBe('퍼시스턴트볼륨클레임');
    expect(processQuery('영구 볼륨')).toBe('퍼시스턴트볼륨');
    expect(processQuery('마스터 노드 장애')).toBe('컨트롤 플레인 장애');
    expect(processQuery('큐블렛이 노드를')).toBe('kubelet 노드');
    expect(processQuery('env var from secret')).toBe('env from secret');
    expect(processQuery('라벨 선택기')).toBe('레이블 셀렉터');
  });

  it('matches a term’s own other spellings', () => {
    expect(processQuery('서비스 어카운트')).toBe('서비스어카운트');
    expect(processQuery('안티 어피니티')).toBe('안티-어피니티');
    expect(processQuery('kube proxy')).toBe('kube-proxy');
    expect(processQuery('Pod Disruption Budget')).toBe('PodDisruptionBudget');
    expect(processQuery('컨트롤플레인')).toBe('컨트롤 플레인');
  });

  it('replaces a variant before kubectl short names are expanded', () => {
    expect(processQuery('svc account')).toBe('ServiceAccount');
    expect(processQuery('svc')).toBe('svc service');
  });

  it('leaves words alone that only contain or start a variant', () => {
    expect(processQuery('선호')).toBe('선호');
    expect(processQuery('레플리카셋')).toBe('레플리카셋');
    expect(processQuery('파드')).toBe('파드');
    expect(processQuery('environment variables')).toBe('environment variables');
    expect(processQuery('mastering')).toBe('mastering');
    expect(processQuery('노드 풀이')).toBe('노드 풀이');
  });
});

describe('synonyms in the index', () => {
  const kinds = new Map<string, KeywordKind>();
  for (const file of readdirSync('content/kinds')) {
    const kind = yaml.load(readFileSync(`content/kinds/${file}`, 'utf8')) as KeywordKind;
    kinds.set(kind.kind, kind);
  }
  const keywordsOf = (name: string) => {
    const kind = kinds.get(name);
    if (kind === undefined) throw new Error(`no kind ${name} in content/kinds`);
    return kindKeywords(kind);
  };

  it('a kind page carries the one-word variants of its names', () => {
    expect(keywordsOf('ServiceAccount')).toContain('서비스계정');
    expect(keywordsOf('Pod')).toEqual(expect.arrayContaining(['포드', '팟']));
    expect(keywordsOf('Namespace')).toContain('이름공간');
  });

  it('but no variant of several words, nor another kind’s variants', () => {
    expect(keywordsOf('ServiceAccount')).not.toContain('svc account');
    expect(keywordsOf('PersistentVolume')).not.toContain('영구 볼륨');
    expect(keywordsOf('Service')).not.toContain('서비스계정');
    expect(keywordsOf('Deployment')).toEqual(['Deployment', 'deployments', 'deploy', '디플로이먼트']);
  });
});
