// Korean query normalisation for Pagefind.
//
// Pagefind 1.6 has no Korean stemmer: it indexes 파드를, 파드는 and 파드 as different words and
// matches a query word only as a PREFIX of indexed words. So the bare noun 파드 finds every
// particle form, but 파드를 finds only words that start with 파드를. Removing the particle from
// each Korean query word therefore never loses a page the full word would find (the stem is a
// prefix of the full word) and adds the pages that use the noun with other particles or none.
//
// Pure functions only: used by the search dialog (PagefindUI's processTerm) and by the tests.
import { expandShortName } from './short-names.ts';
import { synonymKey, synonyms } from './synonyms.ts';

/**
 * Particles (조사) and copula endings that attach to nouns, longest first so that 에서는 wins
 * over 는 and 으로 over 로. Only forms that attach to nouns are listed: verb endings are left
 * alone because the site's queries are nouns (kinds, fields, components, states).
 */
const PARTICLES = [
  '으로부터', '에서부터', '이라고는',
  '에서의', '에게서', '으로서', '으로써', '으로는', '으로도', '이라는', '이라고', '에서는', '에서도', '까지는', '부터는', '만으로', '이라도',
  '에서', '에게', '한테', '으로', '까지', '부터', '보다', '처럼', '마다', '조차', '라는', '라고', '로서', '로써', '로는', '로도', '와의', '과의', '에는', '에도', '에의',
  '이나', '이랑', '이며', '이고', '이다', '이면', '하고', '께서', '만을', '만의', '들이', '들을', '들은', '들의', '들에', '들과', '들도',
  '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도', '만', '로', '나', '랑', '들',
] as const;

/** A stem must keep at least this many syllables, so 경로, 결과, 정의, 추가 keep their last syllable. */
const MIN_STEM_SYLLABLES = 2;

const HANGUL_SYLLABLE = /^[\uAC00-\uD7A3]+$/u;
const TRAILING_HANGUL = /([\uAC00-\uD7A3]+)$/u;

/** The final consonant (받침) index of a Hangul syllable: 0 = none, 8 = ㄹ. */
function finalConsonant(syllable: string): number {
  return (syllable.charCodeAt(0) - 0xac00) % 28;
}

/** Particle forms that follow a final consonant (레이블을, 노드는 but 컨테이너는). */
const AFTER_CONSONANT = new Set(['은', '을', '이', '과', '과의', '이나', '이랑', '이며', '이고', '이다', '이면', '이라는', '이라고', '이라도', '이라고는']);
/** Particle forms that follow a vowel (파드를, 스케줄러가, 서비스와). */
const AFTER_VOWEL = new Set(['는', '를', '가', '와', '와의', '랑', '나', '라는', '라고']);

/**
 * Whether a particle may follow the stem's last syllable. Korean picks the particle form from
 * the final consonant, so checking it keeps words whose last syllable only looks like a particle
 * (인그레스 is not 인그레 + 스, 레이블을 is 레이블 + 을 but 파드을 is not a Korean form).
 */
function fitsStem(stem: string, particle: string): boolean {
  const batchim = finalConsonant(stem.slice(-1));
  if (AFTER_CONSONANT.has(particle) || particle.startsWith('으')) return batchim !== 0;
  if (AFTER_VOWEL.has(particle)) return batchim === 0;
  // 로/로서/로써/로는/로도 follow a vowel or ㄹ (파일로, 노드로, 볼륨으로)
  if (particle.startsWith('로')) return batchim === 0 || batchim === 8;
  return true;
}

/** Removes one particle from a Korean word; returns the word unchanged when none fits. */
export function stripParticle(word: string): string {
  if (!HANGUL_SYLLABLE.test(word)) return word;
  for (const particle of PARTICLES) {
    if (!word.endsWith(particle)) continue;
    const stem = word.slice(0, -particle.length);
    if ([...stem].length < MIN_STEM_SYLLABLES) continue;
    if (!fitsStem(stem, particle)) continue;
    return stem;
  }
  return word;
}

/**
 * Normalises one query word: a Korean tail after Latin text or a closing bracket is stripped too
 * (Deployment를, spec.replicas를, 노드(Node)에서), because readers type particles after English
 * words in Korean sentences.
 */
export function normalizeWord(word: string): string {
  if (HANGUL_SYLLABLE.test(word)) return stripParticle(word);
  const tail = TRAILING_HANGUL.exec(word);
  if (tail === null || tail.index === 0) return word;
  const head = word.slice(0, tail.index);
  const particle = tail[1] ?? '';
  // only a particle may be dropped here: a Korean word glued to English text stays as typed
  if (!/[A-Za-z0-9)\]]$/u.test(head) || !(PARTICLES as readonly string[]).includes(particle)) return word;
  return head;
}

/**
 * A dotted field path as separate words: Pagefind indexes spec.replicas as the parts spec and
 * replicas (plus the whole string only where the text spells it so), and ANDs query words, so
 * deployment.spec.replicas then finds the reference page that has all three.
 */
function splitPath(word: string): string[] {
  return /^[A-Za-z][\w-]*(\.[A-Za-z][\w-]*)+$/u.test(word) ? word.split('.') : [word];
}

/** Every variant and every term of the synonym table by its key: 서비스계정 -> 서비스어카운트. */
const synonymTerms = new Map<string, string>(
  synonyms.flatMap(({ term, variants }) => [term, ...variants].map((phrase): [string, string] => [synonymKey(phrase), term])),
);

/** The longest phrase looked up, in query words: 수평 파드 자동 확장, Persistent Volume Claim. */
const MAX_PHRASE_WORDS = 4;

/**
 * The term for the phrase the words make, if the table has it. The last word is tried as typed and
 * without its particle (서비스 계정을), so a variant that ends like a particle (선호도) still matches.
 */
function synonymOf(words: readonly string[]): string | undefined {
  const head = words.slice(0, -1).join('');
  const last = words.at(-1) ?? '';
  return synonymTerms.get(synonymKey(head + last)) ?? synonymTerms.get(synonymKey(head + normalizeWord(last)));
}

/**
 * The query's words with every phrase of the synonym table replaced by its term, the longest phrase
 * first (영구 볼륨 클레임 before 영구 볼륨); the other words normalised. A variant is replaced, not
 * added: Pagefind ranks pages by every query word, and the variant is not the pages' word.
 */
function applySynonyms(words: readonly string[]): { word: string; term: boolean }[] {
  const out: { word: string; term: boolean }[] = [];
  let i = 0;
  while (i < words.length) {
    let length = Math.min(MAX_PHRASE_WORDS, words.length - i);
    let term = synonymOf(words.slice(i, i + length));
    while (term === undefined && length > 1) {
      length -= 1;
      term = synonymOf(words.slice(i, i + length));
    }
    if (term === undefined) out.push({ word: normalizeWord(words[i] ?? ''), term: false });
    else out.push({ word: term, term: true });
    i += term === undefined ? 1 : length;
  }
  return out;
}

/**
 * PagefindUI's processTerm: every whitespace-separated word normalised, order kept; synonyms become
 * their terms (./synonyms.ts), short names gain their kinds, dotted paths split.
 */
export function processQuery(query: string): string {
  const words = query
    .trim()
    .split(/\s+/u)
    .filter((word) => word.length > 0);
  return applySynonyms(words)
    .flatMap(({ word, term }) => (term ? [word] : splitPath(expandShortName(word))))
    .join(' ');
}
