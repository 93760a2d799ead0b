import type { LengthFinding, RoadmapPart, ToneKind } from '../../core/coach/types';

export const PART_LABELS: Record<RoadmapPart, string> = {
  gratitude: 'Gratitude',
  sincerity: 'Sincerity',
  connection: 'Staying on their radar',
};

export const TONE_LABELS: Record<ToneKind, string> = {
  bitterness: 'Sounds bitter',
  sarcasm: 'May read as sarcasm',
  pleading: 'Sounds like pleading',
  reconsider: 'Asks them to reconsider',
  'over-apology': 'Apologises too much',
  'self-deprecation': 'Puts yourself down',
  hedging: 'Hedges',
  blame: 'Blames them',
  contempt: 'Sounds scornful',
  'passive-aggression': 'Polite, with a needle',
  'guilt-tripping': 'Makes them feel guilty',
  oversharing: 'Shares a lot of hurt',
};

const VERDICTS: Record<LengthFinding['verdict'], string> = { short: 'short', ok: 'in range', long: 'long' };

export function describeSeconds(seconds: number): string {
  const rounded = Math.round(seconds);
  if (rounded < 60) return `${rounded} s`;
  const minutes = Math.floor(rounded / 60);
  const rest = rounded % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

const COUNT_FORMAT = new Intl.NumberFormat('en');

export function plural(count: number, one: string, many: string = `${one}s`): string {
  return `${COUNT_FORMAT.format(count)} ${count === 1 ? one : many}`;
}

/** "96 words", "about 40 s spoken" or "212 characters": the measure the channel's target uses. */
export function describeMeasure(length: LengthFinding): string {
  if (length.target.unit === 'seconds') return `about ${describeSeconds(length.speakingSeconds)} spoken`;
  if (length.target.unit === 'characters') return plural(length.characters, 'character');
  return plural(length.words, 'word');
}

export function describeTarget(length: LengthFinding): string {
  const { min, max, unit } = length.target;
  if (unit === 'seconds') return `${min}–${max} s`;
  return `${min}–${max} ${unit}`;
}

export function describeVerdict(length: LengthFinding): string {
  return VERDICTS[length.verdict];
}

/** Longer quotes are cut at a word, so a finding reads as a pointer rather than a paragraph. */
export function shortQuote(text: string, limit = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > limit * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[,;:.!?\s]+$/, '')}…`;
}
