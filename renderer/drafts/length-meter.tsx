import type { LengthFinding } from '../../core/coach/types';
import { capitalize } from '../ui/format-date';
import { describeMeasure, describeSeconds, describeTarget, describeVerdict, plural } from './coach-text';

interface LengthMeterProps {
  length: LengthFinding;
  wordsPerMinute: number;
}

/** The bar runs to 140% of the longest the channel allows, so "long" still has room to show. */
const SCALE = 1.4;

function percent(value: number, scale: number): string {
  return `${Math.min(100, Math.max(0, (value / scale) * 100)).toFixed(1)}%`;
}

export function LengthMeter({ length, wordsPerMinute }: LengthMeterProps) {
  const { min, max } = length.target;
  const scale = max * SCALE;
  return (
    <div className="length-meter" data-verdict={length.verdict}>
      <p className="length-stats">
        <span>{plural(length.words, 'word')}</span>
        <span>{plural(length.characters, 'character')}</span>
        <span>
          about {describeSeconds(length.speakingSeconds)} spoken at {wordsPerMinute} words a minute
        </span>
      </p>
      <div className="meter-row">
        <div className="meter" aria-hidden="true">
          <span className="meter-range" style={{ left: percent(min, scale), width: percent(max - min, scale) }} />
          <span className="meter-value" style={{ left: percent(length.value, scale) }} />
        </div>
        <p className="meter-caption">
          <span className="meter-verdict">{capitalize(describeVerdict(length))}</span>
          <span className="visually-hidden">: {describeMeasure(length)}</span>
          <span className="meter-target"> · target {describeTarget(length)}</span>
        </p>
      </div>
    </div>
  );
}
