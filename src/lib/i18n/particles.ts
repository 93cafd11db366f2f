// Korean particles (조사) chosen by how the word before them is read: 컨테이너 web이, 파드를,
// imagePullPolicy를, 포트 80이. Pure TypeScript, shared by the validator core, the page's scripts
// and the UI dictionaries (see fillTemplate).
//
// Hangul is read from its final consonant (받침). Latin words follow the Korean loanword
// orthography (외래어 표기법) as Korean developers read them: a final m/n/ng is a 받침, a final l is
// ㄹ, a voiceless p/t/k/c after a short vowel becomes a 받침 (셋, 맵, 스펙, 버짓) while after a
// consonant or a long vowel it is a syllable of its own (포트, 태스크, 루트); a final silent e leaves
// the consonant before it (네임, 롤, 서비스). Abbreviations are read letter by letter (CPU 씨피유,
// URL 유알엘), numbers in Sino-Korean (1 일, 10 십, 1.36 일점삼육) except a small number glued to
// Latin letters, read in English as people say it (v1 브이원, IPv6 아이피브이식스).

/** How the last syllable ends: no 받침, ㄹ, or another 받침. */
export type FinalSound = 'vowel' | 'rieul' | 'consonant';

/** Each pair as [after a 받침, after a vowel]; ㄹ takes the vowel form only for 으로/로. */
const PAIRS: readonly (readonly [string, string])[] = [
  ['이', '가'], ['은', '는'], ['을', '를'], ['과', '와'], ['이나', '나'], ['으로', '로'], ['이라', '라'], ['아', '야'],
  ['이라는', '라는'], ['이라고', '라고'], ['이어야', '여야'], ['이며', '며'], ['이고', '고'], ['이면', '면'], ['으로는', '로는'], ['이든', '든'],
];

const PAIR_BY_FORM = new Map<string, readonly [string, string]>(PAIRS.flatMap((pair) => [[pair[0], pair], [pair[1], pair]] as const));

/** Every form a template may name after `|`: `{name|이}`, `{name|를}`, `{name|으로}`. */
export const PARTICLE_FORMS: readonly string[] = [...PAIR_BY_FORM.keys()];

export function isParticle(form: string): boolean {
  return PAIR_BY_FORM.has(form);
}

/** The particle that follows `word`; `particle` is either form of its pair (이 or 가, 으로 or 로). */
export function particleFor(word: string, particle: string): string {
  const pair = PAIR_BY_FORM.get(particle);
  if (!pair) throw new Error(`unknown Korean particle: ${particle}`);
  const sound = finalSound(word);
  const usesVowelForm = sound === 'vowel' || (sound === 'rieul' && pair[0].startsWith('으로'));
  return usesVowelForm ? pair[1] : pair[0];
}

/** `word` followed by its particle: withParticle('web', '이') === 'web이'. */
export function withParticle(word: string, particle: string): string {
  return word + particleFor(word, particle);
}

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const RIEUL_FINAL = 8;

/** How `word` ends when read aloud; a word nobody can read (only symbols) counts as a 받침. */
export function finalSound(word: string): FinalSound {
  const text = readablePart(word);
  const last = text.at(-1);
  if (last === undefined) return 'consonant';
  const code = last.codePointAt(0) ?? 0;
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) {
    const final = (code - HANGUL_FIRST) % 28;
    return final === 0 ? 'vowel' : final === RIEUL_FINAL ? 'rieul' : 'consonant';
  }
  if (/\d/.test(last)) return numberSound(text);
  if (/[A-Za-z]/.test(last)) return latinSound(text);
  return SYMBOLS[last] ?? 'consonant';
}

/**
 * What is read last: closing quotes and brackets and trailing punctuation are not read, and a
 * bracketed gloss is skipped as Korean writing does (디플로이먼트(Deployment)를 reads 디플로이먼트).
 */
function readablePart(word: string): string {
  let text = word.trim();
  for (;;) {
    const gloss = /^(.*[^\s(])\([^()]*\)$/su.exec(text);
    const stripped = gloss ? gloss[1]! : text.replace(/[\s"'`’”»)\]}>.,;:!?]+$/u, '');
    if (stripped === text || stripped === '') return stripped === '' ? lastSymbol(text) : text;
    text = stripped;
  }
}

/** When only punctuation is left, the last mark is what is read (a lone "." is 점). */
function lastSymbol(text: string): string {
  return text.at(-1) ?? '';
}

/** Symbols as they are read: - 하이픈, / 슬래시, . 점, = 이퀄, @ 앳, # 샵, % 퍼센트, ~ 물결. */
const SYMBOLS: Record<string, FinalSound> = {
  '-': 'vowel', '+': 'vowel', '/': 'vowel', '\\': 'vowel', '*': 'vowel', '&': 'vowel', '%': 'vowel', '_': 'vowel', '|': 'vowel', '^': 'vowel', '$': 'vowel',
  '"': 'vowel', "'": 'vowel', '`': 'vowel', '?': 'vowel', ',': 'vowel', '(': 'vowel', ')': 'vowel', // 따옴표, 물음표, 쉼표, 괄호
  '.': 'consonant', ':': 'consonant', ';': 'consonant', '@': 'consonant', '#': 'consonant', '!': 'consonant', '<': 'consonant', '>': 'consonant', // 점, 콜론, 앳, 샵, 느낌표
  '=': 'rieul', '~': 'rieul', // 이퀄, 물결
};

// 영 일 이 삼 사 오 육 칠 팔 구
const SINO_DIGITS: readonly FinalSound[] = ['consonant', 'rieul', 'vowel', 'consonant', 'vowel', 'vowel', 'consonant', 'rieul', 'rieul', 'vowel'];
// zero one two three four five six seven eight nine: 제로 원 투 쓰리 포 파이브 식스 세븐 에이트 나인
const ENGLISH_DIGITS: readonly FinalSound[] = ['vowel', 'consonant', 'vowel', 'vowel', 'vowel', 'vowel', 'vowel', 'consonant', 'vowel', 'consonant'];

function numberSound(text: string): FinalSound {
  const match = /(\d[\d,]*)(\.\d+)?$/u.exec(text)!;
  const integer = match[1]!.replace(/,/g, '');
  const before = text.slice(0, match.index).at(-1) ?? '';
  // v1, IPv6, http2: a small number glued to letters is said in English
  if (/[A-Za-z]/.test(before) && !match[2] && integer.length <= 2) return englishNumberSound(Number(integer));
  if (match[2]) return SINO_DIGITS[Number(match[2].at(-1))]!; // 1.36: 일점삼육, digit by digit after the point
  const lastNonZero = integer.search(/0*$/u) - 1;
  const zeros = integer.length - 1 - lastNonZero;
  if (lastNonZero < 0) return 'consonant'; // 0 영
  if (zeros === 0) return SINO_DIGITS[Number(integer[lastNonZero])]!;
  // 십 백 천, then 만 억 조 경 for every four zeros
  if (zeros < 4) return 'consonant';
  return Math.floor(zeros / 4) === 3 ? 'vowel' : 'consonant';
}

function englishNumberSound(value: number): FinalSound {
  if (value < 10) return ENGLISH_DIGITS[value]!;
  if (value === 12) return 'vowel'; // 트웰브
  if (value < 20) return 'consonant'; // 텐 일레븐 서틴 … 나인틴
  if (value % 10 === 0) return 'vowel'; // 트웬티 … 나인티
  return ENGLISH_DIGITS[value % 10]!;
}

/** Read as words although written in capitals, or read differently from their letters. */
const WORD_READINGS: Record<string, FinalSound> = {
  rbac: 'consonant', // 알백
  cidr: 'vowel', // 사이더
  nat: 'consonant', // 냇
  nan: 'consonant', // 난
  yaml: 'rieul', // 야믈
  json: 'consonant', // 제이슨
  get: 'consonant', put: 'consonant', post: 'vowel', patch: 'vowel', delete: 'vowel', head: 'vowel', list: 'vowel', watch: 'vowel',
  true: 'vowel', false: 'vowel', none: 'consonant', null: 'rieul', all: 'rieul', ok: 'vowel', up: 'consonant',
  // loanword spellings the rules below miss
  type: 'consonant', // 타입
  template: 'consonant', // 템플릿
  private: 'consonant', // 프라이빗
  minute: 'consonant', // 미닛
  bit: 'vowel', // 비트
  hit: 'vowel', // 히트
  check: 'vowel', // 체크
  loop: 'vowel', // 루프
  hub: 'vowel', // 허브
  sub: 'vowel', // 서브
  big: 'consonant', // 빅
  tweet: 'consonant', // 트윗
  kubernetes: 'vowel', // 쿠버네티스
  helm: 'consonant', // 헬름
};

/** Capitals read one by one: only L 엘, R 알, M 엠 and N 엔 end in a 받침. */
function letterSound(letter: string): FinalSound {
  const upper = letter.toUpperCase();
  if (upper === 'L' || upper === 'R') return 'rieul';
  if (upper === 'M' || upper === 'N') return 'consonant';
  return 'vowel';
}

function latinSound(text: string): FinalSound {
  const run = /[A-Za-z]+$/u.exec(text)![0];
  // the last word of camelCase and PascalCase: imagePullPolicy → Policy, ClusterIP → IP, podIPs → Ps
  const words = run.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/gu) ?? [run];
  const word = words.at(-1)!;
  const lower = word.toLowerCase();
  const known = WORD_READINGS[lower];
  if (known) return known;
  if (/^[A-Z]+$/u.test(word) && word.length > 1 && word.length < 5) return letterSound(word.at(-1)!);
  if (word.length === 1) return letterSound(word);
  if (word.length <= 2 || !/[aeiouy]/u.test(lower)) return letterSound(lower.at(-1)!); // ep, pvc, dns: letters
  return englishWordSound(lower);
}

const VOWELS = 'aeiou';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);

/** A lower-case English word read as a Korean loanword. */
function englishWordSound(word: string): FinalSound {
  const last = word.at(-1)!;
  const before = word.at(-2);
  switch (last) {
    case 'm': case 'n': return 'consonant'; // 스트림, 토큰
    case 'l': return 'rieul'; // 큐브컨트롤, 레이블
    case 'g': return before === 'n' ? 'consonant' : 'vowel'; // 스트링; 로그, 태그
    case 'e': return silentESound(word);
    case 'b': return isVowel(before) && !isVowel(word.at(-3)) ? 'consonant' : 'vowel'; // 웹, 잡; 허브(herb)
    case 'p': return shortStop(word) || /(?:oup|eep|eap)$/u.test(word) ? 'consonant' : 'vowel'; // 앱, 맵, 그룹, 딥; 헬프, 루프
    case 't': return shortStop(word) || word.endsWith('out') || word.endsWith('oit') ? 'consonant' : 'vowel'; // 셋, 시크릿, 타임아웃; 포트, 호스트
    case 'c': case 'k':
      if (word.endsWith('ck')) return 'consonant'; // 스택, 락
      if (word.endsWith('ook')) return 'consonant'; // 웹훅
      return shortStop(word) ? 'consonant' : 'vowel'; // 스펙, 로직; 태스크, 싱크, 피크
    default: return 'vowel'; // a i o u y w r s x z d f v h j q: 컨테이너, 인덱스, 파드, 폴리시, 패치, 패스
  }
}

/** A stop after one short vowel letter becomes a 받침 (set 셋, app 앱, spec 스펙); after two vowel letters it does not (root 루트). */
function shortStop(word: string): boolean {
  const before = word.at(-2);
  if (before === word.at(-1)) return isVowel(word.at(-3)); // app, ebb
  return isVowel(before) && !isVowel(word.at(-3));
}

function silentESound(word: string): FinalSound {
  const before = word.at(-2);
  if (isVowel(before) || before === 'y' || before === 'r') return 'vowel'; // 밸류, 프리, 코어
  if (before === 'm' || before === 'n') return 'consonant'; // 네임, 볼륨, 존, 머신
  if (before === 'l') return 'rieul'; // 롤, 파일, 테이블
  return 'vowel'; // 서비스, 이미지, 노드, 라우트, 프로브
}
