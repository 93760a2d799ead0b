/**
 * The seeded randomness behind the synthetic data (./synthetic-data.ts): a small fast generator, and text
 * of a given length over a vocabulary of common follow-up words and a long tail of made-up ones, so search
 * and the coach meet realistic word frequencies.
 */

export interface Random {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(list: readonly T[]) => T;
}

export function makeRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
  };
}

const COMMON = (
  'the a and to of i you for that it was in on with as is be at this we have so my your our team ' +
  'thank thanks time role work again would like hope know think still really kind very much about ' +
  'interview conversation decision feedback process chance meet meeting talk call week month year ' +
  'people product design engineering project company future opening position opportunity keep touch ' +
  'appreciate enjoyed learned grateful warm honest clear quick generous helpful thoughtful patient ' +
  'share shared follow up later next soon check reach out write wrote send sent note letter email ' +
  'manager recruiter panel lead staff senior junior platform frontend backend data mobile growth ' +
  'customer users support quality testing release plan goal focus skills course practice build ' +
  'built shipping shipped launch launched system systems service services code review reviews ' +
  'questions answer answers exercise pairing whiteboard session sessions offer offers hire hiring ' +
  'culture values mission office remote hybrid city travel spring summer autumn winter monday ' +
  'tuesday wednesday thursday friday morning afternoon evening best regards wishes warmly cheers ' +
  'if could might should will can may when where while because though after before since until ' +
  'more most less few many some any every each other another same different new old good great ' +
  'small large long short early late first last second third bit lot part whole all both either'
).split(/\s+/);

const SYLLABLES = 'ka lo mi ne ru sa te vi do fa ge hu ji ko le ma no pe ri so tu va we xi yo za bre cla dri fro'.split(
  ' ',
);

/** The vocabulary: common words first (drawn most often), then a long tail of made-up words. */
function buildVocabulary(random: Random, tailSize: number): string[] {
  const words = new Set(COMMON);
  while (words.size < COMMON.length + tailSize) {
    const parts = random.int(2, 4);
    let word = '';
    for (let i = 0; i < parts; i += 1) word += random.pick(SYLLABLES);
    if (!word.includes('roadmap') && !word.includes('workshop')) words.add(word);
  }
  return [...words];
}

/** Makes bodies of exactly `count` words in sentences and paragraphs, with a sentence planted first if given. */
export type TextMaker = (count: number, planted?: string | null) => string;

export function makeTextMaker(random: Random): TextMaker {
  const vocabulary = buildVocabulary(random, 12_000);
  const common = COMMON.length;
  const word = () => {
    // Common words most of the time, the long tail skewed towards its first entries (roughly Zipf-like).
    if (random.next() < 0.7) return vocabulary[Math.floor(common * random.next() ** 2)]!;
    return vocabulary[common + Math.floor((vocabulary.length - common) * random.next() ** 3)]!;
  };
  /** A body of exactly `count` words in sentences and paragraphs. */
  return (count, planted) => {
    const paragraphs: string[] = [];
    let sentences: string[] = [];
    let sentenceWords: string[] = [];
    let remaining = count;
    if (planted) {
      sentences.push(planted);
      remaining -= planted.split(' ').length;
    }
    while (remaining > 0) {
      sentenceWords.push(word());
      remaining -= 1;
      if (sentenceWords.length >= random.int(6, 18) || remaining === 0) {
        const first = sentenceWords[0]!;
        sentenceWords[0] = first.charAt(0).toUpperCase() + first.slice(1);
        sentences.push(`${sentenceWords.join(' ')}.`);
        sentenceWords = [];
        if (sentences.length >= random.int(3, 6)) {
          paragraphs.push(sentences.join(' '));
          sentences = [];
        }
      }
    }
    if (sentences.length > 0) paragraphs.push(sentences.join(' '));
    return paragraphs.join('\n\n');
  };
}

/** Mixed lengths up to 2,000 words: most are short notes, a quarter medium, a few long letters. */
export function draftLength(random: Random): number {
  const roll = random.next();
  if (roll < 0.7) return random.int(30, 150);
  if (roll < 0.95) return random.int(150, 600);
  return random.int(600, 2000);
}
