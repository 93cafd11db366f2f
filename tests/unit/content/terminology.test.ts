import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ko } from '../../../src/i18n/ko.ts';
import { findDrift, proseOfMdx, proseOfText, type TermRule, unintroducedProbes } from './terminology-check.ts';

// One Korean term per concept (content/terminology-rules.yaml): drift in the Korean guide, the ko
// parts of the kind and field notes, or the Korean UI strings fails here.
const rules = (yaml.load(readFileSync('content/terminology-rules.yaml', 'utf8')) as { rules: TermRule[] }).rules;

/** The strings under every `ko` key of a YAML document, in document order. */
function koStrings(value: unknown, underKo = false): string[] {
  if (typeof value === 'string') return underKo ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => koStrings(item, underKo));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => koStrings(item, underKo || key === 'ko'));
  }
  return [];
}

const filesIn = (dir: string, ext: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

/** Each checked document: where it is, and its prose (one line per YAML string or UI key). */
interface Doc {
  where: string;
  prose: string;
  lineLabel: (line: number) => string;
}

const pages: Doc[] = filesIn('content/ko', '.mdx').map((file) => ({
  where: file,
  prose: proseOfMdx(readFileSync(file, 'utf8')),
  lineLabel: (line) => `${file}:${line}`,
}));

const notes: Doc[] = ['content/kinds', 'content/crd-kinds', 'content/fields'].flatMap((dir) =>
  filesIn(dir, '.yaml').map((file) => {
    const strings = koStrings(yaml.load(readFileSync(file, 'utf8'))).map((text) => text.replace(/\n/g, ' '));
    return { where: file, prose: proseOfText(strings.join('\n')), lineLabel: (line) => `${file} (ko string ${line})` };
  }),
);

const uiKeys = Object.keys(ko);
const ui: Doc = {
  where: 'src/i18n/ko.ts',
  prose: proseOfText(Object.values(ko).join('\n')),
  lineLabel: (line) => `src/i18n/ko.ts '${uiKeys[line - 1]}'`,
};

const docs = [...pages, ...notes, ui];

describe('the terminology rules', () => {
  const rule = (prefer: string): TermRule[] => rules.filter((r) => r.prefer.startsWith(prefer));
  const found = (text: string, which: TermRule[] = rules): string[] => findDrift(proseOfText(text), which).map((d) => d.found);

  it('each have a preferred term, a note and something to look for', () => {
    for (const r of rules) {
      expect(r.prefer.length, JSON.stringify(r)).toBeGreaterThan(0);
      expect(r.note.length, r.prefer).toBeGreaterThan(10);
      expect([...(r.avoid ?? []), ...(r.patterns ?? [])].length, r.prefer).toBeGreaterThan(0);
    }
  });

  it('never forbid their own preferred term', () => {
    const preferred = ['인플레이스 파드 크기 조정', '그레이스풀 노드 셧다운', '게이트웨이 API(Gateway API)', '영역(zone)', '할당가능',
      '종류(kind)', '활성 프로브(liveness probe)', '**명세**(spec)를', '컴포넌트', '로드 밸런서', '로드 밸런싱', '오토스케일링 그룹'];
    expect(found(preferred.join('. '))).toEqual([]);
  });

  // The probe: a deliberately drifted string of each kind must be caught.
  it.each([
    ['파드 제자리 크기 조정을 쓴다', '인플레이스', ['제자리 크기 조정']],
    ['인플레이스 파드 리사이즈가 된다', '인플레이스', ['리사이즈']],
    ['kubelet의 정상 노드 종료 기능', '그레이스풀', ['정상 노드 종료']],
    ['새로 시작한다면 Gateway API를 쓰자', '게이트웨이', ['Gateway API']],
    ['여러 가용 영역에 나눈다', '영역', ['가용 영역']],
    ['노드의 할당 가능 양', '할당가능', ['할당 가능']],
    ['클러스터 범위 kind에는 적지 않는다', '종류', ['kind']],
    ['그 kind를 제공하는 그룹', '종류', ['kind']],
    ['liveness와 startup은 1이어야 한다', '활성', ['liveness', 'startup']],
    ['라이브니스 프로브가 실패하면', '활성', ['라이브니스']],
    ['파드의 **명세(spec)** 를 본다', '**명세**', ['**명세(spec)**', '** 를']],
    ['노드에 필요한 구성 요소', '컴포넌트', ['구성 요소']],
    ['클라우드 로드밸런서를 붙인다', '로드 밸런서', ['로드밸런서']],
    ['AWS 오토 스케일링 그룹의 크기', '오토스케일링', ['오토 스케일링 그룹']],
  ])('catches %j', (text, prefer, expected) => {
    expect(found(text, rule(prefer))).toEqual(expected);
    expect(found(text)).toEqual(expect.arrayContaining(expected));
  });

  it('leave code, link targets, the kind field and the kind tool alone', () => {
    const page = [
      '`kind: Deployment`은 `apps/v1`에만 있다. kind 필드와 종류(kind)를 말한다.',
      '[문서](https://kind.sigs.k8s.io/docs/)와 kind(Kubernetes in Docker), `livenessProbe`.',
      '```yaml',
      'kind: Pod # 로드밸런서',
      '```',
    ].join('\n');
    expect(findDrift(proseOfMdx(page), rules)).toEqual([]);
  });

  it('reads the labels of Mermaid diagrams and reports the line', () => {
    const page = ['# 제목', '', '```mermaid', 'flowchart LR', '  LB["로드밸런서"]', '```'].join('\n');
    expect(findDrift(proseOfMdx(page), rules)).toEqual([{ line: 5, found: '로드밸런서', prefer: '로드 밸런서, 로드 밸런싱' }]);
  });

  it('want the probe names introduced with their English on first use', () => {
    expect(unintroducedProbes('활성 프로브(liveness probe)가 실패한다. 활성 프로브를 끈다.')).toEqual([]);
    expect(unintroducedProbes('활성·준비성 프로브를 둔다. 활성 프로브(liveness probe)').map((d) => d.found)).toEqual(['활성·준비성', '준비성 프로브']);
    expect(unintroducedProbes('비활성 상태와 준비성 게이트')).toEqual([]);
  });
});

describe('Korean terminology in the content', () => {
  it('covers the Korean guide, kind and field notes, and UI strings', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(notes.filter((doc) => doc.prose.trim() !== '').length).toBeGreaterThanOrEqual(60);
    expect(ui.prose.length).toBeGreaterThan(1000);
  });

  it.each(docs.map((doc) => [doc.where, doc] as const))('%s uses one term per concept', (_where, doc) => {
    const drift = [...findDrift(doc.prose, rules), ...unintroducedProbes(doc.prose)].map(
      (d) => `${doc.lineLabel(d.line)}: "${d.found}" (write ${d.prefer})`,
    );
    expect(drift).toEqual([]);
  });
});
