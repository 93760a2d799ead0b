import { PART_NAMES } from '../../core/scenarios';
import type { RoadmapPart } from '../../core/coach/types';

export function formatSeconds(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

export function formatTarget(target: { min: number; max: number } | null | undefined): string {
  return target ? `${target.min}–${target.max} s` : 'no target';
}

export function partList(parts: readonly RoadmapPart[]): string {
  const names = parts.map((part) => PART_NAMES[part]);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
