// The words readers type besides the site's own term: the one synonym table of search.
//
// Each entry maps the variants to the term the pages use (Korean: the official localization's
// term, /work/shared/reference/terminology-ko.md; English: the kind, field or phrase of the English
// pages). Only spellings readers actually write are listed:
// - Hangul transliterations other than the official one (포드, 잉그레스, 큐블렛, 큐브컨트롤);
// - Korean words from other vendors' Korean documentation (Azure and Google Cloud write 제어 평면,
//   선호도, 영구 볼륨, 부하 분산 장치, 리소스 할당량, 작업자 노드, 승인 컨트롤러, 선택기);
// - everyday names (서비스계정, 이름공간, 라벨, 헬스체크, 마스터 노드, env var, svc account);
// - frequent misspellings (스케쥴러, 메니페스트, 가비지 컬렉션).
// The Korean terms agree with content/terminology-rules.yaml, which keeps the pages to one term.
// Spacing, hyphens and case never matter: phrases are compared without them (synonymKey), so
// 서비스 계정 matches 서비스계정, and a listed term matches its own other spellings too (서비스
// 어카운트, 안티 어피니티, node selector, Pod Disruption Budget). A variant is therefore listed in
// one spelling only; a spaced spelling is listed where it is the variant (스토리지 클래스).
//
// Used when querying (processQuery in ./korean.ts: a variant becomes its term, so it finds what the
// term finds) and when indexing (a kind's page carries the one-word variants of its names as
// hidden keywords, ./keywords.ts, so the page is found while a variant is still being typed, as
// 서비스계 for 서비스계정, where the query side has no whole word to look up yet).
export interface Synonym {
  /** the term the pages use */
  term: string;
  /** what readers type instead, one spacing each */
  variants: readonly string[];
}

export const synonyms: readonly Synonym[] = [
  // kinds (Korean names from content/kinds/*.yaml)
  { term: '파드', variants: ['포드', '팟'] },
  { term: '서비스어카운트', variants: ['서비스계정'] },
  { term: '네임스페이스', variants: ['이름공간'] },
  { term: '컨피그맵', variants: ['컨픽맵'] },
  { term: '시크릿', variants: ['씨크릿', '시크렛'] },
  { term: '레플리카셋', variants: ['리플리카셋', '레플리카세트', '복제본 집합'] },
  { term: '스테이트풀셋', variants: ['스테이트풀세트'] },
  { term: '데몬셋', variants: ['데몬세트'] },
  { term: '인그레스', variants: ['잉그레스', '인그래스'] },
  { term: '퍼시스턴트볼륨', variants: ['영구 볼륨', '퍼시스턴스 볼륨'] },
  { term: '퍼시스턴트볼륨클레임', variants: ['영구 볼륨 클레임', '퍼시스턴스 볼륨 클레임'] },
  { term: '네트워크폴리시', variants: ['네트워크 정책'] },
  { term: '리소스쿼터', variants: ['리소스 할당량'] },
  { term: 'Horizontal Pod Autoscaler', variants: ['수평 파드 오토스케일러', '수평 포드 오토스케일러', '수평 파드 자동 확장'] },
  { term: 'PodDisruptionBudget', variants: ['파드 중단 예산'] },
  { term: '스토리지클래스', variants: ['스토리지 클래스'] },
  { term: '리밋레인지', variants: ['리밋 레인지'] },
  // components and tools
  { term: 'kubelet', variants: ['큐블렛', '쿠블렛', '쿠블릿', '큐블릿'] },
  { term: 'kubectl', variants: ['큐브컨트롤', '쿠베컨트롤', '큐브씨티엘', '쿠베씨티엘'] },
  { term: 'kube-proxy', variants: ['큐브프록시', '쿠베프록시'] },
  { term: 'etcd', variants: ['엣시디', '이티시디'] },
  { term: 'containerd', variants: ['컨테이너디'] },
  { term: '컨트롤 플레인', variants: ['제어 평면', '마스터 노드', '마스터'] },
  { term: '워커 노드', variants: ['작업자 노드'] },
  { term: '노드 풀', variants: ['노드풀'] },
  { term: '영역', variants: ['가용 영역', '가용성 영역'] },
  { term: '할당가능', variants: ['할당 가능'] },
  { term: '그레이스풀 노드 셧다운', variants: ['노드 정상 종료', '정상 노드 종료'] },
  { term: '인플레이스 파드 크기 조정', variants: ['파드 리사이즈', '인플레이스 리사이즈'] },
  { term: '스케줄러', variants: ['스케쥴러'] },
  { term: '스케줄링', variants: ['스케쥴링'] },
  { term: '어드미션 컨트롤러', variants: ['승인 컨트롤러'] },
  { term: '로드 밸런서', variants: ['부하 분산기', '부하 분산 장치'] },
  // scheduling and Pod concepts
  { term: '어피니티', variants: ['선호도', '애피니티'] },
  { term: '안티-어피니티', variants: ['반선호도'] },
  { term: '프로브', variants: ['헬스체크'] },
  { term: '활성 프로브', variants: ['라이브니스 프로브', '라이브니스'] },
  { term: '준비성 프로브', variants: ['레디니스 프로브', '레디니스'] },
  { term: '축출', variants: ['이빅션'] },
  { term: '재시작 정책', variants: ['리스타트 폴리시'] },
  { term: '토폴로지 분배 제약 조건', variants: ['토폴로지 스프레드 제약 조건', '토폴로지 스프레드'] },
  { term: '초기화 컨테이너', variants: ['이닛 컨테이너', '인잇 컨테이너', 'init 컨테이너'] },
  { term: '레이블', variants: ['라벨'] },
  { term: '어노테이션', variants: ['애노테이션'] },
  { term: '셀렉터', variants: ['선택기'] },
  { term: '레플리카', variants: ['리플리카', '복제본'] },
  { term: '환경 변수', variants: ['환경변수'] },
  { term: '오토스케일링', variants: ['자동 확장', '자동 스케일링'] },
  { term: '매니페스트', variants: ['메니페스트', '매니패스트'] },
  { term: '가비지 콜렉션', variants: ['가비지 컬렉션', '가비지 컬렉터'] },
  // English
  { term: 'ServiceAccount', variants: ['svc account', 'service acct'] },
  { term: 'env', variants: ['env var', 'env vars'] },
  { term: 'nodeSelector', variants: ['node selector'] },
  { term: 'control plane', variants: ['master node', 'master nodes', 'master'] },
  { term: 'CrashLoopBackOff', variants: ['crash loop', 'crash looping'] },
  { term: 'probe', variants: ['health check'] },
  { term: 'garbage collection', variants: ['garbage collector'] },
];

/** A phrase as the table compares it: lower case, without spaces and hyphens. */
export function synonymKey(phrase: string): string {
  return phrase.toLowerCase().replace(/[\s-]+/gu, '');
}
